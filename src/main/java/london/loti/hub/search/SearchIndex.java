package london.loti.hub.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import london.loti.hub.accounts.Visibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search documents. Modules call {@link #put} and {@link #remove} inside the transaction that changes
 * their record, so the change and what search finds commit together: a saved record is found by the next search.
 */
@Service
public class SearchIndex {

    /** Long texts are cut here: a PostgreSQL text vector holds at most 1 MB, and nobody reads that far. */
    static final int MAX_TEXT = 100_000;
    private static final int BATCH = 500;
    /**
     * After writing this many documents at once, the GIN indexes' pending lists are merged and the table analysed
     * rather than left to autovacuum: until it came, searches on the national benchmark's data took twice as long.
     */
    static final int SETTLE_AFTER = 5_000;

    private static final String UPSERT = """
            INSERT INTO search_document (kind, record_id, organisation_id, organisation_name, visibility, title, summary,
                                         body, url, phase, tags, indexed_at)
            VALUES (:kind, :recordId, :organisationId, :organisationName, :visibility, :title, :summary, :body, :url,
                    :phase, CAST(:tags AS text[]), now())
            ON CONFLICT (kind, record_id) DO UPDATE SET organisation_id = excluded.organisation_id,
                organisation_name = excluded.organisation_name, visibility = excluded.visibility, title = excluded.title,
                summary = excluded.summary, body = excluded.body, url = excluded.url, phase = excluded.phase,
                tags = excluded.tags, indexed_at = excluded.indexed_at
            """;

    /** The words of a text: letters and digits, accents folded, 3 to 30 long, not only digits. */
    static final String WORDS_OF = """
            regexp_split_to_table(lower(unaccent(%s)), '[^[:alnum:]]+') AS word
            """;
    static final String IS_WORD = "length(word) BETWEEN 3 AND 30 AND word !~ '^[0-9]+$'";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Adds or replaces the document of a record. */
    @Transactional
    public void put(SearchDocument document) {
        named.update(UPSERT, parameters(document));
        addWords(List.of(document));
    }

    /** Removes the document of a record, if there is one. */
    @Transactional
    public void remove(String kind, String recordId) {
        jdbc.sql("DELETE FROM search_document WHERE kind = :kind AND record_id = :id")
                .param("kind", kind).param("id", recordId).update();
    }

    /** Indexes every record of a kind again, in the caller's transaction. */
    @Transactional
    public int replaceAll(String kind, Stream<SearchDocument> documents) {
        jdbc.sql("DELETE FROM search_document WHERE kind = :kind").param("kind", kind).update();
        return settled(putAll(kind, null, documents));
    }

    /**
     * Indexes again every record of a kind that belongs to one organisation (after a bulk change such as an
     * import), in the caller's transaction: its documents not in the stream are removed.
     */
    @Transactional
    public int replaceOrganisation(String kind, long organisationId, Stream<SearchDocument> documents) {
        jdbc.sql("DELETE FROM search_document WHERE kind = :kind AND organisation_id = :organisation")
                .param("kind", kind).param("organisation", organisationId).update();
        return settled(putAll(kind, organisationId, documents));
    }

    private int settled(int written) {
        if (written >= SETTLE_AFTER) {
            jdbc.sql("""
                    SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i
                      JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                     WHERE i.indrelid = CAST('search_document' AS regclass) AND a.amname = 'gin'
                    """).query().listOfRows();
            jdbc.sql("ANALYZE search_document").update();
        }
        return written;
    }

    private int putAll(String kind, Long organisationId, Stream<SearchDocument> documents) {
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        int[] total = {0};
        documents.forEach(document -> {
            if (!document.kind().equals(kind)) {
                throw new IllegalArgumentException("A " + kind + " source gave a " + document.kind() + " document");
            }
            if (organisationId != null && !organisationId.equals(document.organisationId())) {
                throw new IllegalArgumentException("A document of organisation " + document.organisationId()
                        + " among those of organisation " + organisationId);
            }
            batch.add(document);
            if (batch.size() == BATCH) {
                total[0] += flush(batch);
            }
        });
        total[0] += flush(batch);
        return total[0];
    }

    private int flush(List<SearchDocument> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int n = named.batchUpdate(UPSERT, batch.stream().map(SearchIndex::parameters).toArray(MapSqlParameterSource[]::new)).length;
        addWords(batch);
        batch.clear();
        return n;
    }

    /**
     * Adds the words of the documents to the vocabulary that corrects misspellings, a batch at a time (from all of
     * a large kind at once it took longer than a statement may), leaving out documents of one organisation only.
     */
    private void addWords(List<SearchDocument> documents) {
        List<SearchDocument> shared = documents.stream().filter(d -> d.visibility() != Visibility.ORGANISATION).toList();
        if (shared.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO search_word (word, level)
                SELECT word, min(t.level) FROM unnest(CAST(:texts AS text[]), CAST(:levels AS int[])) AS t(text, level), %s
                 WHERE %s GROUP BY word ORDER BY word
                ON CONFLICT (word) DO UPDATE SET level = excluded.level WHERE search_word.level > excluded.level
                """.formatted(WORDS_OF.formatted("t.text"), IS_WORD))
                .param("texts", shared.stream().map(d -> cut(d.title() + " " + d.summary() + " " + d.body())).toArray(String[]::new))
                .param("levels", shared.stream().map(d -> level(d.visibility())).toArray(Integer[]::new))
                .update();
    }

    static int level(Visibility visibility) {
        return visibility == Visibility.PUBLIC ? 0 : 1;
    }

    private static MapSqlParameterSource parameters(SearchDocument d) {
        return new MapSqlParameterSource()
                .addValue("kind", d.kind()).addValue("recordId", d.recordId())
                .addValue("organisationId", d.organisationId()).addValue("organisationName", d.organisationName())
                .addValue("visibility", d.visibility().name()).addValue("title", cut(d.title()))
                .addValue("summary", cut(d.summary())).addValue("body", cut(d.body())).addValue("url", d.url())
                .addValue("phase", d.phase())
                .addValue("tags", d.tags().stream().map(t -> t.strip().toLowerCase()).distinct().toArray(String[]::new));
    }

    private static String cut(String text) {
        String clean = text.replace('\u0000', ' ');
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT);
    }
}
