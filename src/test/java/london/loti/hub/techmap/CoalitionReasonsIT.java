package london.loti.hub.techmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.projects.CoalitionFinder;
import london.loti.hub.projects.CoalitionQuery;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The map's reasons in the project register's coalition finder: the same product, a contract ending soon. */
class CoalitionReasonsIT extends IntegrationTest {

    @Autowired
    ContractRegisterImport imports;
    @Autowired
    CoalitionFinder finder;

    @Test
    void aCouncilUsingTheNamedProductWhoseContractEndsSoonIsSuggestedWithBothReasons() throws Exception {
        long bexley = TechMapFixtures.importRegister(imports, jdbc, "bexley", "COAL", LocalDate.now(clock).plusMonths(6));
        var suggestions = finder.find(new CoalitionQuery(null, null, "Replacing Uniform, our planning system",
                List.of(), null), Viewer.VISITOR, 50);
        var bexleys = suggestions.stream().filter(s -> s.organisation().id() == bexley).findFirst().orElseThrow();
        assertThat(bexleys.reasons()).extracting(CoalitionFinder.Reason::text)
                .anyMatch(text -> text.startsWith("Uses the same product: ") && text.contains("Uniform"))
                .anyMatch(text -> text.contains("ends on") && text.contains("within 18 months"));
    }

    @Test
    void everyEndingReasonIsAPublicContractOfAnotherCouncilWithin18Months() {
        long camden = TechMapFixtures.organisation(jdbc, "camden");
        var suggestions = finder.find(new CoalitionQuery(null, camden, "Planning system",
                List.of(), london.loti.hub.projects.ServiceArea.PLANNING), Viewer.VISITOR, 50);
        var endings = suggestions.stream().flatMap(s -> s.reasons().stream())
                .filter(r -> r.text().contains("within 18 months")).toList();
        assertThat(endings).isNotEmpty();
        LocalDate today = LocalDate.now(clock);
        for (var reason : endings) {
            long id = Long.parseLong(reason.href().substring("/techmap/contracts/".length()));
            var contract = jdbc.sql("SELECT organisation_id, visibility, service_area, end_date FROM tech_contract WHERE id = :id")
                    .param("id", id).query().singleRow();
            assertThat(contract.get("organisation_id")).isNotEqualTo(camden);
            assertThat(contract.get("visibility")).isEqualTo("PUBLIC");
            LocalDate end = ((java.sql.Date) contract.get("end_date")).toLocalDate();
            assertThat(end).isBetween(today, today.plusMonths(18));
        }
        assertThat(suggestions).noneMatch(s -> s.organisation().id() == camden);
    }

    @Autowired
    TechMap map;

    @Test
    void theProductsLookedUpAreTheNamedOnesFirstThenTheCouncilsMostUsedAndNoMore() {
        long camden = TechMapFixtures.organisation(jdbc, "camden");
        var areas = List.of(ServiceArea.PLANNING, ServiceArea.HOUSING, ServiceArea.REVENUES_AND_BENEFITS);
        long uniform = jdbc.sql("SELECT id FROM tech_product WHERE name = 'Uniform'").query(Long.class).single();
        var mostUsed = jdbc.sql("""
                SELECT product_id FROM tech_contract WHERE organisation_id = :camden AND visibility = 'PUBLIC'
                   AND product_id IS NOT NULL AND product_id <> :uniform AND service_area IN ('PLANNING', 'HOUSING', 'REVENUES_AND_BENEFITS')
                 GROUP BY product_id ORDER BY count(*) DESC, product_id LIMIT 1""")
                .param("camden", camden).param("uniform", uniform).query(Long.class).single();

        assertThat(map.productsFor(camden, areas, "Replacing Uniform", 2)).containsExactly(uniform, mostUsed);
        assertThat(map.productsFor(camden, areas, "", 1)).hasSize(1);
        assertThat(map.productsFor(null, List.of(), "Uniformity is not a product", 5)).isEmpty();
    }

    @Test
    void theRegistersServiceAreasMapOntoTheMaps() {
        assertThat(CoalitionReasons.areasOf(london.loti.hub.projects.ServiceArea.TRANSPORT))
                .containsExactlyInAnyOrder(ServiceArea.PARKING, ServiceArea.HIGHWAYS);
        assertThat(CoalitionReasons.areasOf(london.loti.hub.projects.ServiceArea.DATA_INSIGHT)).isEmpty();
        assertThat(CoalitionReasons.areasOf(null)).isEmpty();
    }

}
