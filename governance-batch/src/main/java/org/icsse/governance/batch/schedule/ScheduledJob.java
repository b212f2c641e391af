package org.icsse.governance.batch.schedule;

import java.time.Duration;

import org.icsse.governance.batch.archivemeetings.ArchiveMeetingsJob;
import org.icsse.governance.batch.ballotreminders.BallotRemindersJob;
import org.icsse.governance.batch.closeballots.CloseBallotsJob;
import org.icsse.governance.batch.tokens.PurgeExpiredTokensJob;
import org.icsse.governance.infrastructure.config.Settings;

/** The jobs that run on a schedule, and how often (each period a setting; the README lists them). */
public enum ScheduledJob {

    /** Remote ballots past their deadline are closed within a minute ({@code GOVERNANCE_CLOSE_BALLOTS_EVERY}). */
    CLOSE_BALLOTS(CloseBallotsJob.NAME, "governance.close-ballots.every", Duration.ofMinutes(1)),
    /** Reminders go out within 15 minutes of entering the lead time ({@code GOVERNANCE_BALLOT_REMINDERS_EVERY}). */
    BALLOT_REMINDERS(BallotRemindersJob.NAME, "governance.ballot-reminders.every", Duration.ofMinutes(15)),
    /** Approved minutes are sealed within the hour ({@code GOVERNANCE_ARCHIVE_MEETINGS_EVERY}). */
    ARCHIVE_MEETINGS(ArchiveMeetingsJob.NAME, "governance.archive-meetings.every", Duration.ofHours(1)),
    /** Expired API tokens are forgotten hourly ({@code GOVERNANCE_PURGE_EXPIRED_TOKENS_EVERY}). */
    PURGE_EXPIRED_TOKENS(PurgeExpiredTokensJob.NAME, "governance.purge-expired-tokens.every", Duration.ofHours(1));

    private static final Duration SHORTEST = Duration.ofSeconds(10);

    private final String jobName;
    private final String setting;
    private final Duration fallback;

    ScheduledJob(String jobName, String setting, Duration fallback) {
        this.jobName = jobName;
        this.setting = setting;
        this.fallback = fallback;
    }

    public String jobName() {
        return jobName;
    }

    /** The period configured, or the default; at least ten seconds. */
    public Duration period() {
        return Settings.duration(setting, fallback, SHORTEST);
    }
}
