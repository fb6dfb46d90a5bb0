package london.loti.hub.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import london.loti.hub.accounts.AccountDirectory;
import london.loti.hub.accounts.Role;
import london.loti.hub.audit.Actor;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.notify.Message;
import london.loti.hub.notify.Notifier;
import london.loti.hub.web.Formats;
import london.loti.hub.web.SiteAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags each exemplar project that has gone more than 60 days without an update, once until its next update, and
 * asks its council (the editors and core representatives of the proposing council) for one by e-mail.
 */
@Component
public class ProjectUpdateFlags {

    private final ExemplarProjectQueries projects;
    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    ProjectUpdateFlags(ExemplarProjectQueries projects, JdbcClient jdbc, AccountDirectory accounts, Notifier notifier, AuditLog audit,
            Clock clock, SiteAddress site) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = site.base();
    }

    /** Runs on one node a day (ShedLock cannot lock a method that returns a primitive, so this returns nothing). */
    @Scheduled(cron = "0 20 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "programme-project-update-flags")
    @Transactional
    public void flagProjectsWithoutUpdates() {
        LocalDate today = LocalDate.now(clock);
        var due = projects.waitingForUpdate(today.minusDays(ExemplarProjectController.DAYS_WITHOUT_UPDATE + 1L));
        for (var project : due) {
            long days = project.daysSinceUpdate(today);
            Set<String> to = new LinkedHashSet<>();
            accounts.withRole(project.organisationId(), Role.EDITOR).forEach(a -> to.add(a.email()));
            accounts.withRole(project.organisationId(), Role.CORE_REPRESENTATIVE).forEach(a -> to.add(a.email()));
            for (String email : to) {
                notifier.send(new Message(email, "Update needed: " + project.title(), """
                        The exemplar project '%s' has had no update for %d days: the last was on %s.

                        Post an update with its phase, its RAG status and the reason for it:
                        %s/programme/projects/%s/updates/new
                        """.formatted(project.title(), days, Formats.date(project.lastUpdateOn()), baseUrl, project.slug())));
            }
            jdbc.sql("UPDATE exemplar_project SET stale_flagged_on = :today WHERE id = :id").param("today", today)
                    .param("id", project.id()).update();
            audit.record(new Change(Actor.SYSTEM, project.organisationId(), project.organisationName(), "exemplar-project",
                    project.slug(), "flagged", "Flagged '" + project.title() + "': no update for " + days + " days; asked "
                            + to.size() + (to.size() == 1 ? " person" : " people") + " at " + project.organisationName()
                            + " for one", null, Map.of("flaggedOn", today.toString(), "daysWithoutUpdate", days)));
        }
    }
}
