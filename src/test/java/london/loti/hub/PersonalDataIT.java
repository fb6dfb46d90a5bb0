package london.loti.hub;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.projects.ProjectCommunity;
import london.loti.hub.projects.ProjectInput;
import london.loti.hub.projects.Projects;
import london.loti.hub.support.AccessRows;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.Outcome;
import london.loti.hub.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No page, export, feed or API answer that a visitor can read holds the name of a person who has not made their
 * profile public. The walk starts from every GET the access matrix opens to visitors, every public project (its
 * page, API record and updates), the projects CSV, every page of the activity feed and of the projects API, and
 * searches for common words and for the names themselves; it follows the links of every page it reads, a few of
 * each kind, so a page added later is walked without being listed here. The names are read from the database.
 */
class PersonalDataIT extends IntegrationTest {

    private static final String TITLE = "Personal data IT: shared repairs triage";
    /** Pages of one kind (the same path but for numbers, the same query parameters) read when found by a link. */
    private static final int EACH_KIND = 4;
    private static final int MOST_PAGES = 2500;
    private static final List<String> WORDS = List.of("council", "data", "housing", "digital", "repairs", "london",
            "project", "update", "officer", "joined", "social care", "contract");
    private static final List<String> NOT_PAGES = List.of("/webjars/", "/assets/", "/css/", "/js/", "/images/",
            "/favicon", "/sign-out");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)|\"(/[a-z][^\"\\s#]*)\"");

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Projects projects;

    @Autowired
    ProjectCommunity community;

    long project;
    String camdenEditor;
    String hackneyEditor;

    /** A public project of Camden's that Hackney's editor joined, with an update by Camden's editor. */
    @BeforeEach
    void aProjectSomeoneJoined() {
        Viewer camden = viewer("editor@camden.example");
        Viewer hackney = viewer("editor@hackney.example");
        project = projects.create(new ProjectInput(TITLE, "Triage of repairs shared by two boroughs.", "Repeat visits.",
                "Tenants", "BETA", "HOUSING", List.of("repairs"), "editor@camden.example", List.of(), "", "", "", "", "",
                "", "PUBLIC"), null, camden);
        long request = community.askToJoin(project, "We triage repairs too.", hackney);
        community.decide(project, request, true, camden);
        projects.postUpdate(project, "Personal data IT: the triage rules are shared.", camden);
        camdenEditor = nameOf("editor@camden.example");
        hackneyEditor = nameOf("editor@hackney.example");
    }

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM project WHERE id = :id").param("id", project).update();
        jdbc.sql("DELETE FROM search_document WHERE kind = 'project' AND record_id = :id")
                .param("id", String.valueOf(project)).update();
        jdbc.sql("DELETE FROM outbox_message WHERE subject LIKE '%Personal data IT%'").update();
        jdbc.sql("UPDATE person SET public_profile = false WHERE email IN ("
                + "'editor@camden.example', 'editor@hackney.example', 'priya.shah@loti.example')").update();
    }

    @Test
    void noPageAVisitorCanReadHoldsTheNameOfAPersonWhoseProfileIsNotPublic() throws Exception {
        Set<String> names = privateNames();
        assertThat(names).contains(camdenEditor, hackneyEditor).hasSizeGreaterThan(50);
        Walk walk = new Walk(null);
        seeds().forEach(walk::seed);
        Map<String, List<String>> leaks = new LinkedHashMap<>();
        walk.run((url, body) -> {
            List<String> found = names.stream().filter(name -> holds(body, name)).toList();
            if (!found.isEmpty()) {
                leaks.put(url, found);
            }
        });
        assertThat(walk.read).as("pages read").hasSizeGreaterThan(400)
                .contains("/projects/" + project, "/projects/export.csv", "/projects/activity",
                        "/api/v1/projects/" + project, "/api/v1/projects/" + project + "/updates",
                        "/projects/coalitions?project=" + project);
        assertThat(walk.kinds()).as("kinds of page read")
                .contains("/organisations/{slug}", "/programme/projects/{slug}", "/techmap/products/{n}",
                        "/techmap/councils/{slug}/contracts.csv", "/api/v1/techmap/contracts", "/search?q");
        assertThat(leaks).as("pages that name a person to a visitor").isEmpty();
    }

    @Test
    void aVisitorReadsAnOfficerOfTheirOrganisationWhereAMemberReadsTheName() throws Exception {
        String page = read("/projects/" + project, null);
        assertThat(page).contains("An officer of Camden", "An officer of Hackney joined the project.")
                .doesNotContain(camdenEditor, hackneyEditor);
        assertThat(read("/projects/" + project, Users.MEMBER))
                .contains(camdenEditor, hackneyEditor + " of Hackney joined the project.");
        assertThat(read("/projects/activity", Users.MEMBER)).contains(hackneyEditor + " of Hackney joined the project.");
        assertThat(read("/api/v1/projects/" + project, Users.MEMBER)).contains("\"owner\":\"" + camdenEditor + "\"",
                "\"team\":[\"" + hackneyEditor + "\"]");
        assertThat(read("/api/v1/projects/" + project + "/updates", Users.MEMBER)).contains("\"by\":\"" + camdenEditor + "\"");
        assertThat(line(read("/projects/export.csv", Users.MEMBER), TITLE)).contains(camdenEditor);
        assertThat(line(read("/projects/export.csv", null), TITLE)).contains("An officer of Camden")
                .doesNotContain(camdenEditor);
        assertThat(read("/programme/rounds/2019-20", null)).contains("An officer of London Councils")
                .doesNotContain("Priya Shah");
        assertThat(read("/programme/rounds/2019-20", Users.MEMBER)).contains("Priya Shah");
    }

    @Test
    void aPersonWhoMadeTheirProfilePublicIsNamedToVisitors() throws Exception {
        jdbc.sql("UPDATE person SET public_profile = true WHERE email IN ("
                + "'editor@camden.example', 'editor@hackney.example', 'priya.shah@loti.example')").update();
        assertThat(read("/projects/" + project, null)).contains(camdenEditor, hackneyEditor + " of Hackney joined the project.");
        assertThat(read("/projects/activity", null)).contains(hackneyEditor + " of Hackney joined the project.");
        assertThat(read("/api/v1/projects/" + project, null)).contains("\"owner\":\"" + camdenEditor + "\"");
        assertThat(read("/api/v1/projects/" + project + "/updates", null)).contains("\"by\":\"" + camdenEditor + "\"");
        assertThat(line(read("/projects/export.csv", null), TITLE)).contains(camdenEditor);
        assertThat(read("/programme/rounds/2019-20", null)).contains("Priya Shah");
    }

    /** Where the walk starts: the access matrix's pages for visitors, and every record a visitor may read. */
    private List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        accessMatrix().forEach(row -> {
            String[] parts = row.endpoint().split(" ");
            if (parts[0].equals("GET") && parts.length == 2 && row.visitor() == Outcome.OK) {
                seeds.add(parts[1].replace("{this}", Users.THIS_COUNCIL).replace("{other}", Users.OTHER_COUNCIL));
            }
        });
        seeds.add("/projects/export.csv");
        List<Long> visible = jdbc.sql("SELECT id FROM project WHERE visibility = 'PUBLIC' ORDER BY id").query(Long.class).list();
        int every = Math.max(1, visible.size() / 150);
        for (int i = 0; i < visible.size(); i += every) {
            seeds.addAll(projectPages(visible.get(i)));
        }
        seeds.addAll(projectPages(project));
        seeds.add("/projects/coalitions?project=" + project);
        long activity = jdbc.sql("""
                SELECT count(*) FROM project_activity a JOIN project p ON p.id = a.project_id WHERE p.visibility = 'PUBLIC'
                """).query(Long.class).single();
        for (long page = 1; page <= Math.min(40, (activity + 24) / 25); page++) {
            seeds.add("/projects/activity?page=" + page);
        }
        for (long page = 1; page <= (visible.size() + 99) / 100; page++) {
            seeds.add("/api/v1/projects?size=100&page=" + page);
        }
        Set<String> queries = new TreeSet<>(WORDS);
        privateNames().stream().limit(40).forEach(name -> {
            queries.add(name);
            queries.add(name.substring(name.lastIndexOf(' ') + 1));
        });
        for (String q : queries) {
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            seeds.add("/search?q=" + encoded);
            seeds.add("/api/v1/search?q=" + encoded);
        }
        WORDS.forEach(w -> seeds.add("/projects/coalitions?problem=" + URLEncoder.encode(w, StandardCharsets.UTF_8)));
        return seeds;
    }

    private static List<String> projectPages(long id) {
        return List.of("/projects/" + id, "/api/v1/projects/" + id, "/api/v1/projects/" + id + "/updates");
    }

    /** Everyone's name, but for names that a person who made their profile public also has. */
    private Set<String> privateNames() {
        return new TreeSet<>(jdbc.sql("""
                SELECT p.full_name FROM person p WHERE NOT p.public_profile
                UNION SELECT u.display_name FROM user_account u JOIN person p ON p.account_id = u.id WHERE NOT p.public_profile
                EXCEPT SELECT full_name FROM person WHERE public_profile
                """).query(String.class).list());
    }

    /** The name as written, or escaped for HTML (O'Connor as O&#39;Connor). */
    private static boolean holds(String body, String name) {
        return body.contains(name) || body.contains(HtmlUtils.htmlEscapeDecimal(name))
                || body.contains(HtmlUtils.htmlEscapeHex(name));
    }

    private String read(String url, Users user) throws Exception {
        var request = get(URI.create(url));
        if (user != null) {
            request.with(as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String line(String csv, String containing) {
        return Arrays.stream(csv.split("\n")).filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }

    private RequestPostProcessor as(Users user) {
        return user.as(accounts);
    }

    private Viewer viewer(String email) {
        return jdbc.sql("SELECT id, display_name, organisation_id, role FROM user_account WHERE email = :e").param("e", email)
                .query((rs, n) -> new Viewer(rs.getLong("id"), rs.getString("display_name"), rs.getLong("organisation_id"),
                        Role.valueOf(rs.getString("role")), false)).single();
    }

    private String nameOf(String email) {
        return jdbc.sql("SELECT full_name FROM person WHERE email = :e").param("e", email).query(String.class).single();
    }

    private static List<AccessRows.Row> accessMatrix() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AccessRows.class));
        return scanner.findCandidateComponents("london.loti.hub").stream().flatMap(definition -> {
            try {
                var constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
                constructor.setAccessible(true);
                return ((AccessRows) constructor.newInstance()).rows().stream();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Reads pages as one user, following the links each holds: every seed, and a few pages of each other kind. */
    private class Walk {

        private final Users user;
        private final Deque<String> queue = new ArrayDeque<>();
        private final Set<String> found = new HashSet<>();
        private final Map<String, Integer> perKind = new HashMap<>();
        final Set<String> read = new HashSet<>();

        Walk(Users user) {
            this.user = user;
        }

        void seed(String url) {
            if (found.add(url)) {
                perKind.merge(kind(url), 1, Integer::sum);
                queue.add(url);
            }
        }

        void offer(String url) {
            if (NOT_PAGES.stream().anyMatch(url::startsWith) || !isAddress(url) || !found.add(url)) {
                return;
            }
            if (perKind.merge(kind(url), 1, Integer::sum) <= EACH_KIND) {
                queue.add(url);
            }
        }

        void run(java.util.function.BiConsumer<String, String> check) throws Exception {
            while (!queue.isEmpty() && read.size() < MOST_PAGES) {
                String url = queue.poll();
                String body = read(url, user);
                read.add(url);
                check.accept(url, body);
                Matcher links = LINK.matcher(body);
                while (links.find()) {
                    String link = HtmlUtils.htmlUnescape(links.group(1) != null ? links.group(1) : links.group(2));
                    offer(link);
                }
            }
        }

        /** Paths in the API document are templates such as /api/v1/projects/{id}, not addresses. */
        static boolean isAddress(String url) {
            try {
                URI.create(url);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        Set<String> kinds() {
            return read.stream().map(Walk::kind).collect(Collectors.toSet());
        }

        /** The path with numbers as {n} and organisations' slugs as {slug}, and the names of its query parameters. */
        static String kind(String url) {
            int q = url.indexOf('?');
            String path = (q < 0 ? url : url.substring(0, q)).replaceAll("/\\d+(?=/|$|\\.)", "/{n}")
                    .replaceAll("^(/organisations|/members|/techmap/councils|/programme/projects|/programme/workstreams|/programme/rounds/[^/]+/proposals)/[a-z0-9-]+(?=/|$)", "$1/{slug}");
            if (q < 0) {
                return path;
            }
            return path + "?" + Arrays.stream(url.substring(q + 1).split("&")).map(p -> p.split("=", 2)[0]).sorted()
                    .collect(Collectors.joining("&"));
        }
    }
}
