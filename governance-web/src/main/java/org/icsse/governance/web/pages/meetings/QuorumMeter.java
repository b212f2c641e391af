package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;

import org.icsse.governance.application.meeting.MeetingView;

/**
 * The quorum meter as the pages draw it: networks and weight present against what the body's rule needs,
 * as numbers, as percentages of the electorate for the bars, and what is still missing.
 */
public class QuorumMeter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reading copied (the service's view is not serializable, this bean's view scope is). */
    private final Reading quorum;

    private record Reading(long presentCount, long networksNeeded, long electorateCount, long presentWeight,
            long weightNeeded, long electorateWeight, boolean met) implements Serializable {
    }

    QuorumMeter(MeetingView.QuorumView view) {
        this.quorum = new Reading(view.presentCount(), view.networksNeeded(), view.electorateCount(), view.presentWeight(),
                view.weightNeeded(), view.electorateWeight(), view.met());
    }

    public long getPresentCount() {
        return quorum.presentCount();
    }

    public long getNetworksNeeded() {
        return quorum.networksNeeded();
    }

    public long getElectorateCount() {
        return quorum.electorateCount();
    }

    public long getPresentWeight() {
        return quorum.presentWeight();
    }

    public long getWeightNeeded() {
        return quorum.weightNeeded();
    }

    public long getElectorateWeight() {
        return quorum.electorateWeight();
    }

    public boolean isMet() {
        return quorum.met();
    }

    public boolean isNotMet() {
        return !quorum.met();
    }

    public int getNetworksPercent() {
        return percent(quorum.presentCount(), quorum.electorateCount());
    }

    public int getWeightPercent() {
        return percent(quorum.presentWeight(), quorum.electorateWeight());
    }

    public long getMissingNetworks() {
        return Math.max(0, quorum.networksNeeded() - quorum.presentCount());
    }

    public long getMissingWeight() {
        return Math.max(0, quorum.weightNeeded() - quorum.presentWeight());
    }

    private static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }
}
