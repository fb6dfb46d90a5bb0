package london.loti.hub.support;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * LOTI Hub as a council's admin first starts it: no demo data, only the reference data and the admin that
 * {@code LOTI_ADMIN_EMAIL} and {@code LOTI_ADMIN_PASSWORD} create. One context for every test that extends this
 * (each context starts its own PostgreSQL), separate from {@link IntegrationTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class EmptyIntegrationTest {

    public static final String ADMIN_EMAIL = "first.admin@loti.example";
    public static final String ADMIN_PASSWORD = "Quartz-lantern-Velvet-harbour-2719";

    static final Path DATA_DIR = Path.of(System.getProperty("java.io.tmpdir"), "loti-hub-empty-test-" + UUID.randomUUID());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("LOTI_DATA_DIR", DATA_DIR::toString);
        registry.add("LOTI_DEMO", () -> "");
        registry.add("LOTI_ADMIN_EMAIL", () -> ADMIN_EMAIL);
        registry.add("LOTI_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
        registry.add("LOTI_BASE_URL", () -> "http://localhost:8080");
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;
}
