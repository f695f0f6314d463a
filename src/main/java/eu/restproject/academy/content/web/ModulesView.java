package eu.restproject.academy.content.web;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.ModuleAdministration;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.content.Problem;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/** The admin's module page: every version of every module, uploads, retiring. */
@Named
@ViewScoped
public class ModulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Map<String, List<ModuleVersion>> history;
    private transient UploadedFile archive;
    private List<Problem> problems = new ArrayList<>();

    @Inject
    private transient ModuleAdministration administration;

    @Inject
    private transient CurrentCaller currentCaller;

    @PostConstruct
    void load() {
        history = administration.history(currentCaller.get());
    }

    public void upload() {
        problems = new ArrayList<>();
        if (archive == null || archive.getSize() == 0) {
            FacesMessages.error("modules.upload.missing");
            return;
        }
        BundlePublisher.Publication publication = administration.upload(currentCaller.get(), archive.getFileName(), archive.getContent());
        switch (publication.result()) {
            case PUBLISHED -> FacesMessages.info("modules.upload.published", publication.version().get().getModuleId(),
                    publication.version().get().getVersion());
            case ALREADY_PUBLISHED -> FacesMessages.info("modules.upload.known", publication.version().get().getModuleId(),
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

    public UploadedFile getArchive() {
        return archive;
    }

    public void setArchive(UploadedFile archive) {
        this.archive = archive;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
