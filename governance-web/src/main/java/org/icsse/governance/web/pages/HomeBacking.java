package org.icsse.governance.web.pages;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.pages.ballots.OpenBallotLink;
import org.icsse.governance.web.pages.minutes.MinutesRow;
import org.icsse.governance.web.pages.minutes.MinutesRows;
import org.icsse.governance.web.pages.motions.MotionRow;

/**
 * The home page: who the signed-in person is, with their roles and, for a delegate, their network, the
 * motions awaiting its second and the minutes circulated for its comments.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** How many motions awaiting a second the home page lists. */
    private static final int AWAITING_SHOWN = 10;

    @Inject
    AccountRegister accounts;

    @Inject
    Messages messages;

    @Inject
    MotionService motions;

    @Inject
    MinutesRows minutesRows;

    @Inject
    BallotService ballots;

    private String username;
    private String displayName;
    private List<String> roles;
    private String network;
    private List<MotionRow> awaitingSecond = List.of();
    private List<MinutesRow> minutesForComment = List.of();
    private List<OpenBallotLink> openBallots = List.of();

    @PostConstruct
    void load() {
        UserAccount own = accounts.own();
        username = own.username().value();
        displayName = own.displayName();
        roles = own.roles().stream().sorted().map(role -> messages.text("role." + role.name())).toList();
        network = own.network().map(n -> n.name() + " (" + n.acronym().value() + ")").orElse(null);
        if (network != null) {
            awaitingSecond = motions.awaitingSecondOfOwnNetwork(AWAITING_SHOWN).stream().map(MotionRow::new).toList();
        }
        own.network().ifPresent(n -> minutesForComment = minutesRows.circulatedFor(n.id()));
        if (network != null) {
            openBallots = ballots.votingCards().stream().map(OpenBallotLink::new).toList();
        }
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoles() {
        return String.join(", ", roles);
    }

    public String getNetwork() {
        return network;
    }

    public List<MotionRow> getAwaitingSecond() {
        return awaitingSecond;
    }

    public boolean isNothingAwaiting() {
        return awaitingSecond.isEmpty();
    }

    public boolean isDelegate() {
        return network != null;
    }

    /** Minutes of the delegate's bodies circulated for comments. */
    public List<MinutesRow> getMinutesForComment() {
        return minutesForComment;
    }

    /** The open ballots the delegate's network votes on (own and by proxy). */
    public List<OpenBallotLink> getOpenBallots() {
        return openBallots;
    }

    public boolean isNoBallotOpen() {
        return openBallots.isEmpty();
    }
}
