package london.loti.hub.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    @Test
    void threeRandomWordsAreAccepted() {
        for (String words : new String[] {"correct horse battery", "purple lantern orchard", "bread table lamp",
                "kettle meadow orange"}) {
            assertThat(PasswordPolicy.problemWith(words, "jo.bloggs@camden.example", "Jo Bloggs")).as(words).isEmpty();
        }
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        assertThat(PasswordPolicy.problemWith("", "jo@x.example", null)).contains("Enter a password");
        assertThat(PasswordPolicy.problemWith("short", "jo@x.example", null)).contains("Password must be 12 characters or more");
        assertThat(PasswordPolicy.problemWith("x".repeat(65), "jo@x.example", null))
                .contains("Password must be 64 characters or fewer");
        assertThat(PasswordPolicy.problemWith("ä".repeat(37), "jo@x.example", null))
                .contains("Password must be shorter: accented letters and symbols count as more than one character");
        assertThat(PasswordPolicy.problemWith("plum orbit sixty violin " + "quartz ".repeat(5) + "okays", "jo@x.example", null))
                .as("64 characters, as ASVS asks").isEmpty();
        assertThat(PasswordPolicy.problemWith("amara.okafor-2026!", "amara.okafor@camden.example", null))
                .contains("Password must not contain your email address");
    }

    @Test
    void commonPasswordsKeyboardPatternsAndSeasonsWithAYearAreTooEasyToGuess() {
        for (String weak : new String[] {"qwertyuiopas", "Summer2024!!", "Winter2025!!", "Password1234", "aaaaaaaaaaaaaa",
                "iloveyou2024", "P@ssw0rd2024!", "London123456", "monkey dragon"}) {
            assertThat(PasswordPolicy.problemWith(weak, "jo@x.example", "Jo Bloggs")).as(weak)
                    .contains(PasswordPolicy.TOO_EASY);
        }
    }

    @Test
    void theInviteesOwnNamePlusAYearIsRefused() {
        assertThat(PasswordPolicy.problemWith("NiaOfficer2026", "n.o@camden.example", "Nia Officer"))
                .contains("Password must not contain your name");
        assertThat(PasswordPolicy.problemWith("Officer2026!!", "n.o@camden.example", "Nia Officer"))
                .contains("Password must not contain your name");
        assertThat(PasswordPolicy.problemWith("Nia2026Nia2026", "n.o@camden.example", "Nia Officer"))
                .as("a name part too short to refuse outright is still one of the person's own words")
                .contains(PasswordPolicy.TOO_EASY);
        assertThat(PasswordPolicy.problemWith("Tariq Smith 1990", "t.s@camden.example", "Tariq Smith"))
                .contains("Password must not contain your name");
    }

    @Test
    void demoPasswordsPass() {
        for (int i = 0; i < 50; i++) {
            String password = AccountsDemoData.newPassword();
            assertThat(PasswordPolicy.problemWith(password, "editor@camden.example", "Priya Shah")).as(password).isEmpty();
        }
    }

    @Test
    void emailAddressesAreCheckedForShape() {
        assertThat(Emails.problemWith("not-an-email")).contains("Enter an email address in the correct format, like name@example.com");
        assertThat(Emails.problemWith(" ")).contains("Enter an email address");
        assertThat(Emails.problemWith("jo@camden.gov.uk")).isEmpty();
    }

    @Test
    void aWeakAdminPasswordStopsStartUpWithTheReason() {
        var bootstrap = new AdminBootstrap("admin@loti.example", "london2026", null, null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bootstrap.run(null))
                .isInstanceOf(AdminSetupException.class)
                .hasMessage("LOTI_ADMIN_PASSWORD was refused: Password must be 12 characters or more");
    }

    @Test
    void anAdminPasswordWithoutAnEmailIsRefused() {
        var bootstrap = new AdminBootstrap("", "correct horse battery", null, null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bootstrap.run(null))
                .isInstanceOf(AdminSetupException.class).hasMessageContaining("LOTI_ADMIN_EMAIL is not");
    }
}
