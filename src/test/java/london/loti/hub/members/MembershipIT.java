package london.loti.hub.members;

import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Core LOTI status is computed from evidenced commitments; the demo's Harrow has four of the five. */
class MembershipIT extends IntegrationTest {

    static final FinancialYear FIRST = new FinancialYear(2019);

    @Autowired
    Membership membership;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void removeWhatTheTestsRecorded() {
        jdbc.sql("DELETE FROM core_commitment WHERE recorded_by_name = 'Priya Shah' AND recorded_at > now() - interval '1 hour'").update();
        jdbc.sql("DELETE FROM evidence_document d WHERE NOT EXISTS (SELECT 1 FROM core_commitment c WHERE c.document_id = d.id)").update();
    }

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    long id(String slug) {
        return jdbc.sql("SELECT id FROM organisation WHERE slug = :s").param("s", slug).query(Long.class).single();
    }

    long commitments() {
        return jdbc.sql("SELECT count(*) FROM core_commitment").query(Long.class).single();
    }

    @Test
    void theFifteenFoundingCouncilsAreCoreAndHaveCoreRepresentatives() {
        assertThat(membership.coreCouncilCount(FIRST)).isEqualTo(15);
        assertThat(membership.coreCouncils(FIRST)).extracting(Membership.CoreCouncil::slug)
                .containsExactlyElementsOf(MembershipDemoData.FOUNDING.stream().sorted().toList());
        assertThat(membership.isCore(id("camden"), FIRST)).isTrue();
        assertThat(membership.isCore(id("camden"), new FinancialYear(2018))).isFalse();
        assertThat(membership.isCore(id("harrow"), FIRST)).isFalse();
        assertThat(membership.coreRepresentatives(id("camden"))).extracting(Membership.Representative::email)
                .containsExactly("core@camden.example");
        var representative = new Viewer(1L, "Rep", id("camden"), Role.CORE_REPRESENTATIVE, false);
        assertThat(membership.isCoreRepresentative(representative, FIRST)).isTrue();
        assertThat(membership.isCoreRepresentative(representative, new FinancialYear(2018))).isFalse();
        var editor = new Viewer(1L, "Editor", id("camden"), Role.EDITOR, false);
        assertThat(membership.isCoreRepresentative(editor, FIRST)).isFalse();
    }

    @Test
    void aCouncilWithFourOfTheFiveIsNotCoreAndItsPageNamesTheMissingOne() throws Exception {
        assertThat(membership.status(id("harrow"), FIRST).missing()).containsExactly(Commitment.CHIEF_EXECUTIVE_SUPPORT);
        mvc.perform(get("/members/harrow?year=2019-20")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not Core LOTI in 2019/20. Missing: support of the chief executive's office.")));
        mvc.perform(get("/api/v1/members/harrow?year=2019-20")).andExpect(jsonPath("$.core").value(false))
                .andExpect(jsonPath("$.missing[0]").value("CHIEF_EXECUTIVE_SUPPORT"));

        mvc.perform(post("/members/harrow/commitments/new").with(as("priya.shah@loti.example")).with(csrf())
                        .param("kind", "CHIEF_EXECUTIVE_SUPPORT").param("firstYear", "2019/20").param("lastYear", "")
                        .param("committedOnDay", "4").param("committedOnMonth", "3").param("committedOnYear", "2019")
                        .param("note", "Letter from the Chief Executive"))
                .andExpect(redirectedUrl("/members/harrow?year=2019-20&recorded"));
        assertThat(membership.isCore(id("harrow"), FIRST)).isTrue();
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'core-commitment' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("Recorded 'Support of the chief executive's office' for 2019/20 onwards");
        mvc.perform(get("/members/harrow?year=2019-20")).andExpect(content().string(containsString("Harrow is Core LOTI in 2019/20")));

        long recorded = jdbc.sql("SELECT max(id) FROM core_commitment").query(Long.class).single();
        mvc.perform(post("/members/harrow/commitments/" + recorded + "/withdraw").with(as("priya.shah@loti.example")).with(csrf()))
                .andExpect(redirectedUrl("/members/harrow"));
        assertThat(membership.isCore(id("harrow"), FIRST)).isFalse();
    }

    @Test
    void aCommitmentWithNeitherEvidenceNorNoteIsRefusedAndNothingIsSaved() throws Exception {
        long before = commitments();
        mvc.perform(post("/members/harrow/commitments/new").with(as("priya.shah@loti.example")).with(csrf())
                        .param("kind", "CHIEF_EXECUTIVE_SUPPORT").param("firstYear", "2019/20")
                        .param("committedOnDay", "4").param("committedOnMonth", "3").param("committedOnYear", "2019")
                        .param("note", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Record a commitment for Harrow – LOTI Hub</title>")))
                .andExpect(content().string(containsString("<a href=\"#note\">Attach a document or enter a note as evidence of the commitment</a>")));
        mvc.perform(post("/api/v1/members/harrow/commitments").with(as("priya.shah@loti.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CHIEF_EXECUTIVE_SUPPORT\",\"firstYear\":\"2019/20\",\"committedOn\":\"2019-03-04\"}"))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value("Attach a document or enter a note as evidence of the commitment"));
        assertThat(commitments()).isEqualTo(before);
    }

    @Test
    void aFinancialYearLike2019Slash21IsRefusedAndNothingIsSaved() throws Exception {
        long before = commitments();
        mvc.perform(post("/members/harrow/commitments/new").with(as("priya.shah@loti.example")).with(csrf())
                        .param("kind", "CHIEF_EXECUTIVE_SUPPORT").param("firstYear", "2019/21")
                        .param("committedOnDay", "4").param("committedOnMonth", "3").param("committedOnYear", "2019")
                        .param("note", "Letter"))
                .andExpect(content().string(containsString("<a href=\"#firstYear\">First financial year must be a financial year written like 2019/20</a>")))
                .andExpect(content().string(containsString("value=\"2019/21\"")));
        mvc.perform(post("/api/v1/members/harrow/commitments").with(as("priya.shah@loti.example")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CHIEF_EXECUTIVE_SUPPORT\",\"firstYear\":\"2019/21\",\"committedOn\":\"2019-03-04\",\"note\":\"Letter\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("firstYear"))
                .andExpect(jsonPath("$.errors[0].message").value("First financial year must be a financial year written like 2019/20"));
        mvc.perform(post("/members/harrow/commitments/new").with(as("priya.shah@loti.example")).with(csrf())
                        .param("kind", "LOTI_MOU").param("firstYear", "2021/22").param("lastYear", "2019/20")
                        .param("committedOnDay", "4").param("committedOnMonth", "3").param("committedOnYear", "2019")
                        .param("note", "Letter"))
                .andExpect(content().string(containsString("Last financial year must be the same as or after the first financial year")));
        assertThat(commitments()).isEqualTo(before);
    }

    @Test
    void anAttachedDocumentIsEvidenceThatTheCouncilAndAdminsCanRead() throws Exception {
        var file = new MockMultipartFile("evidence", "harrow-ce-letter.txt", "text/plain", "Signed letter".getBytes());
        mvc.perform(multipart("/members/harrow/commitments/new").file(file).with(as("priya.shah@loti.example")).with(csrf())
                        .param("kind", "CHIEF_EXECUTIVE_SUPPORT").param("firstYear", "2019/20").param("lastYear", "2021/22")
                        .param("committedOnDay", "4").param("committedOnMonth", "3").param("committedOnYear", "2019"))
                .andExpect(redirectedUrl("/members/harrow?year=2019-20&recorded"));
        long recorded = jdbc.sql("SELECT max(id) FROM core_commitment").query(Long.class).single();
        String evidence = "/members/harrow/commitments/" + recorded + "/evidence";
        mvc.perform(get(evidence).with(as("member@harrow.example"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("harrow-ce-letter.txt")))
                .andExpect(content().string("Signed letter"));
        mvc.perform(get(evidence).with(as("priya.shah@loti.example"))).andExpect(status().isOk());
        mvc.perform(get(evidence).with(as("editor@camden.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/members/harrow?year=2019-20").with(as("editor@camden.example")))
                .andExpect(content().string(not(containsString("harrow-ce-letter.txt"))));
        mvc.perform(get("/members/harrow?year=2019-20").with(as("member@harrow.example")))
                .andExpect(content().string(containsString("harrow-ce-letter.txt")));
        assertThat(membership.isCore(id("harrow"), new FinancialYear(2021))).isTrue();
        assertThat(membership.isCore(id("harrow"), new FinancialYear(2022))).isFalse();
    }

    @Test
    void theMembersPageCountsByTierAndPartnershipAndSaysWhoLacksWhat() throws Exception {
        mvc.perform(get("/members?year=2019-20")).andExpect(status().isOk())
                .andExpect(content().string(containsString("15 councils")))
                .andExpect(content().string(containsString("18 councils")))
                .andExpect(content().string(containsString("Support of the chief executive's office</li>")));
        mvc.perform(get("/api/v1/members?year=2019-20")).andExpect(jsonPath("$.core").value(15))
                .andExpect(jsonPath("$.free").value(18))
                .andExpect(jsonPath("$.partnerships[0].partnership").value("Central London Forward"))
                .andExpect(jsonPath("$.partnerships[0].core").value(9));
        mvc.perform(get("/api/v1/members?year=2019/21")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("year"));
        mvc.perform(get("/members/greater-london-authority").accept("text/html")).andExpect(status().isNotFound());
    }
}
