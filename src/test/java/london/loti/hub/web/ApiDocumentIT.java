package london.loti.hub.web;

import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI document describes what callers send, and nothing the server works out for itself. */
class ApiDocumentIT extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void noOperationTakesTheViewerAsAParameter() throws Exception {
        String document = mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse().getContentAsString();
        JsonNode paths = json.readTree(document).path("paths");
        List<String> parameters = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("parameters").forEach(parameter ->
                        parameters.add(path.getKey() + " " + parameter.path("name").asText()))));
        assertThat(parameters).as("every operation's parameters").isNotEmpty()
                .noneMatch(p -> p.endsWith(" viewer"))
                .contains("/api/v1/organisations page");
    }
}
