package org.icsse.governance.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.icsse.governance.domain.meeting.AgendaItemKind;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

    private static final String PAGE = "https://governance.icsse.example/meetings/42";
    private static final Instant START = Instant.parse("2026-03-12T08:30:00Z");
    private static final Instant END = Instant.parse("2026-03-12T12:00:00Z");

    private static MeetingView meeting(String venue, String onlineLink) {
        List<MeetingView.AgendaRow> agenda = List.of(
                new MeetingView.AgendaRow(1, AgendaItemKind.REPORT, null, null, "Rapport d'activité; finances, budget",
                        null, 20, false));
        return new MeetingView(42, 7, "GA", "General Assembly", "Spring session, 2026", START, END,
                ZoneId.of("America/Bogota"), venue, onlineLink, MeetingStatus.PLANNED, agenda, List.of(), List.of(),
                new MeetingView.QuorumView(0, 0, 0, 0, 0, 0, false), null);
    }

    private static VEvent parsedEvent(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static Instant instant(Temporal temporal) {
        return temporal instanceof Instant instant ? instant : ZonedDateTime.from(temporal).toInstant();
    }

    @Test
    void eventCarriesTheMeetingsUidSummaryTimesInUtcLocationAndPage() throws Exception {
        byte[] ics = MeetingCalendar.ics(meeting("Centro Cívico, Sala Ñandú; piso 2", null), PAGE);

        VEvent event = parsedEvent(ics);
        assertThat(value(event, Property.UID)).isEqualTo("meeting-42@icsse-governance");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("GA: Spring session, 2026");
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(START);
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(END);
        assertThat(value(event, Property.LOCATION)).isEqualTo("Centro Cívico, Sala Ñandú; piso 2");
        assertThat(value(event, Property.URL)).isEqualTo(PAGE);
        assertThat(value(event, Property.DESCRIPTION)).contains("General Assembly", "Rapport d'activité; finances, budget",
                PAGE);
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void fileIsUtf8WithEscapedSeparatorsAndTimesInUtc() {
        String text = new String(MeetingCalendar.ics(meeting("Centro Cívico, Sala Ñandú; piso 2", null), PAGE),
                StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("LOCATION:Centro Cívico\\, Sala Ñandú\\; piso 2")
                .contains("DTSTART:20260312T083000Z")
                .contains("DTEND:20260312T120000Z");
    }

    @Test
    void sameMeetingKeepsItsUidAcrossDownloads() throws Exception {
        VEvent first = parsedEvent(MeetingCalendar.ics(meeting("Lima", null), PAGE, Instant.parse("2026-01-01T00:00:00Z")));
        VEvent second = parsedEvent(MeetingCalendar.ics(meeting("Lima", null), PAGE, Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(value(second, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(value(second, Property.DTSTAMP)).isEqualTo("20260201T000000Z");
        assertThat(second.getProperties(Property.DTSTAMP)).hasSize(1);
    }

    @Test
    void onlineMeetingNamesItsLinkAsLocation() throws Exception {
        VEvent event = parsedEvent(MeetingCalendar.ics(meeting(null, "https://meet.example/icsse-ga"), PAGE));

        assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example/icsse-ga");
        assertThat(URI.create(value(event, Property.URL))).isEqualTo(URI.create(PAGE));
    }

    @Test
    void hybridMeetingNamesVenueAndLink() throws Exception {
        VEvent event = parsedEvent(MeetingCalendar.ics(meeting("Lima", "https://meet.example/icsse-ga"), PAGE));

        assertThat(value(event, Property.LOCATION)).isEqualTo("Lima / https://meet.example/icsse-ga");
    }
}
