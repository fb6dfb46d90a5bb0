package london.loti.hub.techmap;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import london.loti.hub.support.Browserless;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.techmap.web.Show;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The map's pages, exports and feeds, and what each viewer may see in them. */
class TechMapPagesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'PAGE-%'").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract'").update();
    }

    record Hidden(long id, String reference, long annual) {
    }

    Hidden membersOnlyContract() {
        return jdbc.sql("""
                SELECT c.id, c.reference, c.annual_value_pence AS annual FROM tech_contract c JOIN organisation o ON o.id = c.organisation_id
                 WHERE o.slug = 'camden' AND c.value_visibility = 'MEMBERS' AND c.annual_value_pence > 0 AND c.end_date > current_date
                 ORDER BY c.id LIMIT 1""").query(Hidden.class).single();
    }

    String body(String path, String email) throws Exception {
        var request = get(path);
        if (email != null) {
            request.with(user(accounts.loadUserByUsername(email)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void valuesForMembersAreNeverShownToVisitorsInPagesExportsOrFeeds() throws Exception {
        Hidden contract = membersOnlyContract();
        String money = Show.money(contract.annual());
        String pounds = String.valueOf(contract.annual() / 100);

        assertThat(body("/techmap/contracts/" + contract.id(), null)).doesNotContain(money).contains("Members only");
        assertThat(body("/techmap/contracts/" + contract.id(), "member@camden.example")).contains(money);
        assertThat(body("/techmap/councils/camden", null)).doesNotContain(money).contains("to see contract values");
        assertThat(body("/techmap/councils/camden", "member@camden.example")).contains(money);

        String visitorsCsv = new Browserless(port).get("/techmap/councils/camden/contracts.csv").body();
        String line = visitorsCsv.lines().filter(l -> l.startsWith(contract.reference() + ",")).findFirst().orElseThrow();
        assertThat(line).doesNotContain(pounds);
        Browserless member = new Browserless(port);
        member.signIn("member@camden.example", demoPassword());
        String membersLine = member.get("/techmap/councils/camden/contracts.csv").body().lines()
                .filter(l -> l.startsWith(contract.reference() + ",")).findFirst().orElseThrow();
        assertThat(membersLine).contains("," + pounds + ",");

        assertThat(body("/techmap/councils/camden/renewals.ics", "member@camden.example")).contains("BEGIN:VEVENT")
                .doesNotContain("£").doesNotContain(pounds + "00");
        assertThat(body("/techmap/renewals?council=camden&months=60", null)).doesNotContain(money);
        assertThat(body("/api/v1/techmap/contracts/" + contract.id(), null)).contains("\"annualValuePence\":null");
    }

    @Test
    void theCouncilPageListsItsSystemsByServiceArea() throws Exception {
        String page = body("/techmap/councils/camden", null);
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Camden</h1>", "Revenues and benefits", "IT infrastructure and productivity");
        assertThat(page.indexOf(">Revenues and benefits</caption>")).isPositive()
                .isLessThan(page.indexOf(">IT infrastructure and productivity</caption>"));
        assertThat(body("/techmap/councils/camden?area=PARKING", null)).contains(">Parking</caption>")
                .doesNotContain(">Revenues and benefits</caption>");
        assertThat(mvc.perform(get("/techmap/councils/camden?area=CASTLES").accept("text/html")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void chartsComeWithTheirNumbersInATable() throws Exception {
        String page = body("/techmap/concentration", "member@camden.example");
        assertThat(page).contains("data-chart=", "chart.umd.min.js", "Herfindahl–Hirschman index by service area", "Top ten's share");
        assertThat(body("/techmap/satisfaction", null)).contains("data-chart=", "Average satisfaction", "Systems rated");
    }

    @Test
    void anEditorChangesTheirCouncilsContractsAndNoOneElsesCan() throws Exception {
        Browserless camden = new Browserless(port);
        camden.signIn("editor@camden.example", demoPassword());
        camden.get("/techmap/councils/camden/contracts/new");
        var errors = camden.post("/techmap/councils/camden/contracts/new", Map.of("reference", "PAGE-1", "title", "",
                "serviceArea", "PARKING", "category", "FRONTLINE", "totalValue", "£-5", "visibility", "PUBLIC", "valueVisibility", "MEMBERS"));
        assertThat(errors.title()).startsWith("Error: ");
        assertThat(errors.body()).contains("Enter the title", "Enter the supplier name", "Total value must be £0 or more");
        var created = camden.post("/techmap/councils/camden/contracts/new", form("reference", "PAGE-1", "title", "Pay and display",
                "department", "Environment and Place", "serviceArea", "PARKING", "category", "FRONTLINE", "supplier", "RingGo Ltd", "endDateDay", "31", "endDateMonth", "3",
                "endDateYear", "2028", "annualValue", "£12,500", "visibility", "PUBLIC", "valueVisibility", "MEMBERS"));
        assertThat(created.status()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM tech_contract WHERE reference = 'PAGE-1'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT annual_value_pence FROM tech_contract WHERE id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1_250_000L);
        assertThat(jdbc.sql("SELECT department FROM tech_contract WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Environment and Place");

        Browserless hackney = new Browserless(port);
        hackney.signIn("editor@hackney.example", demoPassword());
        assertThat(hackney.get("/techmap/contracts/" + id + "/edit").status()).isEqualTo(403);
        hackney.get("/techmap");
        assertThat(hackney.post("/techmap/contracts/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(hackney.post("/techmap/contracts/" + id + "/edit", Map.of("title", "Taken over")).status()).isEqualTo(403);

        camden.get("/techmap/contracts/" + id + "/edit");
        assertThat(camden.post("/techmap/contracts/" + id + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM tech_contract WHERE reference = 'PAGE-1'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'contract' AND record_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void aFileOverTheUploadLimitGetsAClearPageAndNothingIsStored() throws Exception {
        Browserless editor = new Browserless(port);
        editor.signIn("editor@camden.example", demoPassword());
        String form = editor.get("/techmap/councils/camden/import").body();
        assertThat(form).contains("action=\"/techmap/councils/camden/import\"").doesNotContain("import?_csrf");
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        String boundary = "----loti-test-boundary";
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write("Reference,Title,Supplier\n".getBytes(StandardCharsets.UTF_8));
        byte[] row = "HUGE-1,A very large register,Nobody Ltd\n".getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < 51L * 1024 * 1024; written += row.length) {
            body.write(row);
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/techmap/councils/camden/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .header("Cookie", "LOTI_SESSION=" + editor.sessionCookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<title>The file is too large – LOTI Hub</title>", "Choose a smaller file");
        assertThat(jdbc.sql("SELECT count(*) FROM contract_import").query(Long.class).single()).isZero();
    }
}
