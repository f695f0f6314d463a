package eu.restproject.academy.platform.web;

import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts translated messages on a page, for a field or for the whole form. */
public final class FacesMessages {

    private FacesMessages() {}

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * Shows a refusal next to its field when the form has one ({@code formId:field}), else at the
     * top of the form.
     */
    public static void refusal(String formId, AcademyException refusal) {
        String clientId = null;
        if (refusal instanceof InvalidInputException invalid && invalid.field() != null) {
            String candidate = formId + ":" + invalid.field();
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getViewRoot().findComponent(candidate) != null) {
                clientId = candidate;
            }
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.format(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
