package org.icsse.governance.web.faces;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.icsse.governance.domain.shared.DomainException;

/** Runs the service call of a form and turns a refusal into messages beside the fields and for the page. */
@ApplicationScoped
public class Forms {

    @Inject
    UserSession session;

    @Inject
    Messages messages;

    /**
     * Clears the form's errors and runs the call; on a refusal, files it under the form's fields, marks the
     * request as failed (so a dialog stays open) and returns {@code false}.
     */
    public boolean submit(FieldErrors errors, List<String> formFields, Supplier<?> call) {
        errors.clear();
        try {
            call.get();
            return true;
        } catch (DomainException refusal) {
            String rest = errors.collect(refusal, session.getLocale(), formFields);
            if (rest != null) {
                messages.error("form.refused", rest);
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }
}
