package eu.restproject.academy.content.web;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.ModuleAdministration;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.content.Problem;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The admin's module page: every version of every module, uploads, retiring. */
@Named
@ViewScoped
public class ModulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Map<String, List<ModuleVersion>> history;
    private List<Problem> problems = new ArrayList<>();

    @Inject
    private transient ModuleAdministration administration;

    @Inject
    private transient CurrentCaller currentCaller;

    @PostConstruct
    void load() {
        history = administration.history(currentCaller.get());
    }

    public void upload() throws IOException, ServletException {
        problems = new ArrayList<>();
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Part archive = request.getPart("archive");
        if (archive == null || archive.getSize() == 0) {
            FacesMessages.error("modules.upload.missing");
            return;
        }
        byte[] content;
        try (InputStream in = archive.getInputStream()) {
            content = in.readNBytes((int) ModuleAdministration.MAX_ARCHIVE_BYTES + 1);
        }
        BundlePublisher.Publication publication;
        try {
            publication = administration.upload(currentCaller.get(), archive.getSubmittedFileName(), content);
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
            return;
        }
        switch (publication.result()) {
            case PUBLISHED ->
                FacesMessages.info(
                        "modules.upload.published",
                        publication.version().get().getModuleId(),
                        publication.version().get().getVersion());
            case ALREADY_PUBLISHED ->
                FacesMessages.info(
                        "modules.upload.known",
                        publication.version().get().getModuleId(),
                        publication.version().get().getVersion());
            case REFUSED -> {
                problems = publication.problems();
                FacesMessages.error("modules.upload.refused", problems.size());
            }
        }
        history = administration.history(currentCaller.get());
    }

    public void retire(String moduleId, String version) {
        try {
            administration.retire(currentCaller.get(), moduleId, version);
            FacesMessages.info("modules.retired", moduleId, version);
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
        history = administration.history(currentCaller.get());
    }

    public void reinstate(String moduleId, String version) {
        try {
            administration.reinstate(currentCaller.get(), moduleId, version);
            FacesMessages.info("modules.reinstated", moduleId, version);
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
        history = administration.history(currentCaller.get());
    }

    public List<Map.Entry<String, List<ModuleVersion>>> getModules() {
        return new ArrayList<>(history.entrySet());
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
