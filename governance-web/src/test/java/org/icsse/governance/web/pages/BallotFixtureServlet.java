package org.icsse.governance.web.pages;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.motion.AmendmentForm;
import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.network.MemberNetwork;

/**
 * Test-only (added to the WAR by {@link BallotConsoleIT}, never shipped). Answers {@code key=value} lines.
 * <ul>
 * <li>{@code ?stage=sitting}: a body of its own (GSEF and ICA, weight 3 each, and CAEA, weight 1; quorum 50 % of
 * networks and of weight; simple majority) with an admitted motion and an admitted amendment to it, both put on
 * the agenda of a meeting of the body now in session, no item taken up yet; and a second admitted motion of the
 * body on no agenda, for a remote ballot.</li>
 * <li>{@code ?stage=vote&motion=&network=&choice=}: the network's delegate votes in the open ballot on that
 * motion or amendment, server-side through {@link BallotService#cast}, as the vote page would.</li>
 * </ul>
 */
@WebServlet("/it/ballot-fixture")
public class BallotFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    BodyRegister bodies;

    @Inject
    MotionService motions;

    @Inject
    MeetingService meetings;

    @Inject
    BallotService ballots;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> answer = "vote".equals(request.getParameter("stage")) ? vote(request) : sitting();
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder text = new StringBuilder();
        answer.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        response.getWriter().print(text);
    }

    private Map<String, Object> sitting() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        return CallerContext.asSystem(() -> {
            Body ga = bodies.list().stream().filter(b -> b.code().value().equals("GA")).findFirst().orElseThrow();
            long gsef = network(ga, "GSEF");
            long ica = network(ga, "ICA");
            long caea = network(ga, "CAEA");
            String code = suffix.replaceAll("[0-9]", "Q");
            Body body = bodies.create(new BodyForm("Ballot committee " + suffix, code, List.of(gsef, ica, caea), 50, 50, "SIMPLE", 1, 1));

            MotionView motion = admitted(body.id(), "Solidarity fund " + suffix, gsef, ica);
            MotionView amendment = as(caea, () -> motions.proposeAmendment(motion.id(),
                    new AmendmentForm("Double the fund " + suffix, "The coalition sets up a solidarity fund of twice the amount.", null, null)));
            as(ica, () -> motions.second(amendment.id()));
            motions.admit(amendment.id());
            MotionView remote = admitted(body.id(), "Remote question " + suffix, ica, gsef);

            LocalDateTime start = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.HOURS);
            MeetingView meeting = meetings.plan(new MeetingForm(body.id(), "Ballot sitting " + suffix, start.toString(),
                    start.plusHours(4).toString(), ZONE.getId(), "Lyon", null));
            meetings.addMotionItem(meeting.id(), motion.id(), 30);
            meetings.open(meeting.id());

            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("meeting", meeting.id());
            answer.put("motion", motion.id());
            answer.put("motionNumber", motion.number());
            answer.put("amendment", amendment.id());
            answer.put("amendmentNumber", amendment.number());
            answer.put("remote", remote.id());
            answer.put("remoteNumber", remote.number());
            answer.put("GSEF", gsef);
            answer.put("ICA", ica);
            answer.put("CAEA", caea);
            return answer;
        });
    }

    /** A motion proposed by one network's delegate, seconded by another's, admitted. */
    private MotionView admitted(long bodyId, String title, long proposer, long seconder) {
        MotionView motion = as(proposer, () -> motions.propose(new MotionForm(bodyId, title,
                "The coalition sets up a solidarity fund.\n\nIts board reports every year.", null, "EN", null)));
        as(seconder, () -> motions.second(motion.id()));
        return motions.admit(motion.id());
    }

    private Map<String, Object> vote(HttpServletRequest request) {
        long motion = Long.parseLong(request.getParameter("motion"));
        long network = Long.parseLong(request.getParameter("network"));
        String choice = request.getParameter("choice");
        long ballot = CallerContext.asSystem(() -> ballots.ofMotion(motion).stream().filter(BallotView::isOpen)
                .reduce((a, b) -> b).orElseThrow().id());
        String receipt = as(network, () -> ballots.cast(ballot, network, choice)).receipt();
        return Map.of("ballot", ballot, "receipt", receipt);
    }

    private static <T> T as(long network, Supplier<T> work) {
        return CallerContext.as(Caller.person("delegate.fixture." + network, EnumSet.of(Role.DELEGATE), network), work);
    }

    private static long network(Body body, String acronym) {
        return body.members().stream().filter(n -> n.acronym().value().equals(acronym)).findFirst()
                .map(MemberNetwork::id).orElseThrow();
    }
}
