package org.icsse.governance.web.pages;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.network.MemberNetwork;

/**
 * Test-only (added to the WAR by {@link MinutesPagesIT}, never shipped): a meeting of the General Assembly
 * held two days ago, with one free item, GSEF checked in by its delegate and ICA by the secretariat, then
 * adjourned and closed. {@code ?stage=circulated} also drafts and circulates its minutes. Answers the
 * meeting's id and title, one per line. The meeting pages being written elsewhere, this is the setup path.
 */
@WebServlet("/it/minutes-fixture")
public class MinutesFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    MeetingService meetings;

    @Inject
    MinutesService minutes;

    @Inject
    BodyRegister bodies;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String title = "Minutes IT " + UUID.randomUUID().toString().substring(0, 8);
        boolean circulated = "circulated".equals(request.getParameter("stage"));
        MeetingView meeting = CallerContext.asSystem(() -> {
            Body ga = bodies.list().stream().filter(b -> b.code().value().equals("GA")).findFirst().orElseThrow();
            LocalDateTime start = LocalDateTime.now(ZONE).minusDays(2).truncatedTo(ChronoUnit.HOURS);
            MeetingView planned = meetings.plan(new MeetingForm(ga.id(), title, start.toString(), start.plusHours(3).toString(),
                    ZONE.getId(), "Geneva", null));
            meetings.addFreeItem(planned.id(), "REPORT", "Report of the secretariat", 30);
            meetings.open(planned.id());
            long gsef = network(ga, "GSEF");
            CallerContext.as(Caller.person("delegate.gsef", EnumSet.of(Role.DELEGATE), gsef), () -> meetings.checkIn(planned.id(), gsef));
            meetings.checkIn(planned.id(), network(ga, "ICA"));
            meetings.adjourn(planned.id());
            meetings.close(planned.id());
            if (circulated) {
                minutes.draft(planned.id());
                minutes.circulate(planned.id());
            }
            return planned;
        });
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(meeting.id() + "\n" + title);
    }

    private static long network(Body body, String acronym) {
        return body.members().stream().filter(n -> n.acronym().value().equals(acronym)).findFirst()
                .map(MemberNetwork::id).orElseThrow();
    }
}
