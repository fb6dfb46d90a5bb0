package london.loti.hub.members;

import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTests {

    private final Viewer member = new Viewer(2L, "Mo", 7L, Role.MEMBER, false);
    private final Viewer partner = new Viewer(3L, "Pa", 40L, Role.PARTNER, false);
    private final Viewer admin = new Viewer(4L, "Ad", 35L, Role.ADMIN, false);
    private final Viewer token = new Viewer(null, "API token 'sync'", 7L, Role.EDITOR, true);

    @Test
    void membersAdminsAndTheirOrganisationsTokensReadEveryName() {
        assertThat(PersonName.of("Aisha Bello", "Hackney", false, member)).isEqualTo("Aisha Bello");
        assertThat(PersonName.of("Aisha Bello", "Hackney", false, admin)).isEqualTo("Aisha Bello");
        assertThat(PersonName.of("Aisha Bello", "Hackney", false, token)).isEqualTo("Aisha Bello");
    }

    @Test
    void visitorsAndPartnersReadAnOfficerOfTheOrganisationUnlessTheProfileIsPublic() {
        assertThat(PersonName.of("Aisha Bello", "Hackney", false, Viewer.VISITOR)).isEqualTo("An officer of Hackney");
        assertThat(PersonName.of("Aisha Bello", "Hackney", false, partner)).isEqualTo("An officer of Hackney");
        assertThat(PersonName.withOrganisation("Aisha Bello", "Hackney", false, Viewer.VISITOR))
                .isEqualTo("An officer of Hackney");
        assertThat(PersonName.of("Aisha Bello", "Hackney", true, Viewer.VISITOR)).isEqualTo("Aisha Bello");
        assertThat(PersonName.withOrganisation("Aisha Bello", "Hackney", true, partner))
                .isEqualTo("Aisha Bello of Hackney");
    }
}
