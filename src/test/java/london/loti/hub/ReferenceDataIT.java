package london.loti.hub;

import java.util.List;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataIT extends IntegrationTest {

    @Test
    void theThirtyThreeAuthoritiesHaveConsecutiveGssCodes() {
        List<String> codes = jdbc.sql("SELECT gss_code FROM organisation WHERE kind = 'LONDON_AUTHORITY' ORDER BY gss_code")
                .query(String.class).list();
        assertThat(codes).hasSize(33).first().isEqualTo("E09000001");
        assertThat(codes).last().isEqualTo("E09000033");
    }

    @Test
    void partnershipsFollowTheReferenceIncludingItsExceptions() {
        assertThat(partnershipOf("bromley")).isNull();
        assertThat(partnershipOf("haringey")).isEqualTo("Central London Forward");
        assertThat(partnershipOf("lewisham")).isEqualTo("Central London Forward");
        assertThat(partnershipOf("croydon")).isEqualTo("South London Partnership");
        assertThat(jdbc.sql("SELECT inner_london_statutory FROM organisation WHERE slug = 'newham'").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT inner_london_ons FROM organisation WHERE slug = 'newham'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void theReportsAndStandardsListsAreComplete() {
        assertThat(count("workstream")).isEqualTo(6);
        assertThat(count("workstream_problem")).isEqualTo(15);
        assertThat(count("declaration_principle")).isEqualTo(5);
        assertThat(count("service_standard_point")).isEqualTo(15);
        assertThat(count("service_phase")).isEqualTo(6);
        assertThat(count("role_family")).isEqualTo(8);
        assertThat(jdbc.sql("SELECT name FROM skill_level ORDER BY position").query(String.class).list())
                .containsExactly("Awareness", "Working", "Practitioner", "Expert");
    }

    @Test
    void searchExtensionsAreInstalled() {
        assertThat(jdbc.sql("SELECT extname FROM pg_extension").query(String.class).list()).contains("pg_trgm", "unaccent");
    }

    private String partnershipOf(String slug) {
        return jdbc.sql("SELECT sub_regional_partnership FROM organisation WHERE slug = :s").param("s", slug)
                .query(String.class).list().get(0);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
