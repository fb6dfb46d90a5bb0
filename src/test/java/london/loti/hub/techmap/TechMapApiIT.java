package london.loti.hub.techmap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A council's system pushes its contracts with the council's API token, in batches, idempotently. */
class TechMapApiIT extends IntegrationTest {

    private static final String BATCH = """
            {"contracts": [
              {"reference": "API-1", "title": "Housing repairs system", "serviceArea": "HOUSING", "product": "NEC Housing",
               "supplier": "NEC Software Solutions UK Ltd", "startDate": "2022-04-01", "endDate": "2027-03-31",
               "totalValuePence": 150000000, "annualValuePence": 30000000, "hosting": "SAAS", "satisfaction": 3},
              {"reference": "API-2", "title": "Electoral register", "department": "Electoral services",
               "supplier": "Democracy Counts Ltd", "endDate": "2026-09-30", "procurementRoute": "G-Cloud 14",
               "valueVisibility": "PUBLIC", "annualValuePence": 4500000}
            ]}""";

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'API-%'").update();
        jdbc.sql("DELETE FROM api_token WHERE name LIKE 'techmap test%'").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract-import' AND record_id = 'api'").update();
    }

    String token(String slug) throws Exception {
        String value = "loti_techmaptest" + slug;
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("INSERT INTO api_token (organisation_id, name, token_hash, token_prefix) VALUES (:o, :n, :h, 'loti_tech')")
                .param("o", TechMapFixtures.organisation(jdbc, slug)).param("n", "techmap test " + slug).param("h", hash).update();
        return value;
    }

    @Test
    void aBatchIsWrittenOnceAndSendingItAgainChangesNothing() throws Exception {
        String token = token("camden");
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(BATCH))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.unchanged").value(0));
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(BATCH))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(2));
        var row = jdbc.sql("SELECT service_area, procurement_route, framework, value_visibility, source FROM tech_contract WHERE reference = 'API-2'")
                .query().singleRow();
        assertThat(row).containsEntry("service_area", "ELECTORAL").containsEntry("procurement_route", "FRAMEWORK")
                .containsEntry("framework", "G-Cloud 14").containsEntry("value_visibility", "PUBLIC").containsEntry("source", "API");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'contract-import' AND record_id = 'api'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anInvalidBatchIsRefusedFieldByFieldAndWritesNothing() throws Exception {
        String token = token("camden");
        String bad = """
                {"contracts": [
                  {"reference": "API-3", "title": "Fine", "supplier": "Jadu Ltd"},
                  {"reference": "API-4", "title": "", "supplier": "Jadu Ltd", "startDate": "2024-01-01", "endDate": "2023-01-01", "totalValuePence": -500},
                  {"reference": "API-3", "title": "Twice", "supplier": "Jadu Ltd", "startDate": "2024-02-30"}
                ]}""";
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("contracts[1].title"))
                .andExpect(jsonPath("$.errors[1].field").value("contracts[1].endDate"))
                .andExpect(jsonPath("$.errors[1].message").value("End date must be on or after the start date"))
                .andExpect(jsonPath("$.errors[2].field").value("contracts[1].totalValuePence"))
                .andExpect(jsonPath("$.errors[3].field").value("contracts[2].startDate"));
        assertThat(jdbc.sql("SELECT count(*) FROM tech_contract WHERE reference LIKE 'API-%'").query(Long.class).single()).isZero();
    }

    @Test
    void anotherCouncilsTokenCannotPushAndNoTokenIsUnauthorised() throws Exception {
        String hackney = token("hackney");
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").header("Authorization", "Bearer " + hackney)
                .contentType(MediaType.APPLICATION_JSON).content(BATCH)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BATCH))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM tech_contract WHERE reference LIKE 'API-%'").query(Long.class).single()).isZero();
    }

    @Test
    void theReadingApiFiltersAndHidesValuesFromVisitors() throws Exception {
        mvc.perform(put("/api/v1/techmap/councils/camden/contracts").header("Authorization", "Bearer " + token("camden"))
                .contentType(MediaType.APPLICATION_JSON).content(BATCH)).andExpect(status().isOk());
        long id = jdbc.sql("SELECT id FROM tech_contract WHERE reference = 'API-1'").query(Long.class).single();
        mvc.perform(get("/api/v1/techmap/contracts/" + id)).andExpect(jsonPath("$.title").value("Housing repairs system"))
                .andExpect(jsonPath("$.annualValuePence").doesNotExist()).andExpect(jsonPath("$.valuesShown").value(false));
        mvc.perform(get("/api/v1/techmap/contracts/" + id).header("Authorization", "Bearer " + token("hackney")))
                .andExpect(jsonPath("$.annualValuePence").value(30000000));
        mvc.perform(get("/api/v1/techmap/contracts?council=camden&serviceArea=HOUSING&endingFrom=2027-03-31&endingTo=2027-03-31"))
                .andExpect(jsonPath("$.items[?(@.reference == 'API-1')]").exists())
                .andExpect(jsonPath("$.items[?(@.reference == 'API-2')]").doesNotExist());
        mvc.perform(get("/api/v1/techmap/contracts?endingFrom=soon")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("endingFrom"));
    }

    @Autowired
    ContractRegisterImport registerImport;

    @Autowired
    JsonMapper json;

    /** The same contract as the API takes it and as a register row, each with a rule it breaks. */
    record Case(Map<String, Object> api, String csvRow) {
    }

    @Test
    void theApiRefusesWhatAFileImportRefusesWithTheSameMessages() throws Exception {
        String token = token("camden");
        long camden = TechMapFixtures.organisation(jdbc, "camden");
        String long201 = "D".repeat(201);
        List<Case> cases = List.of(
                new Case(Map.of("reference", "API-5", "title", "No supplier"), "API-5,No supplier,,,,"),
                new Case(Map.of("reference", "API-6", "title", "T".repeat(501), "supplier", "Jadu Ltd"),
                        "API-6," + "T".repeat(501) + ",Jadu Ltd,,,"),
                new Case(Map.of("reference", "API-7", "title", "Backwards", "supplier", "Jadu Ltd", "startDate", "2024-04-01",
                        "endDate", "2024-03-31"), "API-7,Backwards,Jadu Ltd,2024-04-01,2024-03-31,"),
                new Case(Map.of("reference", "API-8", "title", "Long department", "supplier", "Jadu Ltd", "department", long201),
                        "API-8,Long department,Jadu Ltd,,," + long201));
        for (Case c : cases) {
            var api = mvc.perform(put("/api/v1/techmap/councils/camden/contracts").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("contracts", List.of(c.api())))))
                    .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
            List<String> apiMessages = new java.util.ArrayList<>();
            json.readTree(api).path("errors").forEach(e -> apiMessages.add(e.path("message").asString()));
            assertThat(api).contains("\"field\":\"contracts[0].");

            Path file = Files.createTempFile("api-rules-", ".csv");
            try {
                Files.writeString(file, "Reference,Title,Supplier name,Start date,End date,Department\n" + c.csvRow() + "\n");
                var imported = registerImport.importFile(file, camden, null);
                assertThat(imported.committed()).isFalse();
                assertThat(imported.errors()).extracting(ImportResult.ImportError::message).as(c.csvRow())
                        .isNotEmpty().containsExactlyElementsOf(apiMessages);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        var noSupplier = mvc.perform(put("/api/v1/techmap/councils/camden/contracts").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("contracts", List.of(cases.get(0).api())))));
        noSupplier.andExpect(jsonPath("$.errors[0].field").value("contracts[0].supplier"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the supplier name"));
        assertThat(jdbc.sql("SELECT count(*) FROM tech_contract WHERE reference LIKE 'API-%'").query(Long.class).single()).isZero();
    }
}
