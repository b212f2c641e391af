package org.icsse.governance.web.pages;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.application.ballot.BallotForm;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.NetworkQuery;

/**
 * Test-only (added to the WAR by {@link BallotPagesIT}, never shipped; the ballot API is written elsewhere, so
 * this is the setup path). Each call makes a body of its own — CAEA (weight 1), GSEF (3), ICA (3) and PIMN (1),
 * quorum 50 % of networks and of weight, simple majority, no seconds needed — and a motion proposed by CAEA and
 * admitted. Then:
 * <ul>
 * <li>{@code ?stage=named}: a meeting in session on the motion, where PIMN has given its proxy to CAEA, and an
 * open named ballot on it;</li>
 * <li>{@code ?stage=secret}: a remote secret ballot on it, where CAEA voted FOR, GSEF AGAINST and ICA ABSTAIN,
 * closed by the chair;</li>
 * <li>{@code ?close=<ballot id>}: the chair closes that ballot.</li>
 * </ul>
 * Answers the ballot id, the motion id, the motion number, its title and the body code, one per line.
 */
@WebServlet("/it/ballot-pages-fixture")
public class BallotPagesFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Caller CHAIR = Caller.person("chair", EnumSet.of(Role.CHAIR), null);

    @Inject
    BodyRegister bodies;

    @Inject
    NetworkRegister networks;

    @Inject
    MotionService motions;

    @Inject
    MeetingService meetings;

    @Inject
    BallotService ballots;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String close = request.getParameter("close");
        if (close != null) {
            BallotView closed = CallerContext.as(CHAIR, () -> ballots.close(Long.parseLong(close)));
            answer(response, closed, closed.bodyCode());
            return;
        }
        boolean secret = "secret".equals(request.getParameter("stage"));
        String code = "BP" + letters(6);
        String title = "Ballot pages IT " + code.toLowerCase(Locale.ROOT);
        BallotView ballot = CallerContext.asSystem(() -> {
            long caea = network("CAEA");
            long gsef = network("GSEF");
            long ica = network("ICA");
            long pimn = network("PIMN");
            Body body = bodies.create(new BodyForm("Ballot pages body " + code, code, List.of(caea, gsef, ica, pimn),
                    50, 50, "SIMPLE", 0, 1));
            MotionView motion = as("CAEA", caea, () -> motions.propose(new MotionForm(body.id(), title,
                    "The coalition publishes the results of its ballots.", null, "EN", null)));
            motions.admit(motion.id());
            if (secret) {
                BallotView opened = CallerContext.as(CHAIR, () -> ballots.open(new BallotForm(motion.id(), null, null, null,
                        null, true, Instant.now().plus(2, ChronoUnit.HOURS).toString())));
                as("CAEA", caea, () -> ballots.cast(opened.id(), caea, "FOR"));
                as("GSEF", gsef, () -> ballots.cast(opened.id(), gsef, "AGAINST"));
                as("ICA", ica, () -> ballots.cast(opened.id(), ica, "ABSTAIN"));
                return CallerContext.as(CHAIR, () -> ballots.close(opened.id()));
            }
            LocalDateTime start = LocalDateTime.now(ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
            MeetingView meeting = meetings.plan(new MeetingForm(body.id(), "Sitting " + code, start.toString(),
                    start.plusHours(4).toString(), ZONE.getId(), "Geneva", null));
            MeetingView withItem = meetings.addMotionItem(meeting.id(), motion.id(), 30);
            long itemId = withItem.agenda().get(0).itemId();
            meetings.open(meeting.id());
            as("PIMN", pimn, () -> meetings.giveProxy(meeting.id(), caea));
            meetings.advanceTo(meeting.id(), itemId);
            return CallerContext.as(CHAIR, () -> ballots.open(new BallotForm(motion.id(), null, null, null, null, false, null)));
        });
        answer(response, ballot, code);
    }

    private static void answer(HttpServletResponse response, BallotView ballot, String code) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(ballot.id() + "\n" + ballot.motionId() + "\n" + ballot.motionNumber() + "\n"
                + ballot.title() + "\n" + code);
    }

    private long network(String acronym) {
        return networks.search(new NetworkQuery(acronym, null, null, null, NetworkQuery.SortField.ACRONYM, true, 0, 50))
                .items().stream().filter(n -> n.acronym().value().equals(acronym)).findFirst()
                .map(MemberNetwork::id).orElseThrow();
    }

    private static <T> T as(String acronym, long networkId, Supplier<T> work) {
        return CallerContext.as(Caller.person("delegate." + acronym.toLowerCase(Locale.ROOT), EnumSet.of(Role.DELEGATE),
                networkId), work);
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
