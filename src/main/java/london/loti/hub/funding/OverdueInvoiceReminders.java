package london.loti.hub.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import london.loti.hub.audit.Actor;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.notify.Message;
import london.loti.hub.notify.Notifier;
import london.loti.hub.web.Formats;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reminds the billing contact of each overdue invoice, then again every {@code LOTI_INVOICE_REMINDER_DAYS} days. */
@Component
public class OverdueInvoiceReminders {

    private final FundingQueries queries;
    private final JdbcClient jdbc;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final int every;

    OverdueInvoiceReminders(FundingQueries queries, JdbcClient jdbc, Notifier notifier, AuditLog audit, Clock clock,
            @Value("${LOTI_INVOICE_REMINDER_DAYS:14}") int every) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.every = every;
    }

    /** Runs {@link #sendReminders()} on one node a day. */
    @Scheduled(cron = "0 10 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "funding-overdue-invoice-reminders")
    @Transactional
    public void remindDaily() {
        sendReminders();
    }

    /** Sends the reminders due today; returns how many. */
    @Transactional
    public int sendReminders() {
        LocalDate today = LocalDate.now(clock);
        var due = queries.dueForReminder(today, every);
        for (var invoice : due) {
            notifier.send(new Message(invoice.billingEmail(), "Overdue: LOTI invoice " + invoice.reference(), """
                    Invoice %s to %s for %s (%s, %s) was due on %s. %s is still owed.

                    If you have paid it, thank you: tell the LOTI team when and how, so that we can match the payment.
                    """.formatted(invoice.reference(), invoice.organisationName(), Money.format(invoice.amount()),
                    invoice.description(), invoice.year(), Formats.date(invoice.dueOn()), Money.format(invoice.owed()))));
            jdbc.sql("UPDATE invoice SET last_reminded_on = :today WHERE id = :id").param("today", today)
                    .param("id", invoice.id()).update();
            audit.record(new Change(Actor.SYSTEM, invoice.organisationId(), invoice.organisationName(), "invoice",
                    String.valueOf(invoice.id()), "reminded", "Reminded " + invoice.billingEmail() + " that "
                            + invoice.reference() + " is overdue", null, Map.of("remindedOn", today.toString())));
        }
        return due.size();
    }
}
