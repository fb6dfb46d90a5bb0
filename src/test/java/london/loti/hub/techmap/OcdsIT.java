package london.loti.hub.techmap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Open Contracting: the export validates against the official OCDS 1.1 schemas (draft-04; the package schema's
 * reference to the release schema resolved from the test's copy, never the network), and the official samples
 * import.
 */
class OcdsIT extends IntegrationTest {

    private static final String SCHEMAS = "https://standard.open-contracting.org/schema/1__1__5/";

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ContractRegisterImport registerImport;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'ocds-213czf-%'").update();
        jdbc.sql("DELETE FROM tech_supplier s WHERE name_key = 'anycorp cycle provision' AND NOT EXISTS (SELECT 1 FROM tech_contract c WHERE c.supplier_id = s.id)").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract-import'").update();
    }

    static Schema packageSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMAS, "classpath:ocds/")));
        return registry.getSchema(SchemaLocation.of(SCHEMAS + "release-package-schema.json"));
    }

    static List<String> errors(JsonNode document) {
        return packageSchema().validate(document, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    JsonNode export(String slug, String asEmail) throws Exception {
        var request = get("/techmap/councils/" + slug + "/ocds.json");
        if (asEmail != null) {
            request.with(user(accounts.loadUserByUsername(asEmail)));
        }
        return json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theExportValidatesAgainstTheOfficialSchema() throws Exception {
        JsonNode members = export("camden", "member@camden.example");
        assertThat(members.get("releases").size()).isGreaterThan(10);
        assertThat(members.toString()).contains("\"value\":{");
        assertThat(errors(members)).isEmpty();
        JsonNode visitors = export("camden", null);
        assertThat(errors(visitors)).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAnInvalidPackage() throws Exception {
        JsonNode document = export("camden", "member@camden.example");
        ObjectNode contract = (ObjectNode) document.get("releases").get(0).get("contracts").get(0);
        contract.put("status", "finished-ish");
        ((ObjectNode) document).put("publishedDate", "yesterday");
        assertThat(errors(document)).anyMatch(e -> e.contains("status")).anyMatch(e -> e.contains("publishedDate"));
    }

    @Test
    void valuesForMembersAreLeftOutOfAVisitorsExport() throws Exception {
        long hidden = jdbc.sql("""
                SELECT count(*) FROM tech_contract c JOIN organisation o ON o.id = c.organisation_id
                 WHERE o.slug = 'camden' AND c.value_visibility = 'MEMBERS' AND c.total_value_pence IS NOT NULL
                """).query(Long.class).single();
        long shown = jdbc.sql("""
                SELECT count(*) FROM tech_contract c JOIN organisation o ON o.id = c.organisation_id
                 WHERE o.slug = 'camden' AND c.value_visibility = 'PUBLIC' AND c.total_value_pence IS NOT NULL
                """).query(Long.class).single();
        assertThat(hidden).isPositive();
        JsonNode visitors = export("camden", null);
        int values = 0;
        for (JsonNode release : visitors.get("releases")) {
            values += release.get("contracts").get(0).has("value") ? 1 : 0;
        }
        assertThat(values).isEqualTo((int) shown);
    }

    @Test
    void theSampleReleasesImportForTheirBuyerOnly() throws Exception {
        long barnet = TechMapFixtures.organisation(jdbc, "barnet");
        long camden = TechMapFixtures.organisation(jdbc, "camden");
        Path pack = copy("ocds/sample-release-package.json");
        Path single = copy("ocds/sample-contract-release.json");
        try {
            var refused = registerImport.importFile(pack, camden, null);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.errors().get(0).message()).contains("is for London Borough of Barnet, not Camden");

            var result = registerImport.importFile(pack, barnet, null);
            assertThat(result.ok()).as(String.valueOf(result)).isTrue();
            assertThat(result.created()).isEqualTo(1);
            var row = jdbc.sql("""
                    SELECT c.title, c.total_value_pence, c.start_date, c.end_date, s.name AS supplier, s.companies_house_number
                      FROM tech_contract c JOIN tech_supplier s ON s.id = c.supplier_id
                     WHERE c.organisation_id = :o AND c.reference = 'ocds-213czf-000-00001-contract-01'
                    """).param("o", barnet).query().singleRow();
            assertThat(row).containsEntry("title", "Contract to build new cycle lanes in the centre of town.")
                    .containsEntry("total_value_pence", 1_100_000_000L)
                    .containsEntry("start_date", java.sql.Date.valueOf("2010-07-01"))
                    .containsEntry("end_date", java.sql.Date.valueOf("2011-06-30"))
                    .containsEntry("supplier", "AnyCorp Cycle Provision").containsEntry("companies_house_number", "11111111");

            var again = registerImport.importFile(single, barnet, null);
            assertThat(again.ok()).isTrue();
            assertThat(again.unchanged()).isEqualTo(1);
        } finally {
            Files.deleteIfExists(pack);
            Files.deleteIfExists(single);
        }
    }

    private static Path copy(String resource) throws Exception {
        Path file = Files.createTempFile("ocds", ".json");
        try (var in = OcdsIT.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
