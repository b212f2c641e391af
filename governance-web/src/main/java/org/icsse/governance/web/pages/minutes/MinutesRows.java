package org.icsse.governance.web.pages.minutes;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.domain.meeting.MinutesStatus;

/**
 * Lists of meetings with their minutes, for the register and the home page, made of the services' own reads
 * ({@link MeetingService#ofBody}, {@link MinutesService#find}): each call checks the caller again.
 */
@ApplicationScoped
public class MinutesRows {

    @Inject
    MeetingService meetings;

    @Inject
    MinutesService minutes;

    @Inject
    BodyRegister bodies;

    /** The meetings of a body, latest first, with their minutes' status. */
    public List<MinutesRow> ofBody(long bodyId) {
        return meetings.ofBody(bodyId).stream().map(meeting -> row(meeting, minutes.find(meeting.id()))).toList();
    }

    /**
     * The minutes circulated for comments of the meetings of every body the network belongs to.
     * <p>
     * The services have no query for this yet, so it is built here from {@code ofBody} and {@code find} over
     * the bodies: one read per meeting of the network's bodies. Enough for a coalition's few bodies and
     * meetings; should they grow, a {@code MinutesService.circulatedFor(networkId)} query would replace it.
     */
    public List<MinutesRow> circulatedFor(long networkId) {
        return bodies.list().stream()
                .filter(body -> body.members().stream().anyMatch(n -> n.id() == networkId))
                .flatMap(body -> meetings.ofBody(body.id()).stream())
                .map(meeting -> row(meeting, minutes.find(meeting.id())))
                .filter(row -> MinutesStatus.CIRCULATED.name().equals(row.getStatus()))
                .toList();
    }

    private static MinutesRow row(MeetingView meeting, Optional<MinutesView> found) {
        return new MinutesRow(meeting.id(), meeting.title(), meeting.bodyCode(), meeting.start(),
                found.map(m -> m.status().name()).orElse(null), found.map(MinutesView::commentPeriodEnd).orElse(null));
    }
}
