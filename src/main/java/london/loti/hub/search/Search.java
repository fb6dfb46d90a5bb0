package london.loti.hub.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers searches: what a viewer may see that matches a query, ranked, with facets and snippets. The query path
 * is {@link #search}; to measure it against a sequential scan, call it inside a transaction after {@code SET LOCAL
 * enable_bitmapscan = off; SET LOCAL enable_indexscan = off}.
 */
@Service
public class Search {

    /**
     * How many matches are ranked at most: title matches first, then other text matches. Ranking, snippets aside, is
     * most of a common word's cost: 1,000 took a search of the national benchmark's data over 30 ms.
     */
    public static final int CANDIDATES = 500;
    /** The longest query accepted. */
    public static final int MAX_QUERY = 200;

    /** What to look for; null filters match anything. */
    public record Query(String text, String kind, Long organisationId, String phase, String tag) {
        public Query {
            text = text == null ? "" : text.strip();
        }

        public static Query of(String text) {
            return new Query(text, null, null, null, null);
        }
    }

    /**
     * @param searchedFor the query as run: the text with misspelt words corrected
     * @param capped whether there were more matches than were ranked
     */
    public record Results(String text, String searchedFor, boolean corrected, PageOf<Hit> hits, boolean capped,
            List<Facet> facets) {
    }

    public record Hit(String kind, String kindLabel, String recordId, String title, String url,
            String organisationName, String phase, List<String> tags, Snippet snippet, double rank) {
    }

    /** A facet: a query parameter, and its values among the candidates with their counts. */
    public record Facet(String parameter, String label, List<FacetValue> values) {
    }

    public record FacetValue(String value, String text, long count, boolean selected) {
    }

    /** A record similar to a text, with the words they share. */
    public record Similar(String recordId, String title, String url, Long organisationId, String organisationName,
            double score, List<String> sharedWords) {
    }

    /** Words too common in a register of council projects to say that two are alike (as English stems). */
    private static final String[] GENERIC = {"council", "london", "borough", "project", "servic", "resid", "use",
            "new", "work", "improv", "support", "help", "make", "provid", "need", "local", "peopl", "digit", "also",
            "will", "can", "way", "across", "better", "creat", "one", "set", "start", "first", "get", "take"};
    private static final String MARKS = "StartSel=\"" + Snippet.START + "\", StopSel=\"" + Snippet.STOP + "\", ";
    /** A passage of the summary around the matches. */
    private static final String HEADLINE = MARKS + "MaxWords=60, MinWords=30";
    /** Up to two fragments of the whole text, where the summary does not match. */
    private static final String FRAGMENTS = MARKS + "MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String MARK_ALL = "HighlightAll=true, StartSel=\"" + Snippet.START + "\", StopSel=\""
            + Snippet.STOP + "\"";

    private final JdbcClient jdbc;
    private final SpellingCorrector speller;
    private final JsonMapper json;
    private final Map<String, SearchSource> sources;

    Search(JdbcClient jdbc, SpellingCorrector speller, JsonMapper json, List<SearchSource> sources) {
        this.jdbc = jdbc;
        this.speller = speller;
        this.json = json;
        this.sources = sources.stream().collect(Collectors.toMap(SearchSource::kind, Function.identity(), (a, b) -> a));
    }

    /** The kinds of record search knows, as kind → plural label. */
    public Map<String, String> kinds() {
        return sources.values().stream().collect(Collectors.toMap(SearchSource::kind, SearchSource::pluralLabel));
    }

    @Transactional(readOnly = true)
    public Results search(Query query, Viewer viewer, Paging paging) {
        if (query.text().isEmpty()) {
            return new Results("", "", false, new PageOf<>(List.of(), paging.page(), paging.size(), 0), false, List.of());
        }
        String text = query.text().length() > MAX_QUERY ? query.text().substring(0, MAX_QUERY) : query.text();
        planForTheseWords();
        var correction = speller.correct(text, viewer.isMember() || viewer.isAdmin() ? 1 : 0);
        String searchedFor = correction.text();
        if (paging.offset() >= CANDIDATES) {
            return new Results(text, searchedFor, correction.changed(),
                    new PageOf<>(List.of(), paging.page(), paging.size(), 0), false, List.of());
        }
        var row = jdbc.sql(SearchSql.SEARCH)
                .param("text", searchedFor).param("kind", query.kind()).param("organisation", query.organisationId())
                .param("phase", query.phase()).param("tag", query.tag() == null ? null : query.tag().toLowerCase())
                .params(viewer.visibilityParameters())
                .param("cap", CANDIDATES).param("limit", paging.size()).param("offset", paging.offset())
                .param("headline", HEADLINE).param("fragments", FRAGMENTS)
                .query((rs, n) -> new Object[] {rs.getLong("total"), rs.getString("hits"), rs.getString("kinds"),
                        rs.getString("organisations"), rs.getString("phases"), rs.getString("tags")})
                .single();
        long total = (Long) row[0];
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : json.readTree((String) row[1])) {
            String kind = hit.get("kind").asString();
            List<String> tags = new ArrayList<>();
            hit.get("tags").forEach(t -> tags.add(t.asString()));
            hits.add(new Hit(kind, label(kind), hit.get("recordId").asString(), hit.get("title").asString(),
                    hit.get("url").asString(), text(hit.get("organisationName")), text(hit.get("phase")), tags,
                    new Snippet(text(hit.get("snippet"))), hit.get("rank").asDouble()));
        }
        List<Facet> facets = List.of(
                facet("kind", "Kind", (String) row[2], query.kind(), true),
                facet("organisation", "Organisation", (String) row[3],
                        query.organisationId() == null ? null : query.organisationId().toString(), false),
                facet("phase", "Phase", (String) row[4], query.phase(), false),
                facet("tag", "Tag", (String) row[5], query.tag() == null ? null : query.tag().toLowerCase(), false));
        return new Results(text, searchedFor, correction.changed(), new PageOf<>(hits, paging.page(), paging.size(), total),
                total >= CANDIDATES, facets.stream().filter(f -> !f.values().isEmpty()).toList());
    }

    /**
     * Records of one kind that the viewer may see whose wording is most like the text (for the coalition finder's
     * 'similar projects'), best first.
     */
    @Transactional(readOnly = true)
    public List<Similar> similar(String kind, String text, String excludeRecordId, Viewer viewer, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String query = jdbc.sql(SearchSql.SIMILAR_QUERY).param("text", text).param("generic", GENERIC)
                .query(String.class).single();
        if (query.isEmpty()) {
            return List.of();
        }
        planForTheseWords();
        return jdbc.sql(SearchSql.SIMILAR)
                .param("query", query).param("kind", kind).param("exclude", excludeRecordId == null ? "" : excludeRecordId)
                .params(viewer.visibilityParameters())
                .param("cap", CANDIDATES).param("limit", limit).param("headline", MARK_ALL)
                .query((rs, n) -> new Similar(rs.getString("record_id"), rs.getString("title"), rs.getString("url"),
                        rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                        rs.getDouble("rank"), new Snippet(rs.getString("marked")).markedWords()))
                .list();
    }

    /**
     * Plans each search for its own words: a generic plan (which the driver's prepared statements would reuse)
     * cannot tell a word in every tenth row, best read until the limit, from a rare one, best found in the index.
     * And in one process: parallel workers would read every tier at once (SearchSql#tierByTier) instead of stopping
     * at the first that has enough.
     */
    private void planForTheseWords() {
        jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)").query().singleRow();
    }

    private String label(String kind) {
        SearchSource source = sources.get(kind);
        return source == null ? kind : source.label();
    }

    private Facet facet(String parameter, String label, String values, String selected, boolean kinds) {
        List<FacetValue> out = new ArrayList<>();
        for (JsonNode value : json.readTree(values)) {
            String v = value.get(0).asString();
            String t = kinds ? (sources.containsKey(v) ? sources.get(v).pluralLabel() : v) : value.get(1).asString();
            out.add(new FacetValue(v, t, value.get(2).asLong(), v.equalsIgnoreCase(selected)));
        }
        return new Facet(parameter, label, out);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
