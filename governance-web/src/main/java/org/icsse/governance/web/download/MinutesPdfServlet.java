package org.icsse.governance.web.download;

import java.io.IOException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.application.meeting.MinutesPdf;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.web.faces.UserSession;

/**
 * {@code /minutes/pdf?meeting=}: the minutes of a meeting as PDF, in the reader's language. Any signed-in
 * person (web.xml's constraint on {@code /minutes/*}; the service checks again).
 */
@WebServlet("/minutes/pdf")
public class MinutesPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MinutesService minutes;

    @Inject
    transient UserSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long meetingId = Downloads.id(request, "meeting");
        if (meetingId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = session.isSignedIn() ? session.getLocale() : request.getLocale();
        Downloads.send(response, MinutesPdf.MEDIA_TYPE, "minutes-" + meetingId + ".pdf",
                () -> MinutesPdf.pdf(minutes.get(meetingId), Downloads.coalition(locale), locale));
    }
}
