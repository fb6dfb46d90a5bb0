package london.loti.hub.search;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import london.loti.hub.accounts.Visibility;

/**
 * The SQL of the search query path, in one place (the benchmark runs the same statements, and the same forced to
 * a sequential scan).
 *
 * <p>Why it is shaped so: over a million short titles, ranking every match of a word that one row in ten contains
 * took 60 ms, and trigram similarity against whole titles 1.5 s. So matches are found through the GIN indexes,
 * at most {@code :cap} matches are ranked (title matches first, so the best are never left out), and misspellings
 * are corrected against single words of the vocabulary. Matches are read tier by tier (see V202__search_tiers.sql),
 * so that a common word's candidates come from the smallest tier's index instead of a bitmap of every match.
 */
final class SearchSql {

    private SearchSql() {
    }

    /** For each query word: null when it is in the vocabulary, else the most similar word that is (or null). */
    static final String CORRECT_WORDS = """
            SELECT t.word,
                   CASE WHEN EXISTS (SELECT 1 FROM search_word w WHERE w.word = t.word AND w.level <= :level) THEN NULL
                        ELSE (SELECT w.word FROM search_word w
                               WHERE w.word % t.word AND w.level <= :level
                               ORDER BY similarity(w.word, t.word) DESC, length(w.word), w.word LIMIT 1)
                   END AS suggestion
              FROM unnest(CAST(:words AS text[])) AS t(word)
            """;

    private static final String FILTER = Visibility.sqlFilter("d.visibility", "d.organisation_id") + """
             AND (CAST(:kind AS text) IS NULL OR d.kind = :kind)
             AND (CAST(:organisation AS bigint) IS NULL OR d.organisation_id = :organisation)
             AND (CAST(:phase AS text) IS NULL OR lower(d.phase) = lower(:phase))
             AND (CAST(:tag AS text) IS NULL OR d.tags @> ARRAY[CAST(:tag AS text)])
            """;

    /**
     * The query is written out in each condition, not taken from the CTE, so that the planner sees it (with custom
     * plans) and can use the statistics of its words: a word in one row of ten is found faster by reading rows until
     * the limit is reached, a rare word through the GIN index.
     */
    private static final String CANDIDATE = """
            SELECT d.kind, d.record_id, d.organisation_id, d.organisation_name, d.phase, d.tags,
                   ts_rank_cd(d.search_vector, websearch_to_tsquery('loti_english', :text)) AS rank
              FROM search_document d
             WHERE d.%s @@ websearch_to_tsquery('loti_english', :text) AND """;

    /** How many tiers search_document has, each with its own partial indexes. */
    static final int TIERS = 4;

    /**
     * The rows of a query over search_document {@code d}, tier by tier: under a LIMIT, PostgreSQL runs the next
     * branch of a UNION ALL only while it needs more rows (with no parallel workers: {@code Search} turns them off).
     */
    static String tierByTier(String query) {
        return IntStream.range(0, TIERS).mapToObj(tier -> "(" + query + " AND d.tier = " + tier + ")")
                .collect(Collectors.joining("\n UNION ALL ", "SELECT * FROM (", ") tiers\n"));
    }

    /**
     * One statement: the number of candidates (at most {@code :cap}: title matches first, then other text matches
     * only while there is room, so that a common word costs one limited scan), one page of hits with highlighted
     * snippets, and the facet counts over the candidates, as JSON.
     */
    static final String SEARCH = """
            WITH q AS (SELECT websearch_to_tsquery('loti_english', :text) AS query),
            titles AS MATERIALIZED (
                %1$s LIMIT :cap
            ),
            texts AS MATERIALIZED (
                %2$s LIMIT (SELECT :cap - count(*) FROM titles)
            ),
            candidates AS MATERIALIZED (
                SELECT * FROM titles UNION ALL SELECT * FROM texts
            ),
            page AS (
                SELECT kind, record_id, rank FROM candidates ORDER BY rank DESC, kind, record_id LIMIT :limit OFFSET :offset
            )
            SELECT (SELECT count(*) FROM candidates) AS total,
                   (SELECT coalesce(jsonb_agg(jsonb_build_object(
                               'kind', d.kind, 'recordId', d.record_id, 'title', d.title, 'url', d.url,
                               'organisationName', d.organisation_name, 'phase', d.phase, 'tags', to_jsonb(d.tags),
                               'rank', p.rank,
                               'snippet', CASE
                                   WHEN strpos(p.summary_headline, chr(57344)) > 0 OR d.body = '' THEN p.summary_headline
                                   ELSE ts_headline('loti_english',
                                            left(translate(d.summary || ' ' || d.body, chr(57344) || chr(57345), ''), 20000),
                                            q.query, :fragments) END)
                               ORDER BY p.rank DESC, p.kind, p.record_id), '[]'::jsonb)
                      FROM (SELECT p.*, ts_headline('loti_english', translate(d.summary, chr(57344) || chr(57345), ''),
                                                    q.query, :headline) AS summary_headline
                              FROM page p JOIN search_document d USING (kind, record_id), q) p
                           JOIN search_document d USING (kind, record_id), q) AS hits,
                   (SELECT coalesce(jsonb_agg(jsonb_build_array(kind, kind, n) ORDER BY n DESC, kind), '[]'::jsonb)
                      FROM (SELECT kind, count(*) AS n FROM candidates GROUP BY kind) f) AS kinds,
                   (SELECT coalesce(jsonb_agg(jsonb_build_array(organisation_id::text, organisation_name, n)
                               ORDER BY n DESC, organisation_name), '[]'::jsonb)
                      FROM (SELECT organisation_id, organisation_name, count(*) AS n FROM candidates
                             WHERE organisation_id IS NOT NULL GROUP BY organisation_id, organisation_name
                             ORDER BY n DESC, organisation_name LIMIT 20) f) AS organisations,
                   (SELECT coalesce(jsonb_agg(jsonb_build_array(phase, phase, n) ORDER BY n DESC, phase), '[]'::jsonb)
                      FROM (SELECT phase, count(*) AS n FROM candidates WHERE phase IS NOT NULL GROUP BY phase) f) AS phases,
                   (SELECT coalesce(jsonb_agg(jsonb_build_array(tag, tag, n) ORDER BY n DESC, tag), '[]'::jsonb)
                      FROM (SELECT tag, count(*) AS n FROM candidates, unnest(tags) AS tag
                             GROUP BY tag ORDER BY n DESC, tag LIMIT 20) f) AS tags
            """.formatted(tierByTier(CANDIDATE.formatted("title_vector") + FILTER),
                    tierByTier(CANDIDATE.formatted("search_vector") + FILTER
                            + " AND NOT d.title_vector @@ websearch_to_tsquery('loti_english', :text)"));

    /**
     * The distinctive words of a text, as a query that any of them matches: at most 15, the rarest first by the
     * planner's own statistics of the indexed words, leaving out any word in more than one document in twenty (too
     * common to say that two records are alike, and slow to match).
     */
    static final String SIMILAR_QUERY = """
            WITH common AS (
                SELECT e.lexeme, e.frequency FROM pg_stats s,
                       unnest(CAST(CAST(s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs) AS e(lexeme, frequency)
                 WHERE s.schemaname = current_schema() AND s.tablename = 'search_document' AND s.attname = 'search_vector'
            )
            SELECT coalesce(string_agg(quote_literal(lexeme), ' | '), '') FROM (
                SELECT t.lexeme FROM unnest(to_tsvector('loti_english', left(:text, 20000))) t
                       LEFT JOIN common c ON c.lexeme = t.lexeme
                 WHERE length(t.lexeme) >= 3 AND t.lexeme !~ '^[0-9]+$' AND NOT t.lexeme = ANY(CAST(:generic AS text[]))
                   AND coalesce(c.frequency, 0) < 0.05
                 ORDER BY coalesce(c.frequency, 0), cardinality(t.positions) DESC, t.lexeme LIMIT 15) words
            """;

    private static final String SIMILAR_MATCH = """
            SELECT d.kind, d.record_id, d.title, d.summary, d.body, d.url, d.organisation_id, d.organisation_name,
                   ts_rank_cd(d.search_vector, CAST(:query AS tsquery), 32) AS rank
              FROM search_document d
             WHERE d.search_vector @@ CAST(:query AS tsquery) AND d.kind = :kind AND d.record_id <> :exclude
               AND """ + Visibility.sqlFilter("d.visibility", "d.organisation_id");

    /**
     * Records of one kind that match any of those words, ranked over a bounded set of candidates. The query is a
     * constant for the planner, as in {@link #SEARCH}. The marked title and text say which words they share.
     */
    static final String SIMILAR = """
            WITH candidates AS MATERIALIZED (
                %s LIMIT :cap
            )
            SELECT c.record_id, c.title, c.url, c.organisation_id, c.organisation_name, c.rank,
                   ts_headline('loti_english',
                               translate(c.title || '. ' || left(c.summary || ' ' || c.body, 4000), chr(57344) || chr(57345), ''),
                               CAST(:query AS tsquery), :headline) AS marked
              FROM (SELECT * FROM candidates ORDER BY rank DESC, record_id LIMIT :limit) c
             ORDER BY c.rank DESC, c.record_id
            """.formatted(tierByTier(SIMILAR_MATCH));
}
