package london.loti.hub.search;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, after the demo data, indexes again every kind whose source changed shape ({@link
 * SearchSource#version()}) or whose number of records differs from what is indexed: reference data, demo data and
 * records loaded in bulk are then found too. One node at a time (an advisory lock), one transaction per kind.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SearchReindexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexer.class);

    private final List<SearchSource> sources;
    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SearchReindexer(List<SearchSource> sources, SearchIndex index, JdbcClient jdbc, TransactionTemplate transaction) {
        this.sources = sources;
        this.index = index;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SearchSource source : sources) {
            transaction.executeWithoutResult(status -> reindexIfStale(source));
        }
    }

    void reindexIfStale(SearchSource source) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('loti-search-reindex'))").query(Object.class).single();
        Optional<Integer> version = jdbc.sql("SELECT version FROM search_source_state WHERE kind = :kind")
                .param("kind", source.kind()).query(Integer.class).optional();
        long indexed = jdbc.sql("SELECT count(*) FROM search_document WHERE kind = :kind")
                .param("kind", source.kind()).query(Long.class).single();
        if (version.isPresent() && version.get() == source.version() && indexed == source.count()) {
            return;
        }
        reindex(source);
    }

    /** Indexes every record of the source again, in the caller's transaction. */
    int reindex(SearchSource source) {
        long started = System.nanoTime();
        int count;
        try (var documents = source.documents()) {
            count = index.replaceAll(source.kind(), documents);
        }
        jdbc.sql("""
                INSERT INTO search_source_state (kind, version, indexed_at) VALUES (:kind, :version, now())
                ON CONFLICT (kind) DO UPDATE SET version = excluded.version, indexed_at = excluded.indexed_at
                """).param("kind", source.kind()).param("version", source.version()).update();
        log.info("Search: indexed {} {} records in {} ms", count, source.kind(), (System.nanoTime() - started) / 1_000_000);
        return count;
    }
}
