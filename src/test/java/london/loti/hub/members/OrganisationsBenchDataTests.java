package london.loti.hub.members;

import java.util.List;
import london.loti.hub.bench.Scale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationsBenchDataTests {

    @Test
    void theSameScaleGeneratesTheSameOrganisationsEveryTime() {
        assertThat(OrganisationsBenchData.rows(Scale.NATIONAL)).containsExactlyElementsOf(OrganisationsBenchData.rows(Scale.NATIONAL));
    }

    @Test
    void nationalScaleAddsThreeHundredCouncilsAndSixtyFivePartnersToTheThirtyFiveRealOnes() {
        List<Object[]> rows = OrganisationsBenchData.rows(Scale.NATIONAL);

        assertThat(rows).hasSize(365);
        assertThat(rows.stream().filter(r -> r[2].equals("PUBLIC_BODY"))).hasSize(300);
        assertThat(Scale.NATIONAL.organisations()).isEqualTo(400);
    }

    @Test
    void slugsAndGssCodesAreUniqueAndPassTheTablesChecks() {
        List<Object[]> rows = OrganisationsBenchData.rows(Scale.NATIONAL);

        assertThat(rows.stream().map(r -> (String) r[0])).doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("^[a-z0-9]+(-[a-z0-9]+)*$"));
        assertThat(rows.stream().map(r -> (String) r[3]).filter(java.util.Objects::nonNull)).hasSize(300)
                .doesNotHaveDuplicates().allMatch(gss -> gss.matches("^E0[678][0-9]{6}$"));
        assertThat(rows.stream().map(r -> (String) r[1])).doesNotHaveDuplicates();
    }
}
