package london.loti.hub.techmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.support.Awkward;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.techmap.imports.ContractRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's own exports import back unchanged: generated contracts (awkward text, money at the edges of the
 * allowed range, dates at financial-year edges) are pushed through the API, the council's contracts CSV and OCDS
 * release package are exported and imported again for the same council, and every contract of the council — the
 * generated ones and the demo ones — reads back through the API field by field as it did before.
 *
 * <p>Why a Jupiter test drawing from jqwik generators rather than a jqwik {@code @Property}: jqwik's engine has
 * its own lifecycle, which Spring's test context (the shared embedded PostgreSQL, MockMvc) does not join, so a
 * property would need a second context set up by hand. Drawing values with {@link Arbitrary#sample()} keeps
 * Spring's ordinary lifecycle and jqwik's generators and edge cases (without shrinking); a failure prints the
 * contracts it pushed. Tries are bounded ({@link #TRIES}) so the test takes seconds.
 */
class ContractRoundTripIT extends IntegrationTest {

    static final int TRIES = 25;
    static final String COUNCIL = "camden";

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ContractRegisterImport registerImport;

    @Autowired
    JsonMapper json;

    private final List<String> references = new ArrayList<>();
    private long lastSupplier;
    private long lastProduct;

    @BeforeEach
    void remember() {
        lastSupplier = jdbc.sql("SELECT COALESCE(max(id), 0) FROM tech_supplier").query(Long.class).single();
        lastProduct = jdbc.sql("SELECT COALESCE(max(id), 0) FROM tech_product").query(Long.class).single();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE organisation_id = :o AND reference = ANY(CAST(:refs AS text[]))")
                .param("o", TechMapFixtures.organisation(jdbc, COUNCIL)).param("refs", references.toArray(String[]::new)).update();
        jdbc.sql("DELETE FROM tech_supplier s WHERE id > :id AND NOT EXISTS (SELECT 1 FROM tech_contract c WHERE c.supplier_id = s.id)")
                .param("id", lastSupplier).update();
        jdbc.sql("DELETE FROM tech_product p WHERE id > :id AND NOT EXISTS (SELECT 1 FROM tech_contract c WHERE c.product_id = p.id)")
                .param("id", lastProduct).update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract-import'").update();
    }

    @Test
    void aCouncilsContractsCsvAndOcdsExportsImportBackUnchanged() throws Exception {
        UserDetails editor = accounts.loadUserByUsername("editor@" + COUNCIL + ".example");
        long council = TechMapFixtures.organisation(jdbc, COUNCIL);
        for (int attempt = 0; attempt < TRIES; attempt++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            int size = Arbitraries.integers().between(1, 4).sample();
            for (int i = 0; i < size; i++) {
                Map<String, Object> contract = contract(attempt + "-" + i).sample();
                references.add((String) contract.get("reference"));
                batch.add(contract);
            }
            String because = "try " + attempt + ", contracts " + json.writeValueAsString(batch);
            var pushed = mvc.perform(put("/api/v1/techmap/councils/" + COUNCIL + "/contracts").with(user(editor)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("contracts", batch))))
                    .andReturn().getResponse();
            assertThat(pushed.getStatus()).as(because + " → " + pushed.getContentAsString()).isEqualTo(200);
            List<JsonNode> before = contracts(editor);

            var csv = importBack(council, exportCsv(editor), ".csv");
            assertThat(csv.ok()).as(because + " → " + csv).isTrue();
            assertThat(List.of(csv.created(), csv.updated())).as(because).containsExactly(0, 0);
            assertThat(contracts(editor)).as("CSV, " + because).isEqualTo(before);

            var ocds = importBack(council, exportOcds(editor), ".json");
            assertThat(ocds.ok()).as(because + " → " + ocds).isTrue();
            assertThat(List.of(ocds.created(), ocds.updated())).as(because).containsExactly(0, 0);
            assertThat(contracts(editor)).as("OCDS, " + because).isEqualTo(before);
        }
    }

    /** A valid contract as the API takes it, with a reference no other try has. */
    static Arbitrary<Map<String, Object>> contract(String unique) {
        Arbitrary<Long> pence = Arbitraries.oneOf(Arbitraries.longs().between(0, ContractRules.MAX_PENCE),
                Arbitraries.of(0L, 1L, 99L, 100L, 101L, ContractRules.MAX_PENCE - 1, ContractRules.MAX_PENCE));
        return net.jqwik.api.Combinators.combine(List.of(
                Awkward.text(90, true).map(text -> (Object) (text + " #" + unique)),
                Awkward.text(500, true).map(Object.class::cast),
                Awkward.text(2000, false).map(Object.class::cast),
                Awkward.text(200, false).map(Object.class::cast),
                Arbitraries.of(ServiceArea.class).map(a -> (Object) a.name()),
                Arbitraries.of(ServiceArea.Category.class).map(c -> (Object) c.name()),
                Arbitraries.of(Hosting.class).map(h -> (Object) h.name()).injectNull(0.3),
                Awkward.text(200, false).map(Object.class::cast),
                Awkward.text(200, false).map(Object.class::cast),
                Awkward.text(300, true).map(Object.class::cast),
                Awkward.date().list().ofSize(3).map(Object.class::cast),
                pence.map(Object.class::cast).injectNull(0.3).list().ofSize(3).map(Object.class::cast),
                Arbitraries.of(ProcurementRoute.class).map(r -> (Object) r.name()).injectNull(0.2),
                Awkward.text(200, false).map(Object.class::cast),
                Arbitraries.integers().between(1, 5).map(Object.class::cast).injectNull(0.3),
                Awkward.text(2000, false).map(Object.class::cast),
                Arbitraries.of(Visibility.class).map(v -> (Object) v.name()).list().ofSize(2).map(Object.class::cast),
                Arbitraries.integers().between(0, 7).map(Object.class::cast)
        )).as(ContractRoundTripIT::input);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> input(List<Object> v) {
        List<java.time.LocalDate> dates = new ArrayList<>((List<java.time.LocalDate>) v.get(10));
        int absent = (Integer) v.get(17);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            written.add((absent & (1 << i)) != 0 ? null : dates.get(i).toString());
        }
        if (written.get(0) != null && written.get(1) != null && written.get(1).compareTo(written.get(0)) < 0) {
            String start = written.get(1);
            written.set(1, written.get(0));
            written.set(0, start);
        }
        List<Long> money = (List<Long>) v.get(11);
        List<String> seen = (List<String>) v.get(16);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reference", v.get(0));
        c.put("title", v.get(1));
        c.put("description", v.get(2));
        c.put("department", v.get(3));
        c.put("serviceArea", v.get(4));
        c.put("category", v.get(5));
        c.put("hosting", v.get(6));
        c.put("product", v.get(7));
        c.put("productVendor", v.get(8));
        c.put("supplier", v.get(9));
        c.put("startDate", written.get(0));
        c.put("endDate", written.get(1));
        c.put("reviewDate", written.get(2));
        c.put("totalValuePence", money.get(0));
        c.put("annualValuePence", money.get(1));
        c.put("unrecoverableVatPence", money.get(2));
        c.put("procurementRoute", v.get(12));
        c.put("framework", v.get(13));
        c.put("satisfaction", v.get(14));
        c.put("notes", v.get(15));
        c.put("visibility", seen.get(0));
        c.put("valueVisibility", seen.get(1));
        return c;
    }

    /** Every contract of the council as the API shows it to its editor, in id order. */
    private List<JsonNode> contracts(UserDetails editor) throws Exception {
        String body = mvc.perform(get("/api/v1/techmap/contracts").param("council", COUNCIL).param("size", "100").with(user(editor)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode page = json.readTree(body);
        assertThat(page.path("totalItems").asLong()).as("one page holds them all").isLessThanOrEqualTo(100);
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        items.sort(Comparator.comparingLong(item -> item.path("id").asLong()));
        return items;
    }

    private byte[] exportCsv(UserDetails editor) throws Exception {
        var started = mvc.perform(get("/techmap/councils/" + COUNCIL + "/contracts.csv").with(user(editor))).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }

    private byte[] exportOcds(UserDetails editor) throws Exception {
        return mvc.perform(get("/techmap/councils/" + COUNCIL + "/ocds.json").with(user(editor))).andReturn()
                .getResponse().getContentAsByteArray();
    }

    private ImportResult importBack(long council, byte[] content, String suffix) throws Exception {
        Path file = Files.createTempFile("loti-round-trip-", suffix);
        try {
            Files.write(file, content);
            return registerImport.importFile(file, council, null);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
