package eu.restproject.academy.platform.web;

import eu.restproject.academy.platform.security.RefusalLog;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page address whose parameters do not convert ({@code ?id=abc}) or that lacks a required one
 * names nothing, as an id that does not exist: 404 and the not-found page, like the API, where a
 * path or query parameter that does not convert is 404 as well. Without this check the page would
 * render without its subject and fail with a 500. Only first visits: on a postback, failed
 * validation is a form error that the page shows.
 */
public class ViewParameterCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback()
                || !context.isValidationFailed()
                || context.getResponseComplete()
                || ViewMetadata.getViewParameters(context.getViewRoot()).isEmpty()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        RefusalLog.refused("page address with a bad parameter", (HttpServletRequest) external.getRequest());
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
