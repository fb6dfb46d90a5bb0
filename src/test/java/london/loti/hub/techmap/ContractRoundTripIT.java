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
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * <p>A Jupiter test inside Spring's test context (the shared embedded PostgreSQL, MockMvc) drawing values from
 * {@link Awkward} and Instancio's generators; a failure prints the contracts it pushed and Instancio's seed, which
 * {@code @Seed(n)} on the test repeats. Tries are bounded ({@link #TRIES}) so the test takes seconds.
 */
@ExtendWith(InstancioExtension.class)
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
            int size = Awkward.between(1, 4);
            for (int i = 0; i < size; i++) {
                Map<String, Object> contract = contract(attempt + "-" + i);
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
    static Map<String, Object> contract(String unique) {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dates.add(Awkward.orNull(50, () -> Awkward.date().get().toString()));
        }
        if (dates.get(0) != null && dates.get(1) != null && dates.get(1).compareTo(dates.get(0)) < 0) {
            dates.add(0, dates.remove(1));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reference", Awkward.text(90, true).get() + " #" + unique);
        c.put("title", Awkward.text(500, true).get());
        c.put("description", Awkward.text(2000, false).get());
        c.put("department", Awkward.text(200, false).get());
        c.put("serviceArea", Instancio.gen().enumOf(ServiceArea.class).get().name());
        c.put("category", Instancio.gen().enumOf(ServiceArea.Category.class).get().name());
        c.put("hosting", Awkward.orNull(30, () -> Instancio.gen().enumOf(Hosting.class).get().name()));
        c.put("product", Awkward.text(200, false).get());
        c.put("productVendor", Awkward.text(200, false).get());
        c.put("supplier", Awkward.text(300, true).get());
        c.put("startDate", dates.get(0));
        c.put("endDate", dates.get(1));
        c.put("reviewDate", dates.get(2));
        for (String money : List.of("totalValuePence", "annualValuePence", "unrecoverableVatPence")) {
            c.put(money, Awkward.orNull(30, () -> Awkward.pence(ContractRules.MAX_PENCE)));
        }
        c.put("procurementRoute", Awkward.orNull(20, () -> Instancio.gen().enumOf(ProcurementRoute.class).get().name()));
        c.put("framework", Awkward.text(200, false).get());
        c.put("satisfaction", Awkward.orNull(30, () -> Awkward.between(1, 5)));
        c.put("notes", Awkward.text(2000, false).get());
        c.put("visibility", Instancio.gen().enumOf(Visibility.class).get().name());
        c.put("valueVisibility", Instancio.gen().enumOf(Visibility.class).get().name());
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
