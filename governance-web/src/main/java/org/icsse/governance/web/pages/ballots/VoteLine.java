package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.icsse.governance.application.ballot.VoteReceipt;
import org.icsse.governance.application.ballot.VotingCard;
import org.icsse.governance.domain.ballot.Choice;
import org.icsse.governance.web.faces.Messages;

/**
 * One network a delegate votes for on one ballot (their own, or by proxy) and its current vote: the choice,
 * the receipt of the latest cast and, right after a cast on this page, that it has just been given.
 */
public final class VoteLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long networkId;
    private final String acronym;
    private final String name;
    private final boolean byProxy;
    private String choice;
    private String receipt;
    private Instant castAt;
    private boolean justCast;
    private List<ChoiceButton> buttons = List.of();

    /** One of the three buttons: the choice, its label, its accessible label (which network, and whether current). */
    public static final class ChoiceButton implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String choice;
        private final String label;
        private final String ariaLabel;
        private final boolean current;

        ChoiceButton(String choice, String label, String ariaLabel, boolean current) {
            this.choice = choice;
            this.label = label;
            this.ariaLabel = ariaLabel;
            this.current = current;
        }

        public String getChoice() {
            return choice;
        }

        public String getLabel() {
            return label;
        }

        public String getAriaLabel() {
            return ariaLabel;
        }

        public boolean isCurrent() {
            return current;
        }

        /** A check mark on the current choice, besides its colour. */
        public String getIcon() {
            return current ? "pi pi-check" : null;
        }

        /** The button's CSS classes: its choice, and whether it is the current one. */
        public String getStyleClass() {
            return "vote-choice vote-" + choice + (current ? " vote-current" : "");
        }
    }

    VoteLine(VotingCard.NetworkVote vote) {
        networkId = vote.network().id();
        acronym = vote.network().acronym();
        name = vote.network().name();
        byProxy = vote.byProxy();
        if (vote.current() != null) {
            show(vote.current(), false);
        }
    }

    /** The vote as the service has just recorded (or read) it. */
    void show(VoteReceipt vote, boolean fresh) {
        choice = vote.choice() == null ? null : vote.choice().name();
        receipt = vote.receipt();
        castAt = vote.castAt();
        justCast = fresh;
    }

    /** The three buttons, labelled in the reader's language, the current choice marked. */
    void label(Messages messages) {
        List<ChoiceButton> made = new ArrayList<>();
        for (Choice each : Choice.values()) {
            boolean current = each.name().equals(choice);
            String label = messages.text("ballot.choice." + each.name());
            String aria = messages.text(current ? "ballot.vote.ariaCurrent" : "ballot.vote.aria", label, acronym);
            made.add(new ChoiceButton(each.name(), label, aria, current));
        }
        buttons = List.copyOf(made);
    }

    public List<ChoiceButton> getButtons() {
        return buttons;
    }

    void forget() {
        justCast = false;
    }

    public long getNetworkId() {
        return networkId;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public boolean isByProxy() {
        return byProxy;
    }

    /** The current choice ({@code FOR}, {@code AGAINST}, {@code ABSTAIN}), or {@code null} before a vote. */
    public String getChoice() {
        return choice;
    }

    public boolean isVoted() {
        return receipt != null;
    }

    public boolean isChosenFor() {
        return "FOR".equals(choice);
    }

    public boolean isChosenAgainst() {
        return "AGAINST".equals(choice);
    }

    public boolean isChosenAbstain() {
        return "ABSTAIN".equals(choice);
    }

    public String getReceipt() {
        return receipt;
    }

    public Instant getCastAt() {
        return castAt;
    }

    /** Whether the receipt was given by a cast on this page just now: it is then shown prominently. */
    public boolean isJustCast() {
        return justCast;
    }
}
