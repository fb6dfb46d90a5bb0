package london.loti.hub.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.bench.BenchContext;
import london.loti.hub.bench.BenchFigures;
import london.loti.hub.bench.Copy;
import london.loti.hub.bench.Figure;
import london.loti.hub.bench.FigureId;
import london.loti.hub.bench.Result;
import london.loti.hub.web.Paging;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search's figures: the real query path ({@link Search#search}: spelling correction, the ranked query with its
 * facets and snippets, the first page of 20) as a member of a London council calls it, one query at a time,
 * against exactly the same calls in a transaction where PostgreSQL may not use an index ({@code enable_indexscan}
 * and {@code enable_bitmapscan} off), so that it reads every search document.
 */
class SearchBenchFigures implements BenchFigures {

    private static final String BASELINE = "sequential scan";
    private static final Paging FIRST_PAGE = new Paging(1, 20);

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure(FigureId.S1, "Search.search of a mixed set (two-word subjects, phrases, names, products),"
                        + " as a member, one at a time", bench -> measure(bench, "S1", mixed(bench))),
                new Figure(FigureId.S2, "Search.search of the ten most common words of the index, alone and in"
                        + " pairs, as a member, one at a time", bench -> measure(bench, "S2", common(bench))),
                new Figure(FigureId.S3, "Search.search of people's surnames and organisations' names with one"
                        + " letter dropped or two swapped, as a member, one at a time", bench -> measure(bench, "S3", misspelt(bench))));
    }

    private static Result measure(BenchContext bench, String figure, List<String> queries) throws Exception {
        Search search = bench.bean(Search.class);
        TransactionTemplate transaction = bench.bean(TransactionTemplate.class);
        Viewer member = member(bench);
        bench.progress(figure + ": " + queries.size() + " queries, such as " + queries.subList(0, Math.min(4, queries.size())));
        var indexed = new BenchContext.Workload(figure + " search", (client, n) ->
                search.search(Search.Query.of(queries.get((int) (n % queries.size()))), member, FIRST_PAGE), "queries/s");
        var scanned = new BenchContext.Workload(figure + " " + BASELINE, (client, n) ->
                transaction.executeWithoutResult(status -> {
                    bench.jdbc().sql("SET LOCAL enable_indexscan = off").update();
                    bench.jdbc().sql("SET LOCAL enable_bitmapscan = off").update();
                    search.search(Search.Query.of(queries.get((int) (n % queries.size()))), member, FIRST_PAGE);
                }), "queries/s");
        return bench.alternateOneClient(scanned, indexed);
    }

    private static Viewer member(BenchContext bench) {
        var row = bench.jdbc().sql("""
                SELECT a.id, a.organisation_id FROM user_account a JOIN organisation o ON o.id = a.organisation_id
                 WHERE a.role = 'MEMBER' AND o.kind = 'LONDON_AUTHORITY' ORDER BY a.id LIMIT 1""").query().singleRow();
        return new Viewer(((Number) row.get("id")).longValue(), "Bench member",
                ((Number) row.get("organisation_id")).longValue(), Role.MEMBER, false);
    }

    /** Subjects people look for, and two-word phrases and names taken from the index itself. */
    private static List<String> mixed(BenchContext bench) {
        List<String> queries = new ArrayList<>(List.of("housing repairs", "council tax", "parking permits",
                "\"adult social care\"", "open data", "school admissions", "fly-tipping", "cyber security",
                "predictive analytics", "missed bin", "planning applications", "Uniform", "Civica", "chatbot",
                "temporary accommodation", "data sharing agreement"));
        queries.addAll(bench.jdbc().sql("""
                SELECT split_part(title, ' ', 2) || ' ' || split_part(title, ' ', 3) FROM search_document
                 WHERE kind <> 'organisation' AND visibility = 'PUBLIC'
                 ORDER BY md5(kind || record_id) LIMIT 34""").query(String.class).list());
        return queries;
    }

    /** The words most documents have: the worst case for ranking, capped at {@link Search#CANDIDATES}. */
    private static List<String> common(BenchContext bench) {
        // ts_stat gives stems ('offic'); people type words, so each stem becomes the shortest indexed word it begins
        List<String> words = bench.jdbc().sql("""
                SELECT coalesce((SELECT w.word FROM search_word w WHERE w.word LIKE s.word || '%'
                                  ORDER BY length(w.word), w.word LIMIT 1), s.word)
                  FROM (SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM search_document TABLESAMPLE SYSTEM (5) REPEATABLE (7)')
                         WHERE length(word) > 2 ORDER BY ndoc DESC, word LIMIT 10) s
                 ORDER BY s.ndoc DESC, s.word""").query(String.class).list();
        List<String> queries = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i += 2) {
            queries.add(words.get(i) + " " + words.get(i + 1));
        }
        return queries;
    }

    /** Real names, each with one mistake in it, as typed in a hurry. */
    private static List<String> misspelt(BenchContext bench) {
        List<String> names = bench.jdbc().sql("""
                (SELECT DISTINCT split_part(title, ' ', 2) FROM search_document WHERE kind = 'person' ORDER BY 1 LIMIT 30)
                UNION ALL
                (SELECT split_part(title, ' ', 1) FROM search_document WHERE kind = 'organisation' AND length(split_part(title, ' ', 1)) > 5 ORDER BY title LIMIT 20)
                """).query(String.class).list();
        Random random = Copy.random("misspelt");
        return names.stream().filter(name -> name.length() > 4).map(name -> typo(name, random)).toList();
    }

    static String typo(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 2);
        if (random.nextBoolean()) {
            return word.substring(0, at) + word.substring(at + 1);
        }
        return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }
}
