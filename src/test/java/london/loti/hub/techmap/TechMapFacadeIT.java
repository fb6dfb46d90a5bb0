package london.loti.hub.techmap;

import java.time.LocalDate;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules (the coalition finder, search) read from the map. */
class TechMapFacadeIT extends IntegrationTest {

    @Autowired
    TechMap techMap;

    @Test
    void councilsUsingAProductAndSharingOneAreFound() {
        long uniform = jdbc.sql("SELECT id FROM tech_product WHERE name = 'Uniform'").query(Long.class).single();
        var users = techMap.councilsUsingProduct(uniform);
        assertThat(users).hasSizeGreaterThan(2).allMatch(u -> u.product().equals("Uniform"));
        long council = users.get(0).organisationId();
        assertThat(techMap.productsOf(council)).anyMatch(p -> p.productId() == uniform);
        assertThat(techMap.councilsSharingAProductWith(council))
                .anyMatch(p -> p.productId() == uniform && p.organisationId() != council)
                .noneMatch(p -> p.organisationId() == council);
    }

    @Test
    void contractsEndingWithinAWindowAreTheCouncilsOwnAndInTheWindow() {
        long camden = TechMapFixtures.organisation(jdbc, "camden");
        LocalDate today = LocalDate.now(clock);
        var ending = techMap.contractsEndingWithin(camden, 18);
        long expected = jdbc.sql("""
                SELECT count(*) FROM tech_contract WHERE organisation_id = :o AND visibility = 'PUBLIC'
                   AND end_date BETWEEN :today AND :until""").param("o", camden).param("today", today)
                .param("until", today.plusMonths(18)).query(Long.class).single();
        assertThat(ending).hasSize((int) expected).isNotEmpty()
                .allMatch(e -> e.organisationId() == camden && !e.endDate().isBefore(today) && !e.endDate().isAfter(today.plusMonths(18)));
    }
}
