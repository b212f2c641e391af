package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Tally;

/**
 * A ballot as the console and the motion page show it, copied from the service's view (a record, which Faces EL
 * cannot read and a view scope cannot keep): its question and rules, participation against the quorum, the totals
 * when the reader may see them (the live totals of an open named ballot for the chair and the secretariat, the
 * result once closed; none for an open secret ballot) and, once closed, the outcome and the decision number.
 */
public class BallotLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long motionId;
    private final String motionNumber;
    private final String title;
    private final String status;
    private final boolean open;
    private final boolean secret;
    private final String majority;
    private final boolean doubleMajority;
    private final int quorumNetworksPercent;
    private final int quorumWeightPercent;
    private final long participationNetworks;
    private final long participationWeight;
    private final long electorateNetworks;
    private final long electorateWeight;
    private final long networksNeeded;
    private final long weightNeeded;
    private final Totals totals;
    private final String outcome;
    private final String decisionNumber;
    private final Instant openedAt;
    private final Instant closesAt;
    private final Instant closedAt;
    private final boolean closable;

    /** The totals copied: counts of networks and weights for, against and abstaining. */
    private record Totals(long forNetworks, long forWeight, long againstNetworks, long againstWeight, long abstainNetworks,
            long abstainWeight) implements Serializable {

        static Totals of(Tally tally) {
            return tally == null ? null : new Totals(tally.inFavour().networks(), tally.inFavour().weight(),
                    tally.against().networks(), tally.against().weight(), tally.abstain().networks(), tally.abstain().weight());
        }
    }

    public BallotLine(BallotView view) {
        id = view.id();
        motionId = view.motionId();
        motionNumber = view.motionNumber();
        title = view.title();
        status = view.status().name();
        open = view.isOpen();
        secret = view.secret();
        majority = view.majority().name();
        doubleMajority = view.doubleMajority();
        quorumNetworksPercent = view.quorumNetworksPercent();
        quorumWeightPercent = view.quorumWeightPercent();
        Count participation = view.participation();
        participationNetworks = participation.networks();
        participationWeight = participation.weight();
        electorateNetworks = view.electorate().networks();
        electorateWeight = view.electorate().weight();
        networksNeeded = view.networksNeeded();
        weightNeeded = view.weightNeeded();
        totals = Totals.of(view.result() != null ? view.result().tally() : view.liveTally());
        outcome = view.result() == null ? null : view.result().outcome().name();
        decisionNumber = view.decisionNumber();
        openedAt = view.openedAt();
        closesAt = view.closesAt();
        closedAt = view.closedAt();
        closable = view.actions().close();
    }

    public long getId() {
        return id;
    }

    public long getMotionId() {
        return motionId;
    }

    public String getMotionNumber() {
        return motionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isSecret() {
        return secret;
    }

    /** The translation key's last part for secret or named. */
    public String getKind() {
        return secret ? "SECRET" : "NAMED";
    }

    public String getMajority() {
        return majority;
    }

    public boolean isDoubleMajority() {
        return doubleMajority;
    }

    public int getQuorumNetworksPercent() {
        return quorumNetworksPercent;
    }

    public int getQuorumWeightPercent() {
        return quorumWeightPercent;
    }

    public long getParticipationNetworks() {
        return participationNetworks;
    }

    public long getParticipationWeight() {
        return participationWeight;
    }

    public long getElectorateNetworks() {
        return electorateNetworks;
    }

    public long getElectorateWeight() {
        return electorateWeight;
    }

    public long getNetworksNeeded() {
        return networksNeeded;
    }

    public long getWeightNeeded() {
        return weightNeeded;
    }

    /** Whether enough networks and weight have voted so far for the quorum. */
    public boolean isQuorumReached() {
        return participationNetworks >= networksNeeded && participationWeight >= weightNeeded;
    }

    /** Whether the totals for, against and abstaining may be shown: a named ballot, or any ballot once closed. */
    public boolean isTotalsShown() {
        return totals != null;
    }

    public long getForNetworks() {
        return totals == null ? 0 : totals.forNetworks();
    }

    public long getForWeight() {
        return totals == null ? 0 : totals.forWeight();
    }

    public long getAgainstNetworks() {
        return totals == null ? 0 : totals.againstNetworks();
    }

    public long getAgainstWeight() {
        return totals == null ? 0 : totals.againstWeight();
    }

    public long getAbstainNetworks() {
        return totals == null ? 0 : totals.abstainNetworks();
    }

    public long getAbstainWeight() {
        return totals == null ? 0 : totals.abstainWeight();
    }

    /** ADOPTED, REJECTED or NO_QUORUM once closed; {@code null} while open. */
    public String getOutcome() {
        return outcome;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public boolean isDecided() {
        return decisionNumber != null;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    /** The deadline of a remote ballot; {@code null} for a ballot in a meeting. */
    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isRemote() {
        return closesAt != null;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The reader may close it now (the chair or the secretariat, the ballot open). */
    public boolean isClosable() {
        return closable;
    }

    /** The row's style: the open ballot stands out. */
    public String getStyleClass() {
        return open ? "ui-state-highlight ballot-open" : null;
    }
}
