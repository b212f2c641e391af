package org.icsse.governance.application.ballot;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.ballot.Ballot;
import org.icsse.governance.domain.ballot.Ballots;
import org.icsse.governance.domain.ballot.Elector;
import org.icsse.governance.domain.ballot.Reminder;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.motion.Amendment;
import org.icsse.governance.domain.motion.Motion;
import org.icsse.governance.domain.motion.Motions;
import org.icsse.governance.domain.motion.Proposal;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.infrastructure.config.Settings;
import org.icsse.governance.infrastructure.mail.Mailer;

/**
 * Reminds the delegates of the networks that have not voted on a remote ballot, a set time before its deadline
 * ({@code GOVERNANCE_REMINDER_LEAD}, 24 hours by default): one e-mail to each delegate with an address, in the
 * delegate's language, with the deadline in the delegate's time zone — once per ballot and network.
 * <p>
 * Once: the network's row of the electorate is locked while its reminder is sent and recorded, so two servers
 * reminding at once take turns and the second finds the reminder recorded. A network that votes meanwhile is
 * not reminded. If the mail server refuses a message the reminder is not recorded and the next run tries again
 * (a delegate whose mail had gone out before the refusal may then receive it twice — the one case of a repeat).
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
    private static final String MESSAGES = "org.icsse.governance.application.ballot.reminder";

    @Inject
    Ballots ballots;

    @Inject
    Motions motions;

    @Inject
    Bodies bodies;

    @Inject
    MemberNetworks networks;

    @Inject
    UserAccounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The networks to remind now; none while no mail server is configured. */
    @RequiresRole(Role.SECRETARIAT)
    public List<ReminderDue> due() {
        if (!mailer.configured()) {
            LOG.info("No SMTP server configured (GOVERNANCE_SMTP_HOST): no ballot reminders are sent");
            return List.of();
        }
        Instant now = clock.instant();
        return ballots.awaitingReminder(now, now.plus(Settings.reminderLead())).stream()
                .map(e -> new ReminderDue(e.ballotId(), e.networkId())).toList();
    }

    /**
     * Reminds the delegates of a network about a ballot, unless it has voted, was reminded already, or the ballot
     * is no longer open.
     *
     * @return how many delegates were mailed, or empty when nothing was due
     */
    @RequiresRole(Role.SECRETARIAT)
    public Optional<Integer> remind(long ballotId, long networkId) {
        Optional<Elector> elector = ballots.findElectorForVote(ballotId, networkId);
        if (elector.isEmpty() || elector.get().hasVoted() || ballots.findReminder(ballotId, networkId).isPresent()) {
            return Optional.empty();
        }
        Ballot ballot = ballots.getById(ballotId);
        Instant now = clock.instant();
        if (!ballot.isOpen() || ballot.closesAt().map(deadline -> !deadline.isAfter(now)).orElse(true)) {
            return Optional.empty();
        }
        Proposal proposal = motions.getById(ballot.motionId());
        MemberNetwork network = networks.getById(networkId);
        String bodyName = bodies.getById(ballot.bodyId()).name();
        int sent = 0;
        for (UserAccount delegate : accounts.findDelegatesOf(networkId)) {
            if (delegate.email() == null) {
                continue;
            }
            Locale locale = delegate.language().locale();
            // no fallback to the server's own locale: a delegate reading English gets the base (English) texts
            ResourceBundle texts = ResourceBundle.getBundle(MESSAGES, locale, ReminderService.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            String deadline = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(ballot.closesAt().orElseThrow().atZone(delegate.timeZone()));
            Object[] arguments = {delegate.displayName(), network.acronym().value(), String.valueOf(proposal.number()),
                    titleOf(proposal), bodyName, deadline, delegate.timeZone().getId(),
                    Settings.publicUrl() + "/ballots/vote.xhtml"};
            mailer.send(delegate.email().value(), new MessageFormat(texts.getString("reminder.subject"), locale).format(arguments),
                    new MessageFormat(texts.getString("reminder.body"), locale).format(arguments));
            sent++;
        }
        ballots.addReminder(new Reminder(ballotId, networkId, now, sent));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("networkId", networkId);
        after.put("recipients", sent);
        audit.record("ballot.reminded", "ballot", ballotId, null, after);
        return Optional.of(sent);
    }

    private static String titleOf(Proposal proposal) {
        return proposal instanceof Motion m ? m.title() : ((Amendment) proposal).title();
    }
}
