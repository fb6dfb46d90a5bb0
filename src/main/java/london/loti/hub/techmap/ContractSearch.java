package london.loti.hub.techmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.search.SearchDocument;
import london.loti.hub.search.SearchIndex;
import london.loti.hub.search.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contracts in search: title, description, product, vendor, supplier, service area and end date, each with the
 * contract's own visibility — and never a value, whatever the values' visibility. A change of a few contracts (a
 * form, an API batch, a small register) is indexed in its own transaction, so the next search finds it; a large
 * import is indexed after it commits, in the background, one council at a time, so that the import is not kept
 * waiting.
 */
@Component
class ContractSearch implements SearchSource, DisposableBean {

    static final String KIND = "contract";
    /** Changes of up to this many contracts are indexed before the change commits. */
    static final int INDEX_AT_ONCE = 2_000;

    private static final Logger log = LoggerFactory.getLogger(ContractSearch.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String DOCUMENTS = """
            SELECT c.id, c.organisation_id, o.name AS organisation, c.visibility, c.reference, c.title, c.description,
                   c.department, a.name AS service_area, p.name AS product, p.vendor, s.name AS supplier, c.end_date
              FROM tech_contract c JOIN organisation o ON o.id = c.organisation_id
              JOIN service_area a ON a.code = c.service_area
              LEFT JOIN tech_product p ON p.id = c.product_id LEFT JOIN tech_supplier s ON s.id = c.supplier_id
            """;

    private final JdbcClient jdbc;
    /** Reads contracts 1,000 rows at a time (a cursor, inside the indexer's transaction). */
    private final JdbcClient streaming;
    private final SearchIndex index;
    private final TransactionTemplate transaction;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "contract-search");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<?> latest = CompletableFuture.completedFuture(null);
    private volatile boolean held;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

    ContractSearch(JdbcClient jdbc, DataSource dataSource, SearchIndex index, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(1_000);
        this.streaming = JdbcClient.create(template);
        this.index = index;
        this.transaction = transaction;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Contract";
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM tech_contract").query(Long.class).single();
    }

    @Override
    public Stream<SearchDocument> documents() {
        return streaming.sql(DOCUMENTS + " ORDER BY c.id").query(ContractSearch::document).stream();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void indexSmallChange(ContractsChanged change) {
        if (changed(change) > 0 && changed(change) <= INDEX_AT_ONCE) {
            reindex(change.organisationId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void indexLargeChange(ContractsChanged change) {
        if (changed(change) > INDEX_AT_ONCE) {
            if (held) {
                waiting.add(change.organisationId());
            } else {
                indexInBackground(change.organisationId());
            }
        }
    }

    /** Waits until contracts changed in bulk are indexed (for tests and the benchmark). */
    void awaitIndexed() throws Exception {
        latest.get();
    }

    /**
     * Holds back the indexing of large changes until {@link #release()}: for the benchmark, whose timed import
     * rounds must not overlap the indexing of the round before.
     */
    void hold() {
        held = true;
    }

    /** Indexes, in the background, the councils whose large changes were held back. */
    void release() {
        held = false;
        waiting.forEach(this::indexInBackground);
        waiting.clear();
    }

    /** Indexes a council's contracts again now, in the caller's thread: the benchmark times it. */
    void indexNow(long organisationId) {
        transaction.executeWithoutResult(status -> reindex(organisationId));
    }

    private void indexInBackground(long organisationId) {
        latest = background.submit(() -> {
            try {
                indexNow(organisationId);
            } catch (RuntimeException e) {
                log.error("Search: contracts of organisation {} not indexed again", organisationId, e);
            }
        });
    }

    private void reindex(long organisationId) {
        try (var documents = streaming.sql(DOCUMENTS + " WHERE c.organisation_id = :organisation ORDER BY c.id")
                .param("organisation", organisationId).query(ContractSearch::document).stream()) {
            int count = index.replaceOrganisation(KIND, organisationId, documents);
            log.debug("Search: indexed {} contracts of organisation {}", count, organisationId);
        }
    }

    private static int changed(ContractsChanged change) {
        return change.created() + change.updated();
    }

    private static SearchDocument document(ResultSet rs, int row) throws SQLException {
        String product = rs.getString("product");
        String supplier = rs.getString("supplier");
        LocalDate end = rs.getObject("end_date", LocalDate.class);
        StringBuilder summary = new StringBuilder(rs.getString("service_area"));
        if (product != null) {
            summary.append(" · ").append(product);
        }
        if (supplier != null) {
            summary.append(" · ").append(supplier);
        }
        if (end != null) {
            summary.append(" · ends ").append(DATE.format(end));
        }
        String body = String.join("\n", rs.getString("description"), rs.getString("reference"),
                rs.getString("department"), nonNull(rs.getString("vendor")));
        long id = rs.getLong("id");
        return new SearchDocument(KIND, String.valueOf(id), rs.getLong("organisation_id"), rs.getString("organisation"),
                Visibility.valueOf(rs.getString("visibility")), rs.getString("title"), summary.toString(), body,
                "/techmap/contracts/" + id, null, List.of());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
