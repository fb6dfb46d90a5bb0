package london.loti.hub.support;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one application context every integration test shares: LOTI Hub on its own embedded PostgreSQL with the
 * real migrations and the London demo data, served on a random port for the browser and through MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    /** Under the temporary directory, which PostgreSQL's user can enter even when the tests run as root. */
    static final Path DATA_DIR = Path.of(System.getProperty("java.io.tmpdir"), "loti-hub-test-" + UUID.randomUUID());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("LOTI_DATA_DIR", DATA_DIR::toString);
        registry.add("LOTI_DEMO", () -> "london");
        registry.add("LOTI_BASE_URL", () -> "http://localhost:8080");
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    /** Moves 'now' for the application; reset it after the test. */
    @Autowired
    protected TestClock clock;

    /** The password of every demo account, as the sign-in page shows it in demo mode. */
    protected String demoPassword() {
        return jdbc.sql("SELECT password FROM demo_sign_in LIMIT 1").query(String.class).single();
    }
}
