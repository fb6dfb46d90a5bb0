package london.loti.hub.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertThat(PasswordPolicy.problemWith("correct horse battery", "jo@camden.example")).isEmpty();
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        assertThat(PasswordPolicy.problemWith("", "jo@x.example")).contains("Enter a password");
        assertThat(PasswordPolicy.problemWith("short", "jo@x.example")).contains("Password must be 12 characters or more");
        assertThat(PasswordPolicy.problemWith("Password1234", "jo@x.example")).get().asString().contains("too easy to guess");
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaa", "jo@x.example")).get().asString().contains("too easy to guess");
        assertThat(PasswordPolicy.problemWith("amara.okafor-2026!", "amara.okafor@camden.example"))
                .contains("Password must not contain your email address");
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
