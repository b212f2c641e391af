package org.icsse.governance.web.pages.ballots;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.web.faces.Messages;

/** Puts a ballot's rules into words in the reader's language, the deadline in the reader's time zone. */
@ApplicationScoped
public class BallotTexts {

    @Inject
    Messages messages;

    /** The ballot as both pages show it, its rules in sentences. */
    public BallotSummary summary(BallotView view) {
        return new BallotSummary(view, rules(view));
    }

    private List<String> rules(BallotView view) {
        List<String> rules = new ArrayList<>();
        rules.add(messages.text("ballot.rule.majority." + view.majority().name()));
        if (view.doubleMajority()) {
            rules.add(messages.text("ballot.rule.doubleMajority"));
        }
        rules.add(messages.text("ballot.rule.quorum", view.networksNeeded(), view.quorumNetworksPercent(),
                view.electorate().networks(), view.weightNeeded(), view.quorumWeightPercent(), view.electorate().weight()));
        rules.add(messages.text(view.secret() ? "ballot.rule.secret" : "ballot.rule.named"));
        if (view.closesAt() != null) {
            rules.add(messages.text("ballot.rule.deadline", messages.instant(view.closesAt())));
        } else {
            rules.add(messages.text("ballot.rule.inMeeting"));
        }
        return rules;
    }
}
