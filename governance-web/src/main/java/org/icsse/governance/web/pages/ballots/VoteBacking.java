package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.VoteReceipt;
import org.icsse.governance.application.ballot.VotingCard;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.text.Markup;
import org.icsse.governance.domain.motion.MotionText;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;

/**
 * ballots/vote.xhtml: the open ballots the delegate votes on, each with the text voted on and, for every network
 * they vote for, the three choices. A cast is one service call; its receipt is then shown prominently. Voting
 * again changes the vote (and gives a new receipt). A cast refused — the ballot closed meanwhile — is a message,
 * and the page is read again.
 */
@Named
@ViewScoped
public class VoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BallotService ballots;

    @Inject
    MotionService motions;

    @Inject
    BallotTexts texts;

    @Inject
    Messages messages;

    @Inject
    UserSession session;

    private List<VotingCardRow> cards = List.of();

    /** The view action: the delegate's open ballots. */
    public void load() {
        try {
            List<VotingCardRow> rows = new ArrayList<>();
            for (VotingCard card : ballots.votingCards()) {
                MotionView motion = motions.get(card.ballot().motionId(), session.getLanguage());
                MotionText shown = motion.shown();
                String title = shown == null ? motion.title() : shown.title();
                String html = Markup.toSafeHtml(shown == null ? motion.text() : shown.text());
                VotingCardRow row = new VotingCardRow(texts.summary(card.ballot()), title, html, card);
                row.getLines().forEach(line -> line.label(messages));
                rows.add(row);
            }
            cards = rows;
        } catch (DomainException refusal) {
            cards = List.of();
            messages.error(refusal);
        }
    }

    /** Casts (or changes) the vote of one network on one ballot; shows the new receipt, or why it was refused. */
    public void cast(long ballotId, long networkId, String choice) {
        cards.forEach(card -> card.getLines().forEach(VoteLine::forget));
        VoteReceipt receipt;
        try {
            receipt = ballots.cast(ballotId, networkId, choice);
        } catch (DomainException refusal) {
            messages.error("ballot.vote.refused", refusal.localizedMessage(session.getLocale()));
            load();
            return;
        }
        VotingCardRow card = cards.stream().filter(c -> c.getBallotId() == ballotId).findFirst().orElse(null);
        VoteLine line = card == null ? null : card.line(networkId);
        if (line != null) {
            line.show(receipt, true);
            line.label(messages);
            messages.info("ballot.vote.recorded", messages.text("ballot.choice." + receipt.choice().name()),
                    line.getAcronym(), card.getBallot().getMotionNumber());
        }
    }

    public List<VotingCardRow> getCards() {
        return cards;
    }

    public boolean isNothingOpen() {
        return cards.isEmpty();
    }
}
