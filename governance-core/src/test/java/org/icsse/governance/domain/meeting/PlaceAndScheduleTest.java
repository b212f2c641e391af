package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.meeting.MeetingFixtures.T0;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlaceAndScheduleTest {

    @Test
    void aPlaceIsAVenueALinkOrBoth() {
        assertThat(new Place("Dakar", null).isOnline()).isFalse();
        assertThat(new Place(null, "https://meet.example.org/ga").isOnline()).isTrue();
        assertThat(new Place(" Dakar ", " http://meet.example.org ")).isEqualTo(new Place("Dakar", "http://meet.example.org"));
    }

    @Test
    void aPlaceNeedsAVenueOrALink() {
        assertInvalid(() -> new Place(null, null), "venue", "meeting.placeRequired");
        assertInvalid(() -> new Place(" ", "\t"), "venue", "meeting.placeRequired");
    }

    @Test
    void aVenueIsOneLineOfAtMostThreeHundredCharacters() {
        assertThat(new Place("v".repeat(300), null).venue()).hasSize(300);
        assertInvalid(() -> new Place("v".repeat(301), null), "venue", "value.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"meet.example.org/ga", "ftp://example.org/x", "mailto:chair@example.org", "https://",
            "https://exa mple.org", "javascript:alert(1)", "/relative/path", "http:///no-host"})
    void anOnlineLinkIsAnAbsoluteHttpOrHttpsUrlWithAHost(String link) {
        assertInvalid(() -> new Place(null, link), "onlineLink", "meeting.linkInvalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://meet.example.org/ga?pwd=x#y", "HTTP://EXAMPLE.ORG", "http://localhost:8080/room"})
    void httpAndHttpsLinksAreAccepted(String link) {
        assertThat(new Place(null, link).onlineLink()).isEqualTo(link);
    }

    @Test
    void anOnlineLinkHasAtMostFiveHundredCharacters() {
        String prefix = "https://example.org/";
        assertThat(new Place(null, prefix + "a".repeat(500 - prefix.length())).onlineLink()).hasSize(500);
        assertInvalid(() -> new Place(null, prefix + "a".repeat(501 - prefix.length())), "onlineLink", "value.tooLong");
    }

    @Test
    void theEndOfAScheduleComesAfterItsStart() {
        assertThat(new Schedule(T0, T0.plusSeconds(1)).end()).isEqualTo(T0.plusSeconds(1));
        assertInvalid(() -> new Schedule(T0, T0), "end", "meeting.endNotAfterStart");
        assertInvalid(() -> new Schedule(T0, T0.minusSeconds(1)), "end", "meeting.endNotAfterStart");
        assertInvalid(() -> new Schedule(null, T0), "start", "value.required");
        assertInvalid(() -> new Schedule(T0, null), "end", "value.required");
    }
}
