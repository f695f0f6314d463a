package eu.restproject.academy.seminar.web;

import eu.restproject.academy.platform.i18n.ConstraintMessages;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Set;

/**
 * Shows every problem of refused seminar details on the seminar form, each beside what it concerns:
 * a field by its name ({@code seminar:city}), a language's title or description in that language's
 * row, a session's room or hours beside them and its other problems at the top of its row, in the
 * page's language. A problem the form has no place for goes to the top of the page.
 */
final class SeminarProblems {

    private SeminarProblems() {}

    static void show(String formId, SeminarForm form, Set<? extends ConstraintViolation<?>> violations) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : violations) {
            String text = ConstraintMessages.format(faces.getViewRoot().getLocale(), violation)
                    .orElse(violation.getMessage());
            faces.addMessage(
                    place(faces, formId, form, violation.getPropertyPath()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    /** Shows the problems at the top of the page, for a form that has none of the seminar's fields. */
    static void showOnTop(Set<? extends ConstraintViolation<?>> violations) {
        show(null, null, violations);
    }

    private static String place(FacesContext faces, String formId, SeminarForm form, Path path) {
        if (formId == null) {
            return null;
        }
        String field = null;
        String inner = null;
        Integer index = null;
        Object key = null;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                index = node.getIndex();
            }
            if (node.getKey() != null) {
                key = node.getKey();
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (field == null) {
                    field = node.getName();
                } else {
                    inner = node.getName();
                }
            }
        }
        if ("sessions".equals(field) && index != null) {
            String input = "room".equals(inner) || "hours".equals(inner) ? inner : "session";
            return formId + ":rows:" + index + ":" + input;
        }
        if ("texts".equals(field) && key instanceof Language language) {
            String input = "description".equals(inner) ? "textDescription" : "textTitle";
            return formId + ":texts:" + row(form.getTexts(), language) + ":" + input;
        }
        String clientId = formId + ":" + ("texts".equals(field) ? "title" : field);
        return faces.getViewRoot().findComponent(clientId) != null ? clientId : null;
    }

    private static int row(List<SeminarForm.Text> texts, Language language) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).getLanguage() == language) {
                return i;
            }
        }
        return 0;
    }
}
