package london.loti.hub.web;

import jakarta.servlet.http.Cookie;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.loti.hub.support.AccessRows;
import london.loti.hub.support.Awkward;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.PageWalk;
import london.loti.hub.support.Users;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Hostile input to every operation of the OpenAPI document and every form LOTI Hub maps, as the admin and as an
 * editor of Camden, so that requests get past access to validation: each field in turn gets a fixed list of
 * known-bad values and a few that Instancio generates (a failure prints its seed), the other fields keep the form's own
 * values. Nothing may answer 500. Each request runs in a transaction that is rolled back, so what hostile input
 * manages to save does not reach other tests.
 */
@ExtendWith(InstancioExtension.class)
class HostileInputIT extends IntegrationTest {

    private static final String MEGABYTE = "x".repeat(1 << 20);

    /**
     * Values known to have broken parsers somewhere: control characters and a megabyte (refused at the edge), too
     * many digits, negative and zero, impossible years and dates, text that looks like SQL or a LIKE pattern.
     */
    static final List<String> FIXED = List.of("\u0000", "\u0007\u007f", MEGABYTE, "99999999999999999999", "12345678901234567",
            "-1", "0", "99999", "0000-01-01", "-0001-01-01", "0000", "2019/21", "31/02/2021", "Ünïcødé 中文 😀 \u202Eevil",
            "'; DROP TABLE project; --", "%_", "", "   ");

    /** What the editor sends to each field: the admin sends everything; the editor reaches other code on some forms. */
    static final List<String> SHORT = List.of("\u0000", MEGABYTE, "99999999999999999999", "-1", "0000-01-01", "%_");

    /** Values that no field should accept: the test prints where one was accepted, for a person to judge. */
    private static final Set<String> SUSPICIOUS = Set.of("99999999999999999999", "12345678901234567", "0000-01-01",
            "-0001-01-01", "0000", "99999", "2019/21", "31/02/2021");

    /** JSON values of the wrong type for any field. */
    static final List<JsonNode> CONFUSIONS = List.of(JsonNodeFactory.instance.numberNode(new java.math.BigInteger("99999999999999999999")),
            JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(1.5e300),
            JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.stringNode("12"));

    private static final List<String> BODIES = List.of("", "null", "[]", "\"x\"", "42", "{", "{\"a\":", "[{}]", "{}");
    private static final Set<String> SKIPPED_FORMS = Set.of("/sign-in", "/sign-out", "/error");

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private TransactionTemplate rolledBack;
    private org.springframework.test.web.servlet.MockMvc quiet;

    @BeforeEach
    void setUp() {
        rolledBack = new TransactionTemplate(transactions);
        quiet = london.loti.hub.support.QuietMockMvc.of((org.springframework.web.context.WebApplicationContext) context);
    }

    @Test
    void noFormAnswersAServerError() throws Exception {
        for (Users user : List.of(Users.ADMIN, Users.EDITOR)) {
            Cookie session = signIn(user);
            PageWalk walk = new PageWalk(quiet, context).signedInAs(user.email(), demoPassword());
            walk.walk(PageWalk.accessRowGets());
            for (Form form : forms(walk)) {
                if (!reaches(send(session, "POST", form.url(), form.fields(), null, "(all)", "the form's own"))) {
                    continue;
                }
                for (String field : form.fields().keySet()) {
                    for (String value : values(user)) {
                        Map<String, String> fields = new LinkedHashMap<>(form.fields());
                        fields.put(field, value);
                        send(session, "POST", form.url(), fields, null, field, value);
                    }
                }
            }
        }
        assertThat(failures).as(requests + " requests").isEmpty();
        assertThat(statuses).as("hostile input reached the forms' validation").containsKeys(200, 400);
    }

    @Test
    void noApiOperationAnswersAServerError() throws Exception {
        JsonNode document = json.readTree(quiet.perform(get("/api/docs/openapi.json")).andReturn().getResponse().getContentAsString());
        PageWalk walk = new PageWalk(quiet, context).signedInAs(Users.ADMIN.email(), demoPassword());
        walk.walk(PageWalk.accessRowGets());
        for (Users user : List.of(Users.ADMIN, Users.EDITOR)) {
            Cookie session = signIn(user);
            for (var path : document.get("paths").properties()) {
                for (var operation : path.getValue().properties()) {
                    attack(session, user, operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), document, walk);
                }
            }
        }
        assertThat(failures).as(requests + " requests").isEmpty();
        assertThat(statuses).as("hostile input reached the API's validation").containsKeys(400, 422);
    }

    private void attack(Cookie session, Users user, String method, String template, JsonNode operation, JsonNode document, PageWalk walk)
            throws Exception {
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asString();
            if (name.equals("viewer")) {
                continue;
            }
            if (parameter.get("in").asString().equals("path")) {
                pathValues.put(name, plausible(walk, template, name));
            } else {
                query.add(name);
            }
        }
        String url = fill(template, pathValues);
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        JsonNode body = schema.isMissingNode() ? null : example(schema, document, 0);
        if (!reaches(send(session, method, url, Map.of(), body, "(all)", "plausible"))) {
            return;
        }
        for (String name : pathValues.keySet()) {
            for (String value : values(user)) {
                Map<String, String> hostile = new LinkedHashMap<>(pathValues);
                hostile.put(name, value.length() > 1000 ? value.substring(0, 1000) : value);
                send(session, method, fill(template, hostile), Map.of(), body, name, value);
            }
        }
        for (String name : query) {
            for (String value : values(user)) {
                send(session, method, url, Map.of(name, value), body, name, value);
            }
        }
        if (body == null) {
            return;
        }
        for (String raw : BODIES) {
            sendRaw(session, method, url, raw);
        }
        for (String field : leaves(body, "")) {
            for (String value : values(user)) {
                send(session, method, url, Map.of(), replaced(body, field, JsonNodeFactory.instance.stringNode(value)), field, value);
            }
            for (JsonNode value : user == Users.ADMIN ? CONFUSIONS : List.<JsonNode>of()) {
                send(session, method, url, Map.of(), replaced(body, field, value), field, value.toString());
            }
        }
    }

    /** A form: where it posts and its fields with the values the form page gives them. */
    record Form(String url, Map<String, String> fields) {
    }

    /**
     * Every form LOTI Hub maps, at an address the walk found (the page that shows it, when it posts to itself) or
     * the access matrix names, with the fields its handler binds, its page shows and the matrix row sends.
     */
    private List<Form> forms(PageWalk walk) throws Exception {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Form> forms = new ArrayList<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST) || info.getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String template = pattern.getPatternString();
                if (template.startsWith("/api/") || SKIPPED_FORMS.contains(template)) {
                    continue;
                }
                String url = address(walk, pattern);
                Map<String, String> fields = new LinkedHashMap<>();
                fieldsOf(entry.getValue()).forEach(name -> fields.put(name, ""));
                fields.putAll(pageFields(walk, pattern, url));
                rowField(pattern).forEach(name -> fields.putIfAbsent(name, ""));
                fields.remove("_csrf");
                if (fields.isEmpty()) {
                    fields.put("unexpected", "");
                }
                forms.add(new Form(url, fields));
            }
        }
        return forms;
    }

    private String address(PageWalk walk, PathPattern pattern) {
        Set<String> shown = walk.visits().getOrDefault(pattern, Set.of());
        if (!shown.isEmpty()) {
            return shown.iterator().next().replaceFirst("\\?.*", "");
        }
        return rows(pattern).findFirst().map(endpoint -> endpoint.split(" ")[1])
                .orElseGet(() -> fill(pattern.getPatternString(), Map.of()));
    }

    private java.util.stream.Stream<String> rows(PathPattern pattern) {
        return AccessRows.all().stream().map(AccessRows.Row::endpoint).filter(e -> e.startsWith("POST "))
                .map(e -> e.replace("{this}", Users.THIS_COUNCIL).replace("{other}", Users.OTHER_COUNCIL))
                .filter(e -> pattern.matches(PathContainer.parsePath(e.split(" ")[1])));
    }

    private List<String> rowField(PathPattern pattern) {
        return rows(pattern).map(e -> e.split(" ")).filter(parts -> parts.length > 2)
                .map(parts -> parts[2].split("=", 2)[0]).toList();
    }

    /** The names a handler binds: its request parameters and the components of the records it binds a form to. */
    private static List<String> fieldsOf(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (var parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestBody.class)
                    || Map.class.isAssignableFrom(type) || MultipartFile.class.isAssignableFrom(type)
                    || type == PageContext.class || type == london.loti.hub.accounts.Viewer.class) {
                continue;
            }
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            if (param != null || BeanUtils.isSimpleProperty(type)) {
                String name = param != null && !param.name().isEmpty() ? param.name() : param != null && !param.value().isEmpty()
                        ? param.value() : parameter.getParameterName();
                names.add(name);
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }

    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

    /** The fields of the page at the form's address, with their values, when the form posts to its own page. */
    private Map<String, String> pageFields(PageWalk walk, PathPattern pattern, String url) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        if (walk.visits().getOrDefault(pattern, Set.of()).isEmpty()) {
            return fields;
        }
        String html = quiet.perform(get(URI.create(url)).cookie(walk.session())).andReturn().getResponse().getContentAsString();
        Matcher field = FIELD.matcher(html);
        while (field.find()) {
            Matcher value = VALUE.matcher(field.group(2));
            String text = value.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(value.group(1)) : "";
            boolean choice = field.group(0).contains("type=\"radio\"") || field.group(0).contains("type=\"checkbox\"");
            if (!choice || field.group(0).contains("checked")) {
                fields.put(field.group(1), text);
            } else {
                fields.putIfAbsent(field.group(1), "");
            }
        }
        return fields;
    }

    /** A value for a path variable: one the walk saw for this address, or for the same name. */
    private static String plausible(PageWalk walk, String template, String name) {
        Set<String> seen = walk.variables().getOrDefault(name, Set.of());
        if (template.contains("/councils/{slug}") || template.contains("/members/{slug}") || template.contains("/organisations/{slug}")) {
            return Users.THIS_COUNCIL;
        }
        if (template.contains("/rounds/{round}")) {
            return name.equals("round") ? "2021-22" : seen.stream().findFirst().orElse("1");
        }
        return seen.stream().findFirst().orElse("1");
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String value = values.getOrDefault(variable.group(1), "1");
            variable.appendReplacement(out, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8)));
        }
        variable.appendTail(out);
        return out.toString();
    }

    /** The fixed list and a few generated values: any text, digits and separators, and very large numbers. */
    private List<String> values(Users user) {
        if (user != Users.ADMIN) {
            return SHORT;
        }
        List<String> values = new ArrayList<>(FIXED);
        values.add(Awkward.any(30));
        values.add(Awkward.of("0123456789-/.,£ e", 1, 24));
        values.add(Awkward.between(-3000, 100_000) + "-04-01");
        return values;
    }

    /** A body the schema describes, with plausible values: 'x', 1, true, one item in each list. */
    private JsonNode example(JsonNode schema, JsonNode document, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return example(document.path("components").path("schemas").path(name), document, depth);
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "string" -> JsonNodeFactory.instance.stringNode(schema.has("enum") ? schema.get("enum").get(0).asString()
                    : "date".equals(schema.path("format").asString()) ? "2024-04-01" : "x");
            case "integer", "number" -> JsonNodeFactory.instance.numberNode(1);
            case "boolean" -> JsonNodeFactory.instance.booleanNode(true);
            case "array" -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                if (depth < 3) {
                    array.add(example(schema.path("items"), document, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                if (depth < 3) {
                    for (var property : schema.path("properties").properties()) {
                        object.set(property.getKey(), example(property.getValue(), document, depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    /** Every field of a body as a JSON pointer, lists by their first item. */
    private static List<String> leaves(JsonNode node, String pointer) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            for (var property : node.properties()) {
                leaves.add(pointer + "/" + property.getKey());
                leaves.addAll(leaves(property.getValue(), pointer + "/" + property.getKey()));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            leaves.add(pointer + "/0");
            leaves.addAll(leaves(node.get(0), pointer + "/0"));
        }
        return leaves;
    }

    private static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private int send(Cookie session, String method, String url, Map<String, String> parameters, JsonNode body,
            String field, String value) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), URI.create(url)).with(csrf()).cookie(session);
        parameters.forEach(request::param);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body.toString());
        }
        int status = perform(request, method + " " + url + " field " + field + " = " + shown(value));
        boolean accepted = status == 302 || status == 201 || (url.startsWith("/api/") && status == 200 && !method.equals("GET"));
        if (accepted && SUSPICIOUS.contains(value)) {
            System.out.println("HOSTILE accepted " + method + " " + url + " field " + field + " = " + shown(value));
        }
        return status;
    }

    private void sendRaw(Cookie session, String method, String url, String raw) {
        perform(request(HttpMethod.valueOf(method), URI.create(url)).with(csrf()).cookie(session)
                .contentType(MediaType.APPLICATION_JSON).content(raw), method + " " + url + " body " + raw);
    }

    /** Whether a request with plausible values got past access: if not, no hostile value will either. */
    private boolean reaches(int status) {
        return status != 401 && status != 403 && status != 404 && status != 405;
    }

    private int perform(MockHttpServletRequestBuilder request, String what) {
        request.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
        if (++requests % 1000 == 0) {
            System.out.println("HOSTILE " + requests + " requests sent, answered " + statuses);
        }
        int answer = rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                MockHttpServletResponse response = quiet.perform(request).andReturn().getResponse();
                if (response.getStatus() >= 500) {
                    fail(response.getStatus() + " " + what + ": " + response.getErrorMessage());
                }
                return response.getStatus();
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                fail("exception " + what + ": " + root);
                return 500;
            }
        });
        statuses.merge(answer, 1, Integer::sum);
        return answer;
    }

    /** Kept for the assertion, and printed at once: a long run stopped early still says what it found. */
    private void fail(String failure) {
        failures.add(failure);
        System.out.println("HOSTILE " + failure);
    }

    private static String shown(String value) {
        String escaped = value.length() > 40 ? value.substring(0, 40) + "… (" + value.length() + " characters)" : value;
        StringBuilder out = new StringBuilder();
        escaped.codePoints().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return "'" + out + "'";
    }

    private Cookie signIn(Users user) throws Exception {
        return quiet.perform(formLogin("/sign-in").userParameter("email").user(user.email()).password(demoPassword()))
                .andReturn().getResponse().getCookie("LOTI_SESSION");
    }
}
