package org.icsse.governance.web.pages.motions;

import java.io.Serializable;

import org.icsse.governance.application.motion.MotionSummary;

/** One line of a list of motions or amendments: plain values, safe to keep in the view. */
public final class MotionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String title;
    private final String proposer;
    private final String status;
    private final String seconds;

    public MotionRow(MotionSummary summary) {
        id = summary.id();
        number = summary.number();
        title = summary.title();
        proposer = summary.proposer().acronym();
        status = summary.status().name();
        seconds = summary.seconds() + " / " + summary.secondsRequired();
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

    public String getProposer() {
        return proposer;
    }

    public String getStatus() {
        return status;
    }

    /** The seconds given and those the body requires, as "n / required". */
    public String getSeconds() {
        return seconds;
    }
}
