package org.icsse.governance.web.download;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.application.meeting.MeetingCalendar;
import org.icsse.governance.application.meeting.MeetingService;

/**
 * {@code /meetings/ics?id=}: a meeting as an iCalendar file, for delegates' calendars. Any signed-in
 * person (web.xml's constraint on {@code /meetings/*}; the service checks again).
 */
@WebServlet("/meetings/ics")
public class MeetingCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingService meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Downloads.id(request, "id");
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String page = request.getRequestURL().toString().replaceFirst("/meetings/ics$", "/meetings/meeting.xhtml?id=" + id);
        Downloads.send(response, MeetingCalendar.MEDIA_TYPE, "meeting-" + id + ".ics",
                () -> MeetingCalendar.ics(meetings.get(id), page));
    }
}
