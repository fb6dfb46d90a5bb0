package london.loti.hub.projects;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.AccountViewers;
import london.loti.hub.notify.Message;
import london.loti.hub.notify.Notifier;
import london.loti.hub.web.Formats;
import london.loti.hub.web.SiteAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every Monday morning, each follower gets one e-mail with what happened since their last digest (at most a week
 * back) in the projects they follow and may still see. Runs on one node (ShedLock); each follower in its own
 * transaction, so a failure for one does not stop the others or send anyone the same news twice.
 */
@Component
class ProjectDigest {

    private final JdbcClient jdbc;
    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final AccountViewers accounts;
    private final Notifier notifier;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    ProjectDigest(JdbcClient jdbc, ProjectQueries queries, ProjectAccess access, AccountViewers accounts, Notifier notifier, Clock clock,
            TransactionTemplate transaction, SiteAddress site) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
        this.transaction = transaction;
        this.baseUrl = site.base();
    }

    @Scheduled(cron = "0 0 7 * * MON", zone = "Europe/London")
    @SchedulerLock(name = "projects-weekly-digest", lockAtMostFor = "PT1H")
    public void sendDigests() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> followers = jdbc.sql("SELECT DISTINCT account_id FROM project_follower ORDER BY account_id")
                .query(Long.class).list();
        for (Long account : followers) {
            transaction.executeWithoutResult(status -> send(account, now));
        }
    }

    /** @return whether an e-mail went */
    boolean send(long accountId, OffsetDateTime now) {
        var follower = accounts.find(accountId);
        if (follower.isEmpty()) {
            return false;
        }
        OffsetDateTime weekAgo = now.minus(Duration.ofDays(7));
        OffsetDateTime after = jdbc.sql("SELECT sent_up_to FROM project_digest WHERE account_id = :a FOR UPDATE")
                .param("a", accountId).query(OffsetDateTime.class).optional()
                .filter(t -> t.isAfter(weekAgo)).orElse(weekAgo);
        var viewer = follower.get().viewer();
        var activity = access.named(queries.followedActivity(viewer, after, now), viewer);
        jdbc.sql("""
                INSERT INTO project_digest (account_id, sent_up_to) VALUES (:a, :now)
                ON CONFLICT (account_id) DO UPDATE SET sent_up_to = excluded.sent_up_to
                """).param("a", accountId).param("now", now).update();
        if (activity.isEmpty()) {
            return false;
        }
        notifier.send(new Message(follower.get().email(), "This week in the projects you follow", body(activity)));
        return true;
    }

    private String body(List<ProjectQueries.Activity> activity) {
        Map<Long, List<ProjectQueries.Activity>> byProject = new LinkedHashMap<>();
        activity.forEach(a -> byProject.computeIfAbsent(a.projectId(), k -> new java.util.ArrayList<>()).add(a));
        StringBuilder body = new StringBuilder("What happened this week in the projects you follow on LOTI Hub.\n");
        byProject.forEach((id, items) -> {
            body.append("\n").append(items.get(0).projectTitle()).append("\n").append(baseUrl).append("/projects/").append(id).append("\n");
            for (var item : items) {
                body.append("- ").append(Formats.dateTime(item.occurredAt())).append(", ").append(item.what())
                        .append(" by ").append(item.actorName()).append(": ").append(item.body()).append("\n");
            }
        });
        body.append("\nStop following a project on its page to stop hearing about it.\n");
        return body.toString();
    }
}
