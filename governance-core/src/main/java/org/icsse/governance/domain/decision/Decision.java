package org.icsse.governance.domain.decision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of the decisions register: a motion a body adopted, with the text as adopted (amendments applied),
 * the ballot that adopted it and the meeting whose minutes record it (none for a remote ballot). Written
 * once, when the ballot closes, and never changed.
 */
@Entity
@Table(name = "decision")
public class Decision {

    public static final int TITLE_MAX = 200;

    @Id
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "decision_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "motion_id", nullable = false, updatable = false)
    private Long motionId;

    @Column(name = "motion_number", nullable = false, length = 40, updatable = false)
    private String motionNumber;

    @Column(name = "ballot_id", nullable = false, updatable = false)
    private Long ballotId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(nullable = false, length = 100_000, updatable = false)
    private String text;

    @Column(name = "adopted_at", nullable = false, updatable = false)
    private Instant adoptedAt;

    protected Decision() {
        // for JPA
    }

    public Decision(Long id, DecisionNumber number, Long bodyId, Long motionId, String motionNumber, Long ballotId,
            Long meetingId, String title, String text, Instant adoptedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number").toString();
        this.year = number.year();
        this.sequence = number.sequence();
        this.bodyId = Objects.requireNonNull(bodyId, "body id");
        this.motionId = Objects.requireNonNull(motionId, "motion id");
        this.motionNumber = Objects.requireNonNull(motionNumber, "motion number");
        this.ballotId = Objects.requireNonNull(ballotId, "ballot id");
        this.meetingId = meetingId;
        this.title = Objects.requireNonNull(title, "title");
        this.text = Objects.requireNonNull(text, "text");
        this.adoptedAt = Objects.requireNonNull(adoptedAt, "adopted at");
    }

    /** What the audit log records of the decision. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("number", number);
        s.put("bodyId", bodyId);
        s.put("motionId", motionId);
        s.put("ballotId", ballotId);
        s.put("meetingId", meetingId);
        s.put("adoptedAt", adoptedAt.toString());
        return s;
    }

    public Long id() {
        return id;
    }

    public DecisionNumber number() {
        return new DecisionNumber(year, sequence);
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long motionId() {
        return motionId;
    }

    public String motionNumber() {
        return motionNumber;
    }

    public Long ballotId() {
        return ballotId;
    }

    public Optional<Long> meetingId() {
        return Optional.ofNullable(meetingId);
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    @Override
    public String toString() {
        return "decision " + number;
    }
}
