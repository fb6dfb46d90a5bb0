package london.loti.hub.web;

import jakarta.servlet.RequestDispatcher;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WebIT extends IntegrationTest {

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self';"),
                        containsString("frame-ancestors 'none'"), containsString("object-src 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void theHomePageCountsWhatIsThere() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(allOf(
                containsString("<span class=\"loti-figure\">35</span> organisations taking part"),
                containsString("<span class=\"loti-figure\">33</span> London local authorities"))));
    }

    @Test
    void anUnexpectedErrorIsAGovukPageOrAProblem() throws Exception {
        mvc.perform(get("/error").accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/organisations"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Sorry, there is a problem with the service")));
        mvc.perform(get("/error").accept("application/json")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/organisations"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Sorry, there is a problem with the service"))
                .andExpect(jsonPath("$.instance").value("/api/v1/organisations"));
    }

    @Test
    void theNavigationMarksTheCurrentSection() throws Exception {
        mvc.perform(get("/organisations")).andExpect(content().string(containsString(
                "<a class=\"govuk-service-navigation__link\" href=\"/organisations\" aria-current=\"true\">")));
    }

    @Test
    void govukFrontendIsServedByTheApplication() throws Exception {
        mvc.perform(get("/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/rebrand/images/favicon.svg")).andExpect(status().isOk());
    }
}
