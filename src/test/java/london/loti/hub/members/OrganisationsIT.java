package london.loti.hub.members;

import java.util.ArrayList;
import java.util.List;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationsIT extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void theApiPagesThroughAllThirtyFiveOrganisations() throws Exception {
        List<String> slugs = new ArrayList<>();
        String next = "/api/v1/organisations?size=10";
        int pages = 0;
        while (next != null) {
            JsonNode page = json.readTree(mvc.perform(get(next)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(page.get("totalItems").asLong()).isEqualTo(35);
            page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
            next = page.get("links").get("next").isNull() ? null : page.get("links").get("next").asString();
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(slugs).hasSize(35).doesNotHaveDuplicates()
                .contains("city-of-london", "westminster", "greater-london-authority", "london-councils");
    }

    @Test
    void theApiFiltersByKindAndPartnership() throws Exception {
        mvc.perform(get("/api/v1/organisations?kind=LONDON_AUTHORITY")).andExpect(jsonPath("$.totalItems").value(33));
        mvc.perform(get("/api/v1/organisations?partnership=Local London")).andExpect(jsonPath("$.totalItems").value(8));
        mvc.perform(get("/api/v1/organisations?partnership=none"))
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].slug").value("bromley"));
    }

    @Test
    void oneOrganisationIsFoundBySlugOrGssCode() throws Exception {
        mvc.perform(get("/api/v1/organisations/E09000007")).andExpect(jsonPath("$.slug").value("camden"))
                .andExpect(jsonPath("$.subRegionalPartnership").value("Central London Forward"));
        mvc.perform(get("/api/v1/organisations/greater-london-authority")).andExpect(jsonPath("$.gssCode").value("E12000007"));
        mvc.perform(get("/api/v1/organisations/narnia")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("There is no organisation with the slug or GSS code 'narnia'."));
    }

    @Test
    void badPagingIsAProblemNamingTheParameter() throws Exception {
        for (String query : List.of("page=-1", "page=x", "size=0", "size=101", "kind=castle")) {
            mvc.perform(get("/api/v1/organisations?" + query)).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.parameter").value(query.split("=")[0]));
        }
    }

    @Test
    void thePagesFilterAndPaginate() throws Exception {
        mvc.perform(get("/organisations?partnership=West London Alliance")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Showing 1 to 7 of 7 organisations")));
        mvc.perform(get("/organisations")).andExpect(content().string(org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("Showing 1 to 25 of 35 organisations"),
                org.hamcrest.Matchers.containsString("href=\"/organisations?page=2\" rel=\"next\""))));
        mvc.perform(get("/organisations?page=x").accept("text/html")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The page must be a whole number")));
    }

    @Test
    void anUnknownOrganisationIsAGovukNotFoundPage() throws Exception {
        mvc.perform(get("/organisations/narnia").accept("text/html")).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Page not found – LOTI Hub</title>")));
    }

    @Test
    void theOpenApiDocumentDescribesTheOrganisationsApi() throws Exception {
        mvc.perform(get("/api/docs/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.summary").value("List organisations, by name, a page at a time"))
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{key}'].get").exists());
        mvc.perform(get("/api/docs")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("GET /api/v1/organisations</code>"),
                org.hamcrest.Matchers.containsString("List organisations, by name, a page at a time"))));
    }

    @Test
    void peopleAreListedToMembersOnly() throws Exception {
        mvc.perform(get("/organisations/camden")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Sign in</a> to see who they are")));
    }
}
