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
 * LOTI Hub started on A's PostgreSQL through SPRING_DATASOURCE_URL, as production runs on an external one.
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
                    "server.port=0", "management.server.port=",
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
        jdbc.sql("INSERT INTO sign_in_failure (key, failed_at) VALUES ('email:old@x.example', now() - interval '1 day')").update();
        LockProvider locksOfB = nodeB.getBean(LockProvider.class);
        SimpleLock heldByB = locksOfB.lock(new LockConfiguration(Instant.now(), "sign-in-failures-purge",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        throttleA.purge();
        assertThat(oldFailures()).as("node A skips the job while node B holds its lock").isEqualTo(1);
        heldByB.unlock();
        throttleA.purge();
        assertThat(oldFailures()).as("node A runs the job once the lock is free").isZero();
    }

    private long oldFailures() {
        return jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE key = 'email:old@x.example'").query(Long.class).single();
    }
}
