package london.loti.hub.accounts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.loti.hub.support.Browserless;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationIT extends IntegrationTest {

    private static final String INVITEE = "new.officer@barnet.example";

    @LocalServerPort
    int port;

    Browserless admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = new Browserless(port);
        admin.signIn("priya.shah@loti.example", demoPassword());
    }

    @AfterEach
    void removeInvitee() {
        jdbc.sql("DELETE FROM person WHERE email = :e").param("e", INVITEE).update();
        jdbc.sql("DELETE FROM invitation WHERE email = :e").param("e", INVITEE).update();
        jdbc.sql("DELETE FROM user_account WHERE email = :e").param("e", INVITEE).update();
        jdbc.sql("DELETE FROM outbox_message WHERE recipient = :e").param("e", INVITEE).update();
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    @Test
    void anInvitationToSomethingThatIsNotAnEmailAddressIsRefusedAndNothingIsSent() {
        long invitations = count("invitation");
        long messages = count("outbox_message");
        admin.get("/admin/invitations/new");
        var page = admin.post("/admin/invitations/new", Map.of("email", "not-an-email", "organisationId", "", "role", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.body()).contains("Enter an email address in the correct format, like name@example.com",
                "Select an organisation", "Select a role", "value=\"not-an-email\"");
        assertThat(count("invitation")).isEqualTo(invitations);
        assertThat(count("outbox_message")).isEqualTo(messages);
    }

    @Test
    void anInviteeSetsAPasswordOnceFromTheLinkAndSignsIn() {
        String link = invite();
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'invitation' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("Invited " + INVITEE + " as Organisation editor");
        Browserless invitee = new Browserless(port);
        assertThat(invitee.get(link).body()).contains("You are invited as organisation editor of Barnet");

        var weak = invitee.post(link, Map.of("fullName", "", "password", "password", "confirmPassword", "password"));
        assertThat(weak.body()).contains("Enter your full name", "Password must be 12 characters or more");
        assertThat(count("user_account WHERE email = '" + INVITEE + "'")).isZero();

        var ownName = invitee.post(link, Map.of("fullName", "Nia Oyelaran", "password", "NiaOyelaran2026",
                "confirmPassword", "NiaOyelaran2026"));
        assertThat(ownName.body()).contains("Password must not contain your name");
        var season = invitee.post(link, Map.of("fullName", "Nia Oyelaran", "password", "Summer2024!!",
                "confirmPassword", "Summer2024!!"));
        assertThat(season.body()).contains("Password is too easy to guess");
        assertThat(count("user_account WHERE email = '" + INVITEE + "'")).isZero();

        var done = invitee.post(link, Map.of("fullName", "Nia Officer", "password", "correct horse battery",
                "confirmPassword", "correct horse battery"));
        assertThat(done.location()).endsWith("/sign-in?invited");
        assertThat(jdbc.sql("SELECT o.slug FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.email = :e")
                .param("e", INVITEE).query(String.class).single()).isEqualTo("barnet");
        assertThat(invitee.signIn(INVITEE, "correct horse battery").status()).isEqualTo(302);
        assertThat(invitee.get("/").body()).contains("Signed in as " + INVITEE);

        var reused = new Browserless(port).get(link);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.body()).contains("This invitation has already been used");
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        String link = invite();
        jdbc.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = :e").param("e", INVITEE).update();
        Browserless invitee = new Browserless(port);
        assertThat(invitee.get(link).body()).contains("This invitation has expired");
        invitee.get("/sign-in");
        var posted = invitee.post(link, Map.of("fullName", "Nia Officer", "password", "correct horse battery",
                "confirmPassword", "correct horse battery"));
        assertThat(posted.status()).isEqualTo(410);
        assertThat(count("user_account WHERE email = '" + INVITEE + "'")).isZero();
    }

    @Test
    void theAuditRecordCanBeFilteredByKind() {
        invite();
        assertThat(admin.get("/admin/audit?kind=invitation").body()).contains("Invited " + INVITEE);
        assertThat(admin.get("/admin/audit?kind=api-token").body()).doesNotContain("Invited " + INVITEE);
        assertThat(admin.get("/admin/audit?actor=x").status()).isEqualTo(400);
    }

    /** Invites the invitee as an editor of Barnet and returns the link from the e-mail in the outbox. */
    private String invite() {
        admin.get("/admin/invitations/new");
        long barnet = jdbc.sql("SELECT id FROM organisation WHERE slug = 'barnet'").query(Long.class).single();
        var sent = admin.post("/admin/invitations/new",
                Map.of("email", INVITEE, "organisationId", String.valueOf(barnet), "role", "EDITOR"));
        assertThat(sent.location()).endsWith("/admin/invitations?sent");
        String body = jdbc.sql("SELECT body FROM outbox_message WHERE recipient = :e").param("e", INVITEE)
                .query(String.class).single();
        Matcher link = Pattern.compile("http://localhost:8080(/invitations/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
