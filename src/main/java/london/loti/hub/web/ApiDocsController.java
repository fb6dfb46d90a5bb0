package london.loti.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/docs}: the OpenAPI document that springdoc builds from the controllers, shown as a GOV.UK page that
 * works without JavaScript and passes the same accessibility checks as every other page. The document does not
 * change while LOTI Hub runs, so it is read once.
 */
@Controller
class ApiDocsController {

    static final String DOCUMENT = "/api/docs/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json;
    private volatile Reference reference;

    /** What the page shows, read from the document once. */
    record Reference(String title, String description, List<ApiDocsPage.Section> sections, List<ApiDocsPage.Shape> shapes) {
    }

    ApiDocsController(OpenApiWebMvcResource openApi, JsonMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    @GetMapping("/api/docs")
    ModelAndView docs(PageContext context, HttpServletRequest request) throws Exception {
        if (reference == null) {
            reference = read(json.readTree(openApi.openapiJson(request, DOCUMENT, Locale.UK)));
        }
        Reference r = reference;
        return new ModelAndView("web/apiDocs", Map.of("page", new ApiDocsPage(context, r.title(), r.description(),
                r.sections(), r.shapes())));
    }

    static Reference read(JsonNode document) {
        Map<String, List<ApiDocsPage.Operation>> byTag = new LinkedHashMap<>();
        document.path("tags").forEach(tag -> byTag.put(tag.path("name").asString(), new ArrayList<>()));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                JsonNode operation = entry.getValue();
                String tag = operation.path("tags").path(0).asString("Other");
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(operation(entry.getKey(), path.getKey(), operation));
            }
        }));
        Map<String, String> tagDescriptions = new LinkedHashMap<>();
        document.path("tags").forEach(tag -> tagDescriptions.put(tag.path("name").asString(), tag.path("description").asString("")));
        List<ApiDocsPage.Section> sections = byTag.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new ApiDocsPage.Section(anchor("section", e.getKey()), e.getKey(),
                        tagDescriptions.getOrDefault(e.getKey(), ""),
                        e.getValue().stream().sorted(Comparator.comparing(ApiDocsPage.Operation::path)).toList()))
                .toList();
        List<ApiDocsPage.Shape> shapes = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema -> shapes.add(shape(schema.getKey(), schema.getValue())));
        shapes.sort(Comparator.comparing(ApiDocsPage.Shape::name));
        JsonNode info = document.path("info");
        return new Reference(info.path("title").asString("API"), info.path("description").asString(""), sections, shapes);
    }

    private static ApiDocsPage.Operation operation(String method, String path, JsonNode operation) {
        List<ApiDocsPage.Field> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(new ApiDocsPage.Field(p.path("name").asString(),
                p.path("in").asString(), p.path("required").asBoolean(), type(p.path("schema")), p.path("description").asString(""))));
        JsonNode body = operation.path("requestBody").path("content");
        ApiDocsPage.Type bodyType = body.isMissingNode() ? null : type(first(body).path("schema"));
        List<ApiDocsPage.Response> responses = new ArrayList<>();
        operation.path("responses").properties().forEach(r -> {
            JsonNode content = r.getValue().path("content");
            responses.add(new ApiDocsPage.Response(r.getKey(), r.getValue().path("description").asString(""),
                    content.isMissingNode() || content.isEmpty() ? null : type(first(content).path("schema"))));
        });
        String upper = method.toUpperCase(Locale.ROOT);
        return new ApiDocsPage.Operation(anchor(method, path), upper, path, operation.path("summary").asString(""),
                operation.path("description").asString(""), parameters, bodyType, responses);
    }

    private static ApiDocsPage.Shape shape(String name, JsonNode schema) {
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        List<ApiDocsPage.Field> properties = new ArrayList<>();
        schema.path("properties").properties().forEach(p -> properties.add(new ApiDocsPage.Field(p.getKey(), "",
                required.contains(p.getKey()), type(p.getValue()), p.getValue().path("description").asString(""))));
        return new ApiDocsPage.Shape(anchor("shape", name), name, schema.path("description").asString(""), properties);
    }

    /** A schema in words: 'string (date)', 'list of Contract', 'one of ALPHA, BETA'. */
    static ApiDocsPage.Type type(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().replaceFirst(".*/", "");
            return new ApiDocsPage.Type(name, anchor("shape", name));
        }
        if (schema.has("enum")) {
            List<String> values = StreamSupport.stream(schema.path("enum").spliterator(), false).map(JsonNode::asString).toList();
            return new ApiDocsPage.Type("one of " + String.join(", ", values), null);
        }
        String kind = schema.path("type").asString("any");
        if (kind.equals("array")) {
            ApiDocsPage.Type items = type(schema.path("items"));
            return new ApiDocsPage.Type("list of " + items.text(), items.shapeId());
        }
        if (kind.equals("object") && schema.has("additionalProperties")) {
            ApiDocsPage.Type values = type(schema.path("additionalProperties"));
            return new ApiDocsPage.Type("map of text to " + values.text(), values.shapeId());
        }
        String format = schema.path("format").asString("");
        return new ApiDocsPage.Type(format.isEmpty() ? kind : kind + " (" + format + ")", null);
    }

    private static JsonNode first(JsonNode content) {
        return content.properties().iterator().next().getValue();
    }

    private static String anchor(String prefix, String text) {
        return prefix + "-" + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
