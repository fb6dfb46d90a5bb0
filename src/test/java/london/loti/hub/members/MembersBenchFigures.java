package london.loti.hub.members;

import java.util.List;
import london.loti.hub.bench.BenchContext;
import london.loti.hub.bench.BenchFigures;
import london.loti.hub.bench.Figure;
import london.loti.hub.bench.FigureId;
import london.loti.hub.bench.Result;

/** The organisations' pages: the directory (W3), an organisation's page (W4), the API list (W6, W8). */
class MembersBenchFigures implements BenchFigures {

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure(FigureId.W3, "GET /organisations?kind=K&page=1…last, K the most common kind, anonymous"
                        + " visitors keeping their cookies", MembersBenchFigures::directory),
                new Figure(FigureId.W4, "GET /organisations/{slug}, every organisation in turn, signed in as members"
                        + " (so the page lists up to 50 of its people)", MembersBenchFigures::organisation),
                new Figure(FigureId.W6, "GET /api/v1/organisations?size=10 and ?size=100, anonymous",
                        bench -> new Result.Counted("statements",
                                "10 rows", bench.statements("/api/v1/organisations?size=10"),
                                "100 rows", bench.statements("/api/v1/organisations?size=100"))),
                new Figure(FigureId.W8, "GET /api/v1/organisations?size=100&page=1…last, anonymous",
                        MembersBenchFigures::api));
    }

    private static Result directory(BenchContext bench) throws Exception {
        String kind = bench.jdbc().sql("SELECT kind FROM organisation GROUP BY kind ORDER BY count(*) DESC, kind LIMIT 1")
                .query(String.class).single();
        long pages = pages(bench.jdbc().sql("SELECT count(*) FROM organisation WHERE kind = :kind")
                .param("kind", kind).query(Long.class).single(), 25);
        return bench.againstW1(bench.page("W3 /organisations", bench.visitors(),
                n -> "/organisations?kind=" + kind + "&page=" + (1 + n % pages)));
    }

    private static Result organisation(BenchContext bench) throws Exception {
        List<String> slugs = bench.jdbc().sql("SELECT slug FROM organisation ORDER BY id").query(String.class).list();
        return bench.againstW1(bench.page("W4 /organisations/{slug}", bench.members(),
                n -> "/organisations/" + slugs.get((int) (n % slugs.size()))));
    }

    private static Result api(BenchContext bench) throws Exception {
        long pages = pages(bench.jdbc().sql("SELECT count(*) FROM organisation").query(Long.class).single(), 100);
        return bench.againstW1(bench.api("W8 /api/v1/organisations", bench.visitors(),
                n -> "/api/v1/organisations?size=100&page=" + (1 + n % pages)));
    }

    private static long pages(long rows, int size) {
        return Math.max(1, (rows + size - 1) / size);
    }
}
