package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.ballot.Recount;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.ReceiptCode;
import org.icsse.governance.domain.ballot.Result;
import org.icsse.governance.domain.ballot.Tally;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;

/**
 * ballots/ballot.xhtml: one ballot for any signed-in reader — the question, its rules, the electorate and the
 * participation against the quorum; once closed, the result (outcome and why, the totals as a chart), the
 * decision it made, the roll call of a named ballot, the receipts with a check of one's own code, and for the
 * secretariat a recount. What the reader may see is what the service gives: a secret ballot has no roll call,
 * and nothing here pairs a network with a choice for it.
 */
@Named
@ViewScoped
public class BallotBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> RECEIPT_FIELDS = List.of("receipt");

    @Inject
    BallotService ballots;

    @Inject
    BallotTexts texts;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    @Inject
    UserSession session;

    private Long id;
    private BallotSummary ballot;
    private long electorateNetworks;
    private long electorateWeight;
    private long votedNetworks;
    private long votedWeight;
    private long networksNeeded;
    private long weightNeeded;
    private boolean canVote;

    private String outcome;
    private String outcomeReason;
    private List<TallyRow> tally = List.of();
    private String chartJson;
    private String decisionNumber;
    private List<RollCallRow> rollCall;
    private List<String> receipts;
    private boolean canRecount;

    private String receipt;
    private Boolean receiptFound;
    private final FieldErrors receiptErrors = new FieldErrors();

    private Boolean recountMatches;
    private long recountVotes;
    private List<String> recountProblems = List.of();

    /** The view action: the ballot as the reader may see it; a refusal is a message, not an error page. */
    public void load() {
        if (id == null) {
            messages.error("ballot.notFound");
            return;
        }
        try {
            show(ballots.get(id));
        } catch (DomainException refusal) {
            ballot = null;
            messages.error(refusal);
        }
    }

    private void show(BallotView view) {
        ballot = texts.summary(view);
        electorateNetworks = view.electorate().networks();
        electorateWeight = view.electorate().weight();
        votedNetworks = view.participation().networks();
        votedWeight = view.participation().weight();
        networksNeeded = view.networksNeeded();
        weightNeeded = view.weightNeeded();
        canVote = !view.actions().voteFor().isEmpty();
        Result result = view.result();
        if (result != null) {
            outcome = result.outcome().name();
            String majority = messages.text("majority." + view.majority().name()).toLowerCase(session.getLocale());
            outcomeReason = switch (result.outcome()) {
                case ADOPTED -> messages.text("ballot.reason.adopted", majority);
                case REJECTED -> messages.text("ballot.reason.majorityNotReached", majority);
                case NO_QUORUM -> messages.text("ballot.reason.quorumNotReached");
            };
            Tally counted = result.tally();
            tally = List.of(row("FOR", counted.inFavour()), row("AGAINST", counted.against()), row("ABSTAIN", counted.abstain()));
            chartJson = chart(tally);
        }
        decisionNumber = view.decisionNumber();
        rollCall = view.actions().readRollCall() && !view.secret()
                ? ballots.rollCall(view.id()).stream().map(RollCallRow::new).toList() : null;
        receipts = view.actions().readReceipts() ? ballots.receipts(view.id()) : null;
        canRecount = view.actions().verify();
    }

    private static TallyRow row(String choice, Count count) {
        return new TallyRow(choice, count.networks(), count.weight());
    }

    /** The totals as a Chart.js bar chart: weight and number of networks for each choice (PrimeFaces' p:chart). */
    private String chart(List<TallyRow> totals) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder weights = Json.createArrayBuilder();
        JsonArrayBuilder networks = Json.createArrayBuilder();
        for (TallyRow line : totals) {
            labels.add(messages.text("ballot.choice." + line.getChoice()));
            weights.add(line.getWeight());
            networks.add(line.getNetworks());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", messages.text("ballot.chart.weight"))
                                        .add("data", weights).add("backgroundColor", "#1f4e5f"))
                                .add(Json.createObjectBuilder().add("label", messages.text("ballot.chart.networks"))
                                        .add("data", networks).add("backgroundColor", "#8fb8c4"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", messages.text("ballot.chart.title"))))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** Says whether the code typed is among the receipts counted; a code of the wrong form is refused beside the field. */
    public void checkReceipt() {
        receiptFound = null;
        forms.submit(receiptErrors, RECEIPT_FIELDS, () -> {
            String code = ReceiptCode.parse(receipt).value();
            receiptFound = receipts != null && receipts.contains(code);
            return code;
        });
    }

    /** The secretariat recounts the ballot from its stored votes. */
    public void recount() {
        try {
            Recount recount = ballots.recount(id);
            recountMatches = recount.matches();
            recountVotes = recount.votesRead();
            recountProblems = recount.problems();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return ballot != null;
    }

    public BallotSummary getBallot() {
        return ballot;
    }

    public long getElectorateNetworks() {
        return electorateNetworks;
    }

    public long getElectorateWeight() {
        return electorateWeight;
    }

    public long getVotedNetworks() {
        return votedNetworks;
    }

    public long getVotedWeight() {
        return votedWeight;
    }

    public long getNetworksNeeded() {
        return networksNeeded;
    }

    public long getWeightNeeded() {
        return weightNeeded;
    }

    /** Networks that have voted, as a percentage of the electorate, for the meter. */
    public int getNetworksPercent() {
        return percent(votedNetworks, electorateNetworks);
    }

    public int getWeightPercent() {
        return percent(votedWeight, electorateWeight);
    }

    public boolean isQuorumReached() {
        return votedNetworks >= networksNeeded && votedWeight >= weightNeeded;
    }

    public boolean isQuorumMissing() {
        return !isQuorumReached();
    }

    public long getMissingNetworks() {
        return Math.max(0, networksNeeded - votedNetworks);
    }

    public long getMissingWeight() {
        return Math.max(0, weightNeeded - votedWeight);
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) (100 * part / whole);
    }

    public boolean isCanVote() {
        return canVote;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    /** The bundle key suffix of the outcome: {@code ADOPTED}, {@code REJECTED} or {@code NO_QUORUM}. */
    public String getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    /** The CSS class of the outcome. */
    public String getOutcomeClass() {
        return outcome == null ? "" : "outcome outcome-" + outcome;
    }

    public List<TallyRow> getTally() {
        return tally;
    }

    public String getChartJson() {
        return chartJson;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public boolean isDecisionRecorded() {
        return decisionNumber != null;
    }

    public List<RollCallRow> getRollCall() {
        return rollCall;
    }

    public boolean isRollCallShown() {
        return rollCall != null;
    }

    public List<String> getReceipts() {
        return receipts;
    }

    public boolean isReceiptsShown() {
        return receipts != null;
    }

    public boolean isCanRecount() {
        return canRecount;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public boolean isReceiptListed() {
        return Boolean.TRUE.equals(receiptFound);
    }

    public boolean isReceiptNotListed() {
        return Boolean.FALSE.equals(receiptFound);
    }

    public FieldErrors getReceiptErrors() {
        return receiptErrors;
    }

    public boolean isRecounted() {
        return recountMatches != null;
    }

    public boolean isRecountMatches() {
        return Boolean.TRUE.equals(recountMatches);
    }

    public boolean isRecountDiffers() {
        return Boolean.FALSE.equals(recountMatches);
    }

    public long getRecountVotes() {
        return recountVotes;
    }

    public List<String> getRecountProblems() {
        return recountProblems;
    }
}
