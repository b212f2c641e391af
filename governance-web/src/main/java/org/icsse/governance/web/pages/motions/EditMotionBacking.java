package org.icsse.governance.web.pages.motions;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;

/**
 * motions/edit.xhtml: a new draft in a body ({@code ?body=}) or the text of an existing motion
 * ({@code ?id=}); saved as a draft, or saved and submitted.
 */
@Named
@ViewScoped
public class EditMotionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("title", "text", "rationale", "language");

    @Inject
    MotionService service;

    @Inject
    UserSession session;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    private Long id;
    private Long bodyId;
    private String title;
    private String text;
    private String rationale;
    private String language;
    private boolean submittable = true;
    private boolean ready;
    private List<SelectItem> languageOptions;
    private final FieldErrors errors = new FieldErrors();
    private transient MotionView saved;

    /** The view action: the motion to edit, or an empty draft in the author's language. */
    public void load() {
        languageOptions = messages.options("language", EnumSet.allOf(Language.class));
        if (id == null) {
            language = session.getLanguage().name();
            ready = bodyId != null;
            if (!ready) {
                messages.error("motion.noBody");
            }
            return;
        }
        try {
            MotionView view = service.get(id, null);
            bodyId = view.bodyId();
            title = view.title();
            text = view.text();
            rationale = view.rationale();
            language = view.language().name();
            submittable = view.actions().submit();
            ready = view.actions().edit();
            if (!ready) {
                messages.error("motion.notEditable");
            }
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** Saves the draft (or the new version) and shows the motion. */
    public String save() {
        MotionForm form = form();
        boolean done = forms.submit(errors, FIELDS, () -> saved = id == null ? service.draft(form) : service.edit(id, form));
        return done ? shown("motion.done.saved") : null;
    }

    /** Saves and puts the motion before its body: a new one is proposed at once, an existing draft is saved then submitted. */
    public String saveAndSubmit() {
        MotionForm form = form();
        boolean done = forms.submit(errors, FIELDS, () -> {
            if (id == null) {
                return saved = service.propose(form);
            }
            return saved = service.editAndSubmit(id, form);
        });
        return done ? shown("motion.done.submitted") : null;
    }

    private MotionForm form() {
        return new MotionForm(bodyId, title, text, rationale, language, null);
    }

    private String shown(String key) {
        messages.info(key, saved.number() == null ? "" : saved.number());
        MotionNavigation.keepMessages();
        return MotionNavigation.motionPage(saved.id());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isReady() {
        return ready;
    }

    /** "Save and submit" is offered for a new motion and for a draft. */
    public boolean isSubmittable() {
        return ready && submittable;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<SelectItem> getLanguageOptions() {
        return languageOptions;
    }

    public FieldErrors getErrors() {
        return errors;
    }
}
