package london.loti.hub.search;

import java.util.List;
import java.util.stream.IntStream;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.web.Paging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SearchIT extends IntegrationTest {

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM search_document WHERE kind = 'test'").update();
        jdbc.sql("DELETE FROM search_word WHERE word IN ('zorblax', 'quokkaphone', 'wibbleflange')").update();
    }

    private long organisation(String slug) {
        return jdbc.sql("SELECT id FROM organisation WHERE slug = :s").param("s", slug).query(Long.class).single();
    }

    private Viewer of(String slug, Role role) {
        return new Viewer(1L, "Tester", organisation(slug), role, false);
    }

    private Search.Results find(String text, Viewer viewer) {
        return search.search(Search.Query.of(text), viewer, Paging.of(null, "50", 20));
    }

    private void put(String id, Visibility visibility, String slug, String title, String summary) {
        transaction.executeWithoutResult(s -> index.put(new SearchDocument("test", id, organisation(slug), slug,
                visibility, title, summary, "", "/test/" + id, null, List.of())));
    }

    @Test
    void aMisspeltQueryFindsTheHousingRepairsProjects() {
        var results = find("housng repairs", Viewer.VISITOR);
        assertThat(results.corrected()).isTrue();
        assertThat(results.searchedFor()).isEqualTo("housing repairs");
        assertThat(results.hits().items()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.title() + " " + hit.snippet().text()).containsIgnoringCase("repair"));
        assertThat(results.hits().items().get(0).title()).containsIgnoringCase("repair");
        assertThat(results.hits().items().stream().filter(h -> h.kind().equals("project"))
                .filter(h -> h.title().toLowerCase().contains("housing repairs")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSavedRecordIsFoundByTheNextSearchAndARemovedOneIsNot() {
        put("1", Visibility.PUBLIC, "camden", "Quokkaphone telephony replacement", "Replacing the phones");
        assertThat(find("quokkaphone", Viewer.VISITOR).hits().items()).extracting(Search.Hit::recordId).containsExactly("1");
        put("1", Visibility.PUBLIC, "camden", "Renamed telephony project", "Replacing the phones");
        assertThat(find("quokkaphone", Viewer.VISITOR).hits().items()).isEmpty();
        transaction.executeWithoutResult(s -> index.remove("test", "1"));
        assertThat(find("renamed telephony", Viewer.VISITOR).hits().items()).isEmpty();
    }

    @Test
    void anOrganisationOnlyRecordIsInvisibleOutsideItsOrganisationEvenAsACorrection() {
        put("2", Visibility.ORGANISATION, "camden", "Zorblax internal review", "Only Camden knows about zorblax");
        for (Viewer outsider : List.of(Viewer.VISITOR, of("hackney", Role.EDITOR), of("hackney", Role.MEMBER))) {
            var results = find("zorblax", outsider);
            assertThat(results.hits().items()).isEmpty();
            assertThat(results.facets()).isEmpty();
            assertThat(find("zorblaks", outsider).searchedFor()).isEqualTo("zorblaks");
        }
        assertThat(find("zorblax", of("camden", Role.MEMBER)).hits().items()).extracting(Search.Hit::title)
                .containsExactly("Zorblax internal review");
        assertThat(find("zorblax", new Viewer(1L, "Admin", organisation("london-councils"), Role.ADMIN, false))
                .hits().items()).hasSize(1);
    }

    @Test
    void membersOnlyWordsAreOfferedAsCorrectionsToMembersOnly() {
        put("3", Visibility.MEMBERS, "camden", "Wibbleflange pilot", "For members");
        assertThat(find("wibbleflang", Viewer.VISITOR).searchedFor()).isEqualTo("wibbleflang");
        assertThat(find("wibbleflang", of("hackney", Role.MEMBER)).searchedFor()).isEqualTo("wibbleflange");
        assertThat(find("wibbleflang", of("hackney", Role.MEMBER)).hits().items()).hasSize(1);
    }

    @Test
    void peopleAreFoundByMembersOnly() {
        String name = jdbc.sql("SELECT full_name FROM person WHERE account_id IS NULL ORDER BY id LIMIT 1").query(String.class).single();
        assertThat(find(name, Viewer.VISITOR).hits().items()).noneMatch(h -> h.kind().equals("person"));
        assertThat(find(name, of("camden", Role.MEMBER)).hits().items()).anyMatch(h -> h.kind().equals("person") && h.title().equals(name));
    }

    @Test
    void everyTierIsReadUntilThereAreEnoughCandidates() throws Exception {
        int many = Search.CANDIDATES + 100;
        transaction.executeWithoutResult(s -> index.replaceAll("test", IntStream.range(0, many).mapToObj(i ->
                new SearchDocument("test", "t" + i, organisation("camden"), "camden", Visibility.PUBLIC,
                        (i % 3 == 0 ? "Wibbleflange quokkaphone " : "Quokkaphone ") + i, "", "", "/test/t" + i, null, List.of()))));
        assertThat(jdbc.sql("SELECT count(DISTINCT tier) FROM search_document WHERE kind = 'test' AND title LIKE 'Wibble%'")
                .query(Long.class).single()).isEqualTo(SearchSql.TIERS);

        var common = find("quokkaphone", Viewer.VISITOR);
        assertThat(common.capped()).isTrue();
        assertThat(common.hits().totalItems()).isEqualTo(Search.CANDIDATES);
        mvc.perform(get("/search").param("q", "quokkaphone")).andExpect(status().isOk())
                .andExpect(content().string(containsString("500 or more results: 500 of them are ranked")));
        var rarer = find("wibbleflange", Viewer.VISITOR);
        assertThat(rarer.capped()).isFalse();
        assertThat(rarer.hits().totalItems()).isEqualTo((many + 2) / 3);
    }

    @Test
    void aLargeReplacementLeavesThePlannerStatisticsCurrent() {
        double[] estimated = new double[2];
        long[] counted = new long[1];
        transaction.executeWithoutResult(status -> {
            index.replaceAll("test", IntStream.range(0, SearchIndex.SETTLE_AFTER).mapToObj(i -> new SearchDocument("test",
                    "s" + i, null, null, Visibility.PUBLIC, "Settled " + i, "", "", "/test/s" + i, null, List.of())));
            estimated[0] = jdbc.sql("SELECT reltuples FROM pg_class WHERE oid = CAST('search_document' AS regclass)")
                    .query(Double.class).single();
            counted[0] = jdbc.sql("SELECT count(*) FROM search_document").query(Long.class).single();
            status.setRollbackOnly();
        });
        assertThat(estimated[0]).isCloseTo(counted[0], org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void organisationsAreFoundDespiteATypo() {
        var results = find("hackny", Viewer.VISITOR);
        assertThat(results.searchedFor()).isEqualTo("hackney");
        assertThat(results.hits().items()).anyMatch(h -> h.kind().equals("organisation") && h.title().equals("Hackney"));
    }

    @Test
    void facetsCountTheMatchesAndFilterThem() {
        var all = find("repairs", Viewer.VISITOR);
        var kinds = all.facets().stream().filter(f -> f.parameter().equals("kind")).findFirst().orElseThrow();
        long projects = kinds.values().stream().filter(v -> v.value().equals("project")).findFirst().orElseThrow().count();
        assertThat(projects).isPositive();
        var phase = all.facets().stream().filter(f -> f.parameter().equals("phase")).findFirst().orElseThrow().values().get(0);
        var narrowed = search.search(new Search.Query("repairs", null, null, phase.value(), null), Viewer.VISITOR, Paging.of(null, "100", 20));
        assertThat(narrowed.hits().totalItems()).isEqualTo(phase.count());
        assertThat(narrowed.hits().items()).allSatisfy(h -> assertThat(h.phase()).isEqualTo(phase.value()));
        var asTheProjectsApiWritesIt = search.search(new Search.Query("repairs", null, null, phase.value().toUpperCase(), null),
                Viewer.VISITOR, Paging.of(null, "100", 20));
        assertThat(asTheProjectsApiWritesIt.hits().totalItems()).isEqualTo(phase.count());
        assertThat(asTheProjectsApiWritesIt.facets().stream().filter(f -> f.parameter().equals("phase")).findFirst()
                .orElseThrow().values()).filteredOn(Search.FacetValue::selected).extracting(Search.FacetValue::value)
                .containsExactly(phase.value());
        var tagged = search.search(new Search.Query("repairs", "project", null, null, "tenants"), Viewer.VISITOR, Paging.of(null, "100", 20));
        assertThat(tagged.hits().items()).isNotEmpty().allSatisfy(h -> assertThat(h.tags()).contains("tenants"));
    }

    @Test
    void snippetsHighlightMatchesAndNeverCarryARecordsMarkup() throws Exception {
        put("4", Visibility.PUBLIC, "camden", "Quokkaphone", "<script>alert('x')</script> The quokkaphone <b>rollout</b> "
                + "\"<img src=x onerror=alert(1)>\" costs 5 & more");
        var hit = find("quokkaphone", Viewer.VISITOR).hits().items().get(0);
        assertThat(hit.snippet().html()).contains("<mark>quokkaphone</mark>", "alert(&#39;x&#39;)", "&amp; more")
                .doesNotContain("<script", "<b>", "<img");
        mvc.perform(get("/search").param("q", "quokkaphone")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>quokkaphone</mark>")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }

    @Test
    void thePageShowsTheCorrectionCountFacetsAndResults() throws Exception {
        mvc.perform(get("/search").param("q", "housng repairs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing results for <strong>housing repairs</strong>")))
                .andExpect(content().string(containsString("Projects (")))
                .andExpect(content().string(containsString("<mark>")));
    }

    @Test
    void theApiAnswersWithTheCorrectedQueryFacetsAndLinks() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "housng repairs").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.searchedFor").value("housing repairs"))
                .andExpect(jsonPath("$.results.items.length()").value(2))
                .andExpect(jsonPath("$.results.links.next").value(containsString("q=housng%20repairs")))
                .andExpect(jsonPath("$.facets[0].parameter").value("kind"));
        mvc.perform(get("/api/v1/search").param("q", "x").param("kind", "Not A Kind")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("kind"));
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(201))).andExpect(status().isBadRequest());
    }

    /** Too few rows here for the planner to prefer the indexes by itself; this shows that it can use them. */
    @Test
    void theQueryPathCanUseTheIndexes() {
        String sql = SearchSql.SEARCH;
        for (var p : java.util.Map.of("text", "'housing repairs'", "kind", "NULL", "organisation", "NULL", "phase", "NULL",
                "tag", "NULL", "viewerAdmin", "false", "viewerMember", "false", "viewerOrganisation", "-1", "cap", "500",
                "limit", "20").entrySet()) {
            sql = sql.replaceAll("(?<!:):" + p.getKey() + "\\b", p.getValue());
        }
        String explain = "EXPLAIN " + sql.replaceAll("(?<!:):(offset)\\b", "0").replaceAll("(?<!:):(headline|fragments)\\b", "''");
        String plan = transaction.execute(s -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return String.join("\n", jdbc.sql(explain).query(String.class).list());
        });
        assertThat(plan).contains("search_document_title_0", "search_document_title_3", "search_document_search_0",
                "search_document_search_3").doesNotContain("Seq Scan on search_document");
    }
}
