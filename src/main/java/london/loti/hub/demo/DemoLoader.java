package london.loti.hub.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo dataset named by {@code LOTI_DEMO} at start-up: each part once. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final String dataset;
    private final List<DemoData> parts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoLoader(@Value("${LOTI_DEMO:}") String dataset, List<DemoData> parts, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.dataset = dataset.strip();
        this.parts = parts.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        if (!this.dataset.isEmpty() && !"london".equals(this.dataset)) {
            throw new IllegalStateException("LOTI_DEMO must be 'london' or empty, not '" + this.dataset + "'");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (dataset.isEmpty()) {
            return;
        }
        for (DemoData part : parts) {
            transaction.executeWithoutResult(status -> {
                int claimed = jdbc.sql("INSERT INTO demo_load (name) VALUES (:name) ON CONFLICT DO NOTHING")
                        .param("name", part.name()).update();
                if (claimed == 1) {
                    log.info("Loading demo data: {}", part.name());
                    part.load();
                }
            });
        }
    }
}
