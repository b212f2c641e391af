package org.icsse.governance.application.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A meeting as an iCalendar file (RFC 5545) that a delegate adds to their calendar: one event, in UTC, whose
 * UID stays the same for the meeting so that downloading it again updates the event instead of duplicating it.
 * <p>
 * ical4j writes the text: it escapes commas, semicolons, backslashes and new lines and folds long lines.
 */
public final class MeetingCalendar {

    /** The media type of what {@link #ics} returns. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private static final String PRODUCT = "-//ICSSE//Governance//EN";

    private MeetingCalendar() {
    }

    /** The UID of a meeting's event: the same on every download. */
    public static String uid(long meetingId) {
        return "meeting-" + meetingId + "@icsse-governance";
    }

    /** The meeting's {@code .ics} file in UTF-8, stamped now; {@code url} is the address of the meeting's page. */
    public static byte[] ics(MeetingView meeting, String url) {
        return ics(meeting, url, Instant.now());
    }

    /** The meeting's {@code .ics} file in UTF-8, stamped at {@code stamp} (the DTSTAMP, in UTC). */
    public static byte[] ics(MeetingView meeting, String url, Instant stamp) {
        URI page = URI.create(url);
        VEvent event = new VEvent(meeting.start(), meeting.end(), meeting.bodyCode() + ": " + meeting.title());
        event.add(new Uid(uid(meeting.id())));
        // The constructor stamps the event with the current time already: replace, not add, or there are two.
        event.replace(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        location(meeting).ifPresent(location -> event.add(new Location(location)));
        event.add(new Description(description(meeting, url)));
        event.add(new Url(page));
        // A meeting has no cancelled status (MeetingStatus): a planned meeting is a confirmed event.
        event.add(ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar of meeting " + meeting.id() + " is not valid iCalendar", e);
        }
        return out.toByteArray();
    }

    private static Optional<String> location(MeetingView meeting) {
        List<String> parts = new ArrayList<>();
        if (present(meeting.venue())) {
            parts.add(meeting.venue().strip());
        }
        if (present(meeting.onlineLink())) {
            parts.add(meeting.onlineLink().strip());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", parts));
    }

    private static String description(MeetingView meeting, String url) {
        StringBuilder text = new StringBuilder(meeting.bodyName());
        if (present(meeting.onlineLink())) {
            text.append('\n').append(meeting.onlineLink().strip());
        }
        if (meeting.agenda() != null && !meeting.agenda().isEmpty()) {
            text.append('\n');
            int number = 1;
            for (MeetingView.AgendaRow row : meeting.agenda()) {
                text.append('\n').append(number++).append(". ");
                if (row.motionNumber() != null) {
                    text.append(row.motionNumber()).append(' ');
                }
                text.append(row.title());
            }
        }
        return text.append("\n\n").append(url).toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
