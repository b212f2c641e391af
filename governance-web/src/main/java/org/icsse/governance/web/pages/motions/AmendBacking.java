package org.icsse.governance.web.pages.motions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.motion.AmendmentForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.text.Markup;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;

/** motions/amend.xhtml: an amendment to an admitted motion, for its whole text or one paragraph. */
@Named
@ViewScoped
public class AmendBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("title", "text", "rationale", "paragraph");
    private static final int EXCERPT = 80;

    @Inject
    MotionService service;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    private Long motionId;
    private String motionNumber;
    private String motionTitle;
    private boolean ready;
    private List<SelectItem> paragraphOptions = List.of();
    private String title;
    private Integer paragraph;
    private String text;
    private String rationale;
    private final FieldErrors errors = new FieldErrors();
    private transient MotionView proposed;

    /** The view action: the motion and its paragraphs, numbered from 1. */
    public void load() {
        if (motionId == null) {
            messages.error("motion.notFound");
            return;
        }
        try {
            MotionView motion = service.get(motionId, null);
            motionNumber = motion.number();
            motionTitle = motion.title();
            ready = motion.actions().amend();
            if (!ready) {
                messages.error("amendment.notOpen");
            }
            List<SelectItem> options = new ArrayList<>();
            int index = 0;
            for (String block : motion.paragraphs()) {
                index++;
                String plain = Markup.toPlainText(block);
                String excerpt = plain.length() > EXCERPT ? plain.substring(0, EXCERPT) + "…" : plain;
                options.add(new SelectItem(index, messages.text("amendment.paragraphOption", index, excerpt)));
            }
            paragraphOptions = options;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** Proposes the amendment (submitted at once) and shows it. */
    public String propose() {
        AmendmentForm form = new AmendmentForm(title, text, rationale, paragraph);
        if (!forms.submit(errors, FIELDS, () -> proposed = service.proposeAmendment(motionId, form))) {
            return null;
        }
        messages.info("amendment.done.proposed", proposed.number() == null ? "" : proposed.number());
        MotionNavigation.keepMessages();
        return MotionNavigation.motionPage(proposed.id());
    }

    public Long getMotionId() {
        return motionId;
    }

    public void setMotionId(Long motionId) {
        this.motionId = motionId;
    }

    public String getMotionNumber() {
        return motionNumber;
    }

    public String getMotionTitle() {
        return motionTitle;
    }

    public boolean isReady() {
        return ready;
    }

    public List<SelectItem> getParagraphOptions() {
        return paragraphOptions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getParagraph() {
        return paragraph;
    }

    public void setParagraph(Integer paragraph) {
        this.paragraph = paragraph;
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

    public FieldErrors getErrors() {
        return errors;
    }
}
