package london.loti.hub.search;

import london.loti.hub.accounts.Visibility;

/**
 * The SQL of the search query path, in one place (the benchmark runs the same statements, and the same forced to
 * a sequential scan).
 *
 * <p>Why it is shaped so: over a million short titles, ranking every match of a word that one row in ten contains
 * took 60 ms, and trigram similarity against whole titles 1.5 s. So matches are found through the GIN indexes,
 * at most {@code :cap} title matches and {@code :cap} text matches are ranked (title matches first, so the best
 * are never left out), and misspellings are corrected against single words of the vocabulary.
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
             AND (CAST(:phase AS text) IS NULL OR d.phase = :phase)
             AND (CAST(:tag AS text) IS NULL OR d.tags @> ARRAY[CAST(:tag AS text)])
            """;

    private static final String CANDIDATE = """
            SELECT d.kind, d.record_id, d.organisation_id, d.organisation_name, d.phase, d.tags,
                   ts_rank_cd(d.search_vector, q.query) AS rank
              FROM search_document d, q
             WHERE d.%s @@ q.query AND """;

    /**
     * One statement: the number of candidates (at most twice {@code :cap}), one page of hits with highlighted
     * snippets, and the facet counts over the candidates, as JSON.
     */
    static final String SEARCH = """
            WITH q AS (SELECT websearch_to_tsquery('loti_english', :text) AS query),
            candidates AS MATERIALIZED (
                SELECT DISTINCT ON (kind, record_id) * FROM (
                    (%1$s LIMIT :cap)
                    UNION ALL
                    (%2$s LIMIT :cap)
                ) c ORDER BY kind, record_id
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
                                   WHEN to_tsvector('loti_english', d.summary) @@ q.query OR d.body = ''
                                   THEN ts_headline('loti_english', translate(d.summary, chr(57344) || chr(57345), ''),
                                                    q.query, :headline)
                                   ELSE ts_headline('loti_english',
                                            left(translate(d.summary || ' ' || d.body, chr(57344) || chr(57345), ''), 20000),
                                            q.query, :fragments) END)
                               ORDER BY p.rank DESC, p.kind, p.record_id), '[]'::jsonb)
                      FROM page p JOIN search_document d USING (kind, record_id), q) AS hits,
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
            """.formatted(CANDIDATE.formatted("title_vector") + FILTER, CANDIDATE.formatted("search_vector") + FILTER);

    /**
     * Records of one kind whose text shares the most words with a given text: the text's 25 most frequent
     * meaningful words, any of which may match, ranked over a bounded set of candidates. The marked title and
     * summary say which words they share.
     */
    static final String SIMILAR = """
            WITH words AS (
                SELECT lexeme FROM unnest(to_tsvector('loti_english', left(:text, 20000)))
                 WHERE length(lexeme) >= 3 AND lexeme !~ '^[0-9]+$' AND NOT lexeme = ANY(CAST(:generic AS text[]))
                 ORDER BY cardinality(positions) DESC, lexeme LIMIT 25
            ),
            q AS (SELECT CAST(coalesce(string_agg(quote_literal(lexeme), ' | '), '') AS tsquery) AS query FROM words),
            candidates AS MATERIALIZED (
                SELECT d.kind, d.record_id, d.title, d.summary, d.body, d.url, d.organisation_id, d.organisation_name,
                       ts_rank_cd(d.search_vector, q.query, 32) AS rank
                  FROM search_document d, q
                 WHERE d.search_vector @@ q.query AND d.kind = :kind AND d.record_id <> :exclude
                   AND """ + Visibility.sqlFilter("d.visibility", "d.organisation_id") + """
                 LIMIT :cap
            )
            SELECT c.record_id, c.title, c.url, c.organisation_id, c.organisation_name, c.rank,
                   ts_headline('loti_english',
                               translate(c.title || '. ' || left(c.summary || ' ' || c.body, 4000), chr(57344) || chr(57345), ''),
                               q.query, :headline) AS marked
              FROM (SELECT * FROM candidates ORDER BY rank DESC, record_id LIMIT :limit) c, q
             ORDER BY c.rank DESC, c.record_id
            """;
}
