package london.loti.hub.members;

import java.time.Duration;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bexley, which declined in 2019, is invited again; its editor answers; a council that does not answer is reminded once after the set days. */
class CoreInvitationIT extends IntegrationTest {

    private static final String TO = "new.invitation@bexley.example";

    @Autowired
    CoreInvitations invitations;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void cleanUp() {
        clock.reset();
        jdbc.sql("DELETE FROM core_invitation WHERE email = :e").param("e", TO).update();
        jdbc.sql("DELETE FROM outbox_message WHERE recipient = :e").param("e", TO).update();
    }

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    long bexley() {
        return jdbc.sql("SELECT id FROM organisation WHERE slug = 'bexley'").query(Long.class).single();
    }

    long messages() {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :e").param("e", TO).query(Long.class).single();
    }

    void invite() throws Exception {
        mvc.perform(post("/members/invitations/new").with(as("priya.shah@loti.example")).with(csrf())
                        .param("organisationId", String.valueOf(bexley())).param("email", TO))
                .andExpect(redirectedUrl("/members/invitations?sent"));
    }

    long invitation() {
        return jdbc.sql("SELECT id FROM core_invitation WHERE email = :e").param("e", TO).query(Long.class).single();
    }

    @Test
    void anInvitationIsEmailedAndTheCouncilsEditorAcceptsIt() throws Exception {
        invite();
        assertThat(messages()).isEqualTo(1);
        mvc.perform(get("/members/bexley").with(as("editor@bexley.example")))
                .andExpect(content().string(containsString("Accept the invitation")));
        mvc.perform(get("/members/bexley").with(as("member@bexley.example")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Accept the invitation"))));
        mvc.perform(post("/members/invitations/" + invitation() + "/reply").with(as("editor@camden.example")).with(csrf())
                .param("reply", "ACCEPTED")).andExpect(status().isForbidden());
        mvc.perform(post("/members/invitations/" + invitation() + "/reply").with(as("editor@bexley.example")).with(csrf())
                .param("reply", "ACCEPTED")).andExpect(redirectedUrl("/members/bexley?answered"));
        assertThat(jdbc.sql("SELECT status FROM core_invitation WHERE email = :e").param("e", TO).query(String.class).single())
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'core-invitation' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("Bexley accepted the invitation to become a founding Core member");
    }

    @Test
    void aSecondOpenInvitationOrABadAddressIsRefused() throws Exception {
        invite();
        mvc.perform(post("/members/invitations/new").with(as("priya.shah@loti.example")).with(csrf())
                        .param("organisationId", String.valueOf(bexley())).param("email", "not-an-email"))
                .andExpect(content().string(containsString("Bexley already has an invitation waiting for a reply")))
                .andExpect(content().string(containsString("Enter an email address in the correct format, like name@example.com")));
        assertThat(jdbc.sql("SELECT count(*) FROM core_invitation WHERE email = :e").param("e", TO).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aCouncilThatHasNotAnsweredIsRemindedOnceAfterTheSetTime() throws Exception {
        invite();
        invitations.sendReminders();
        assertThat(messages()).isEqualTo(1);
        clock.advance(Duration.ofDays(invitations.reminderDays() - 1));
        invitations.sendReminders();
        assertThat(messages()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        invitations.sendReminders();
        assertThat(messages()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = :e ORDER BY id DESC LIMIT 1").param("e", TO)
                .query(String.class).single()).isEqualTo("Reminder: invitation to become a founding member of Core LOTI");
        clock.advance(Duration.ofDays(30));
        invitations.sendReminders();
        assertThat(messages()).isEqualTo(2);
    }
}
