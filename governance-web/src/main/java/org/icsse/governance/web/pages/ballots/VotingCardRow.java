package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;
import java.util.List;

import org.icsse.governance.application.ballot.VotingCard;

/** An open ballot on the voting page: the ballot, the text voted on in the reader's language, and the networks the delegate votes for. */
public final class VotingCardRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BallotSummary ballot;
    private final String shownTitle;
    private final String textHtml;
    private final List<VoteLine> lines;

    VotingCardRow(BallotSummary ballot, String shownTitle, String textHtml, VotingCard card) {
        this.ballot = ballot;
        this.shownTitle = shownTitle;
        this.textHtml = textHtml;
        this.lines = card.networks().stream().map(VoteLine::new).toList();
    }

    public BallotSummary getBallot() {
        return ballot;
    }

    public long getBallotId() {
        return ballot.getId();
    }

    /** The title in the reader's language when a translation exists. */
    public String getShownTitle() {
        return shownTitle;
    }

    /** Whether the title read differs from the question's (a translation): then it is shown above the text. */
    public boolean isTitleTranslated() {
        return shownTitle != null && !shownTitle.equals(ballot.getTitle());
    }

    /** The text voted on, sanitised HTML, in the reader's language when a translation exists. */
    public String getTextHtml() {
        return textHtml;
    }

    public List<VoteLine> getLines() {
        return lines;
    }

    VoteLine line(long networkId) {
        return lines.stream().filter(l -> l.getNetworkId() == networkId).findFirst().orElse(null);
    }
}
