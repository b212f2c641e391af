package org.icsse.governance.application.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reminder e-mail reads in each language of the application, every argument in its place. */
class ReminderTextsTest {

    private static final Object[] ARGUMENTS = {"Awa Diop", "RAESS", "12", "Solidarity fund", "General Assembly",
            "4 December 2026, 10:00", "Africa/Dakar", "https://governance.icsse.org/ballots/vote.xhtml"};

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void theReminderNamesTheNetworkTheMotionTheDeadlineAndTheVotingPage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = ResourceBundle.getBundle("org.icsse.governance.application.ballot.reminder", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));

        String subject = new MessageFormat(texts.getString("reminder.subject"), locale).format(ARGUMENTS);
        String body = new MessageFormat(texts.getString("reminder.body"), locale).format(ARGUMENTS);

        assertThat(subject).contains("RAESS", "12").doesNotContain("{", "}");
        assertThat(body).contains("Awa Diop", "RAESS", "Solidarity fund", "General Assembly", "4 December 2026, 10:00",
                "Africa/Dakar", "https://governance.icsse.org/ballots/vote.xhtml").doesNotContain("{", "}", "''");
        if (!language.equals("en")) {
            assertThat(body).as("translated").doesNotContain("has not voted yet");
        }
    }
}
