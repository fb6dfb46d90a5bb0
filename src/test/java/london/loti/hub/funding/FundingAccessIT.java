package london.loti.hub.funding;

import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Core councils' representatives see the finances but change nothing; a council sees its own invoices only. */
class FundingAccessIT extends IntegrationTest {

    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    long invoiceOf(String slug) {
        return jdbc.sql("SELECT i.id FROM invoice i JOIN organisation o ON o.id = i.organisation_id WHERE o.slug = :s ORDER BY i.id LIMIT 1")
                .param("s", slug).query(Long.class).single();
    }

    @Test
    void aCoreRepresentativeSeesTheFinancesButChangesNothing() throws Exception {
        mvc.perform(get("/funding").with(as("core@camden.example"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a scenario"))));
        mvc.perform(get("/funding/years/2020-21").with(as("core@camden.example"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/funding/years/2020-21").with(as("core@camden.example"))).andExpect(status().isOk());
        mvc.perform(get("/funding/scenarios/new").with(as("core@camden.example"))).andExpect(status().isForbidden());
        mvc.perform(post("/funding/scenarios/new").with(as("core@camden.example")).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/funding/invoices/" + invoiceOf("camden") + "/payments").with(as("core@camden.example")).with(csrf())
                .param("amount", "1")).andExpect(status().isForbidden());
    }

    @Test
    void aCouncilSeesItsOwnInvoicesButNotAnothersAndTheOverdueOnesAreMarked() throws Exception {
        mvc.perform(get("/api/v1/funding/invoices?size=100").with(as("editor@redbridge.example")))
                .andExpect(jsonPath("$.items[*].organisationSlug", everyItem(is("redbridge"))))
                .andExpect(jsonPath("$.totalItems").value(3));
        mvc.perform(get("/funding/invoices?overdue=yes").with(as("editor@redbridge.example"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 invoices")))
                .andExpect(content().string(containsString("Overdue")));
        mvc.perform(get("/funding/invoices/" + invoiceOf("redbridge")).with(as("core@redbridge.example"))).andExpect(status().isOk());
        mvc.perform(get("/funding/invoices/" + invoiceOf("camden")).with(as("editor@redbridge.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/funding").with(as("editor@redbridge.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/funding/invoices?overdue=yes&size=100").with(as("priya.shah@loti.example")))
                .andExpect(content().string(containsString("of 5 invoices")));
    }
}
