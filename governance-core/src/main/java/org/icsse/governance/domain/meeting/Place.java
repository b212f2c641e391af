package org.icsse.governance.domain.meeting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * Where a meeting sits: a venue, an online link (an absolute http or https URL with a host), or both;
 * at least one of them. Blank parts are absent ({@code null}).
 */
public record Place(String venue, String onlineLink) {

    public static final int VENUE_MAX = 300;
    public static final int LINK_MAX = 500;

    public Place {
        String givenVenue = venue;
        String givenLink = onlineLink;
        Violations violations = new Violations();
        String checkedVenue = violations.check(() -> Texts.optionalLine("venue", givenVenue, VENUE_MAX));
        String checkedLink = violations.check(() -> checkLink(givenLink));
        violations.throwIfAny();
        if (checkedVenue == null && checkedLink == null) {
            throw new InvalidValueException("venue", "meeting.placeRequired");
        }
        venue = checkedVenue;
        onlineLink = checkedLink;
    }

    private static String checkLink(String link) {
        String line = Texts.optionalLine("onlineLink", link, LINK_MAX);
        if (line == null) {
            return null;
        }
        try {
            URI uri = new URI(line);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidValueException("onlineLink", "meeting.linkInvalid");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("onlineLink", "meeting.linkInvalid");
        }
        return line;
    }

    public boolean isOnline() {
        return onlineLink != null;
    }
}
