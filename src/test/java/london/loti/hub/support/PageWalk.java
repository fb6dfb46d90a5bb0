package london.loti.hub.support;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks every GET endpoint LOTI Hub maps, as one user: it starts from the access matrix's GET rows and the
 * addresses without variables, follows the links of each page it gets (up to {@value #PER_PATTERN} addresses per
 * mapping), and fills the variables of any mapping no link reached with values seen in other addresses. It
 * collects every answer of 500 or more, and every exception that escaped.
 */
public final class PageWalk {

    private static final int PER_PATTERN = 3;
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Set<String> SKIPPED = Set.of("/assets", "/govuk", "/static", "/vendor", "/sign-out", "/api/docs/swagger");

    private final MockMvc mvc;
    private final List<PathPattern> patterns;
    private final Map<PathPattern, Set<String>> visits = new LinkedHashMap<>();
    private final Map<String, Set<String>> variables = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private Cookie session;

    /** A walk through the application's own MockMvc, quiet about the thousands of requests it makes. */
    public static PageWalk of(ApplicationContext context) {
        return new PageWalk(QuietMockMvc.of((org.springframework.web.context.WebApplicationContext) context), context);
    }

    /**
     * Walks from every GET row of the access matrix and fails on any 5xx, and unless every GET route was reached.
     */
    public void assertNoServerErrorOnAnyRoute() throws Exception {
        org.assertj.core.api.Assertions.assertThat(walk(accessRowGets())).as("5xx answers").isEmpty();
        org.assertj.core.api.Assertions.assertThat(visits()).as("routes reached").containsOnlyKeys(patterns);
    }

    public PageWalk(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.patterns = getPatterns(context);
    }

    /** Every GET path pattern of the controllers, the most specific first, without the container's /error. */
    public static List<PathPattern> getPatterns(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        return mapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET))
                .map(RequestMappingInfo::getPathPatternsCondition).filter(java.util.Objects::nonNull)
                .flatMap(c -> c.getPatterns().stream())
                .filter(p -> !p.getPatternString().equals("/error"))
                .distinct().sorted(PathPattern.SPECIFICITY_COMPARATOR).toList();
    }

    /** Signs in through the real form, as a browser does. */
    public PageWalk signedInAs(String email, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(password))
                .andReturn().getResponse();
        if (!"/".equals(response.getRedirectedUrl())) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + response.getRedirectedUrl());
        }
        session = response.getCookie("LOTI_SESSION");
        return this;
    }

    /** Walks from the given addresses; returns each answer of 500 or more as 'status address: detail'. */
    public List<String> walk(List<String> seeds) throws Exception {
        seeds.forEach(this::enqueue);
        patterns.stream().filter(p -> !p.getPatternString().contains("{")).forEach(p -> enqueue(p.getPatternString()));
        enqueue("/error");
        drain();
        for (PathPattern pattern : patterns) {
            if (visits.getOrDefault(pattern, Set.of()).isEmpty()) {
                filled(pattern).forEach(this::enqueue);
            }
        }
        drain();
        return failures;
    }

    /** The mappings the walk requested, with the addresses it requested for each. */
    public Map<PathPattern, Set<String>> visits() {
        return visits;
    }

    /** The values the walk saw for each path variable's name. */
    public Map<String, Set<String>> variables() {
        return variables;
    }

    /** The session cookie of the user the walk signed in as, or null for a visitor. */
    public Cookie session() {
        return session;
    }

    private void drain() throws Exception {
        while (!queue.isEmpty()) {
            visit(queue.removeFirst());
        }
    }

    private void enqueue(String url) {
        if (SKIPPED.stream().anyMatch(url::startsWith) || !seen.add(url)) {
            return;
        }
        Optional<PathPattern> pattern = patternOf(url);
        if (pattern.isPresent()) {
            Set<String> urls = visits.computeIfAbsent(pattern.get(), p -> new LinkedHashSet<>());
            if (urls.size() >= PER_PATTERN) {
                return;
            }
            urls.add(url);
            var info = pattern.get().matchAndExtract(PathContainer.parsePath(pathOf(url)));
            if (info != null) {
                info.getUriVariables().forEach((name, value) -> variables.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value));
            }
        }
        queue.addLast(url);
    }

    private void visit(String url) throws Exception {
        var request = get(URI.create(url)).accept(url.startsWith("/api/") ? "application/json" : "text/html");
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            failures.add("exception GET " + url + ": " + root);
            return;
        }
        if (response.getStatus() >= 500) {
            failures.add(response.getStatus() + " GET " + url + ": " + response.getErrorMessage());
        }
        String type = response.getContentType();
        if (response.getStatus() == 200 && type != null && type.startsWith("text/html")) {
            Matcher links = HREF.matcher(response.getContentAsString());
            while (links.find()) {
                enqueue(links.group(1).replace("&amp;", "&"));
            }
        }
    }

    private Optional<PathPattern> patternOf(String url) {
        PathContainer path = PathContainer.parsePath(pathOf(url));
        return patterns.stream().filter(p -> p.matches(path)).findFirst();
    }

    private static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The pattern with its variables filled by values seen for the same name, or a plausible number and slug. */
    private List<String> filled(PathPattern pattern) {
        List<String> urls = new ArrayList<>();
        for (int attempt = 0; attempt < PER_PATTERN; attempt++) {
            String url = pattern.getPatternString();
            Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(url);
            StringBuilder out = new StringBuilder();
            while (variable.find()) {
                List<String> values = new ArrayList<>(variables.getOrDefault(variable.group(1), Set.of()));
                values.addAll(List.of("1", "camden", "2019-20"));
                variable.appendReplacement(out, Matcher.quoteReplacement(values.get(Math.min(attempt, values.size() - 1))));
            }
            variable.appendTail(out);
            urls.add(out.toString());
        }
        return urls;
    }

    /** The GET rows of every module's access matrix, with this and the other council filled in. */
    public static List<String> accessRowGets() {
        return AccessRows.all().stream().map(AccessRows.Row::endpoint).filter(e -> e.startsWith("GET "))
                .map(e -> e.split(" ")[1].replace("{this}", Users.THIS_COUNCIL).replace("{other}", Users.OTHER_COUNCIL))
                .toList();
    }
}
