package london.loti.hub.accounts;

import java.util.List;
import london.loti.hub.bench.BenchAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsBenchDataTests {

    private final List<AccountsBenchData.Organisation> organisations = List.of(
            new AccountsBenchData.Organisation(7, "camden"), new AccountsBenchData.Organisation(35, "london-councils"));

    @Test
    void theFixedHashIsThePasswordTheBenchSignsInWith() {
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(BenchAccounts.PASSWORD, BenchAccounts.PASSWORD_HASH)).isTrue();
    }

    @Test
    void everyOrganisationHasAnEditorAndAMemberAndTheTeamHasTwoAdmins() {
        List<Object[]> rows = AccountsBenchData.rows(organisations);

        assertThat(rows).extracting(r -> r[0]).containsExactly("priya.shah@loti.example", "tom.okafor@loti.example",
                "editor@camden.example", "member@camden.example", "editor@london-councils.example",
                "member@london-councils.example");
        assertThat(rows).extracting(r -> r[4]).containsExactly("ADMIN", "ADMIN", "EDITOR", "MEMBER", "EDITOR", "MEMBER");
        assertThat(rows.get(0)[3]).isEqualTo(35L);
    }

    @Test
    void theSameOrganisationsGiveTheSameAccounts() {
        assertThat(AccountsBenchData.rows(organisations)).containsExactlyElementsOf(AccountsBenchData.rows(organisations));
    }
}
