package org.icsse.governance.web.pages.decisions;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.ballot.DecisionView;

/** One decision of the register, with getters for EL; {@code html} is the text as the service sanitised it. */
public final class DecisionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String title;
    private final String html;
    private final Instant adoptedAt;
    private final String bodyCode;
    private final String bodyName;
    private final String motionNumber;
    private final long ballotId;

    DecisionRow(DecisionView view) {
        id = view.id();
        number = view.number();
        title = view.title();
        html = view.html();
        adoptedAt = view.adoptedAt();
        bodyCode = view.bodyCode();
        bodyName = view.bodyName();
        motionNumber = view.motionNumber();
        ballotId = view.ballotId();
    }

    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getHtml() {
        return html;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public String getBodyName() {
        return bodyName;
    }

    public String getMotionNumber() {
        return motionNumber;
    }

    public long getBallotId() {
        return ballotId;
    }
}
