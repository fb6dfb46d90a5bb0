package london.loti.hub.accounts;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import london.loti.hub.LotiHubApplication;
import london.loti.hub.support.Browserless;
import london.loti.hub.support.IntegrationTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database, as behind a load balancer: the test's application is node A; node B is a second
 * LOTI Hub started on A's PostgreSQL through SPRING_DATASOURCE_URL, as production runs on an external one. Node B
 * trusts the loopback address as its proxy (LOTI_TRUSTED_PROXIES), as a node behind a load balancer would.
 */
class TwoNodesIT extends IntegrationTest {

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    SignInThrottle throttleA;

    @BeforeEach
    void startNodeB() {
        if (nodeB == null) {
            nodeB = new SpringApplicationBuilder(LotiHubApplication.class).properties(
                    "spring.datasource.url=" + dataSource.getJdbcUrl(),
                    "spring.datasource.username=" + dataSource.getUsername(),
                    "spring.datasource.password=" + dataSource.getPassword(),
                    "spring.datasource.hikari.maximum-pool-size=4",
                    "server.port=0", "management.server.port=", "LOTI_TRUSTED_PROXIES=127.0.0.1, ::1",
                    "logging.level.root=WARN").run();
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void aSignInOnOneNodeIsRecognisedByTheOther() {
        int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        Browserless onA = new Browserless(portA);
        onA.signIn("editor@camden.example", demoPassword());
        assertThat(onA.get("/").body()).contains("Signed in as editor@camden.example");
        Browserless onB = onA.onPort(portB);
        assertThat(onB.get("/organisations/camden").body()).contains("Signed in as editor@camden.example", "API tokens");
        onB.post("/sign-out", java.util.Map.of());
        assertThat(onA.get("/").body()).doesNotContain("Signed in as");
    }

    /**
     * On node B, whose filter chain no MockMvc test has touched (Spring Security's test helpers replace parts of
     * node A's), a visitor reading pages gets no session: nothing is written to PostgreSQL for them.
     */
    @Test
    void aVisitorReadingPagesGetsNoSession() {
        int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        Browserless visitor = new Browserless(portB);
        visitor.get("/");
        visitor.get("/organisations");
        visitor.get("/organisations/camden");
        visitor.get("/sign-in");
        assertThat(visitor.sessionCookie()).isNull();
    }

    @Test
    void aScheduledJobRunsOnOneNodeAtATime() {
        jdbc.sql("""
                INSERT INTO sign_in_failure (key, window_started, attempts) VALUES ('account:old', now() - interval '1 day', 3)
                """).update();
        LockProvider locksOfB = nodeB.getBean(LockProvider.class);
        SimpleLock heldByB = locksOfB.lock(new LockConfiguration(Instant.now(), "sign-in-failures-purge",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        throttleA.purge();
        assertThat(oldFailures()).as("node A skips the job while node B holds its lock").isEqualTo(1);
        heldByB.unlock();
        throttleA.purge();
        assertThat(oldFailures()).as("node A runs the job once the lock is free").isZero();
    }

    /** Node A trusts no proxy (the default), so only node B counts failures by the address in X-Forwarded-For. */
    @Test
    void aTrustedProxysForwardedForAddressIsTheOneThrottled() {
        int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        Browserless client = new Browserless(portB);
        try {
            for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
                assertThat(signInFrom(client, "203.0.113.7", "someone" + i + "@nowhere.example", "wrong").body())
                        .contains(SignInHandlers.NOT_RECOGNISED);
            }
            assertThat(signInFrom(client, "198.51.100.1, 203.0.113.7", "member@camden.example", demoPassword()).body())
                    .as("the address the proxy saw is the client's; what the client wrote before it is not believed")
                    .contains(SignInHandlers.REFUSED);
            assertThat(signInFrom(client, "203.0.113.8", "member@camden.example", demoPassword()).status())
                    .as("another client behind the same proxy signs in").isEqualTo(302);
            assertThat(jdbc.sql("SELECT attempts FROM sign_in_failure WHERE key = :key")
                    .param("key", SignInThrottle.addressKey("203.0.113.7")).query(Integer.class).single())
                    .isEqualTo(SignInThrottle.ADDRESS_LIMIT);
        } finally {
            jdbc.sql("DELETE FROM sign_in_failure").update();
        }
    }

    private static Browserless.Page signInFrom(Browserless client, String forwardedFor, String email, String password) {
        client.get("/sign-in");
        return client.postRaw("/sign-in", java.util.Map.of("email", email, "password", password,
                "_csrf", client.csrfToken()), java.util.Map.of("X-Forwarded-For", forwardedFor));
    }

    private long oldFailures() {
        return jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE key = 'account:old'").query(Long.class).single();
    }
}
