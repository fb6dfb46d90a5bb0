package london.loti.hub.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At most {@value #ACCOUNT_LIMIT} password checks for an e-mail address, and {@value #ADDRESS_LIMIT} from a network
 * address, within {@link #WINDOW} of the first; after that, sign-in is refused until the window has passed.
 * <p>
 * Each attempt is counted before its password is checked, by one statement per key that adds it only while the
 * count is under the limit, so concurrent attempts queue on the key's row and cannot race past it. An attempt that
 * signs in clears its account's count but takes only itself off its address's count, so signing in to one's own
 * account does not buy more guesses at someone else's. Keys are hashed: no input can make the statement fail.
 * Kept in PostgreSQL, so every node agrees; times come from the application's clock.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** One key's count that an attempt added, in the window it was added to. */
    record Count(String key, OffsetDateTime windowStarted) {
    }

    /** An attempt that was counted and may check its password. */
    record Attempt(Count account, Count address) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts an attempt, or is empty when the account or the address has had its attempts for now. */
    Optional<Attempt> begin(String email, String address) {
        Optional<Count> account = count(accountKey(email), ACCOUNT_LIMIT);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Optional<Count> from = count(addressKey(address), ADDRESS_LIMIT);
        if (from.isEmpty()) {
            takeBack(account.get());
            return Optional.empty();
        }
        return Optional.of(new Attempt(account.get(), from.get()));
    }

    void succeeded(Attempt attempt) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE key = :key").param("key", attempt.account().key()).update();
        takeBack(attempt.address());
    }

    /** Forgets counts whose window has passed, on one node a night. */
    @Scheduled(cron = "0 17 3 * * *", zone = "Europe/London")
    @SchedulerLock(name = "sign-in-failures-purge")
    public void purge() {
        jdbc.sql("DELETE FROM sign_in_failure WHERE window_started <= :since")
                .param("since", OffsetDateTime.now(clock).minus(WINDOW)).update();
    }

    /** Adds one attempt unless the key is at its limit within the window; a passed window starts again at one. */
    private Optional<Count> count(String key, int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                INSERT INTO sign_in_failure AS f (key, window_started, attempts) VALUES (:key, :now, 1)
                ON CONFLICT (key) DO UPDATE
                   SET attempts = CASE WHEN f.window_started > :since THEN f.attempts + 1 ELSE 1 END,
                       window_started = CASE WHEN f.window_started > :since THEN f.window_started ELSE :now END
                 WHERE f.window_started <= :since OR f.attempts < :limit
                RETURNING window_started
                """)
                .param("key", key).param("now", now).param("since", now.minus(WINDOW)).param("limit", limit)
                .query(OffsetDateTime.class).optional()
                .map(started -> new Count(key, started));
    }

    private void takeBack(Count count) {
        jdbc.sql("""
                UPDATE sign_in_failure SET attempts = attempts - 1
                 WHERE key = :key AND window_started = :started AND attempts > 0
                """).param("key", count.key()).param("started", count.windowStarted()).update();
    }

    static String accountKey(String email) {
        return "account:" + ApiTokens.hash(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + ApiTokens.hash(address == null ? "" : address);
    }
}
