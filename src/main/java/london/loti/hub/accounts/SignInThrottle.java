package london.loti.hub.accounts;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After {@value #LIMIT} failed sign-ins for an e-mail address or from a network address within {@link #WINDOW},
 * sign-in is refused for both until the window has passed. Kept in PostgreSQL, so every node agrees.
 */
@Component
class SignInThrottle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isRefused(String email, String address) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE key = :email) >= :limit OR count(*) FILTER (WHERE key = :address) >= :limit
                  FROM sign_in_failure
                 WHERE key IN (:email, :address) AND failed_at > now() - CAST(:window AS interval)
                """)
                .param("email", emailKey(email)).param("address", addressKey(address))
                .param("limit", LIMIT).param("window", WINDOW.toMinutes() + " minutes")
                .query(Boolean.class).single();
    }

    void recordFailure(String email, String address) {
        jdbc.sql("INSERT INTO sign_in_failure (key) VALUES (:email), (:address)")
                .param("email", emailKey(email)).param("address", addressKey(address)).update();
    }

    void clear(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE key = :email").param("email", emailKey(email)).update();
    }

    /** Forgets failures older than the window, on one node a night. */
    @Scheduled(cron = "0 17 3 * * *", zone = "Europe/London")
    @SchedulerLock(name = "sign-in-failures-purge")
    public void purge() {
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < now() - CAST(:window AS interval)")
                .param("window", WINDOW.toMinutes() + " minutes").update();
    }

    private static String emailKey(String email) {
        return "email:" + (email == null ? "" : email.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
