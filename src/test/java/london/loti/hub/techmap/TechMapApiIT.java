package london.loti.hub.techmap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

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
                  {"reference": "API-4", "title": "", "startDate": "2024-01-01", "endDate": "2023-01-01", "totalValuePence": -500},
                  {"reference": "API-3", "title": "Twice", "startDate": "2024-02-30"}
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
}
