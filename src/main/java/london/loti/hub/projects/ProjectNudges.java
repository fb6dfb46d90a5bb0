package london.loti.hub.projects;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import london.loti.hub.accounts.AccountViewers;
import london.loti.hub.members.PersonDirectory;
import london.loti.hub.notify.Message;
import london.loti.hub.notify.Notifier;
import london.loti.hub.web.SiteAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers die when projects are added and forgotten. Every morning, a project that nobody has changed or
 * updated for 90 days asks its owner (or, without one, its organisation's editors) to update or close it — once
 * for each quiet spell: it asks again only after someone has touched the project and it has gone quiet again.
 * Runs on one node (ShedLock).
 */
@Component
class ProjectNudges {

    static final Duration QUIET = Duration.ofDays(90);

    private record Stale(long id, long organisationId, String title, Long ownerPersonId, OffsetDateTime lastActivityAt) {
    }

    private final JdbcClient jdbc;
    private final ProjectStore store;
    private final PersonDirectory people;
    private final AccountViewers accounts;
    private final Notifier notifier;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    ProjectNudges(JdbcClient jdbc, ProjectStore store, PersonDirectory people, AccountViewers accounts,
            Notifier notifier, Clock clock, TransactionTemplate transaction,
            SiteAddress site) {
        this.jdbc = jdbc;
        this.store = store;
        this.people = people;
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
        this.transaction = transaction;
        this.baseUrl = site.base();
    }

    @Scheduled(cron = "0 30 8 * * *", zone = "Europe/London")
    @SchedulerLock(name = "projects-stale-nudge", lockAtMostFor = "PT30M")
    public void nudgeOwners() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Stale> stale = jdbc.sql("""
                SELECT id, organisation_id, title, owner_person_id, last_activity_at FROM project
                 WHERE phase <> 'RETIRED' AND last_activity_at < :quietSince
                   AND (nudged_at IS NULL OR nudged_at < last_activity_at)
                 ORDER BY last_activity_at, id LIMIT 1000
                """).param("quietSince", now.minus(QUIET)).query(Stale.class).list();
        for (Stale project : stale) {
            transaction.executeWithoutResult(status -> nudge(project, now));
        }
    }

    private void nudge(Stale project, OffsetDateTime now) {
        List<String> to = people.find(project.ownerPersonId() == null ? -1L : project.ownerPersonId())
                .map(PersonDirectory.PersonRef::email).filter(e -> e != null && !e.isBlank()).map(List::of)
                .orElseGet(() -> accounts.editorEmails(project.organisationId()));
        for (String recipient : to) {
            notifier.send(new Message(recipient, "Update or close: " + project.title(), """
                    Nobody has updated '%s' on LOTI Hub for %d days.

                    Others find partners and reuse work through the register, so it helps them to know where it stands.
                    Write a short status update, or close the project if it has finished or stopped:
                    %s/projects/%d
                    """.formatted(project.title(), Duration.between(project.lastActivityAt(), now).toDays(), baseUrl,
                    project.id())));
        }
        store.nudged(project.id(), now);
    }
}
