package london.loti.hub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a {@link Figure} measures with: the running LOTI Hub, its database, clients, and the ways of measuring —
 * a workload alone, or alternated round by round with a baseline so that both see the same noisy machine.
 */
public final class BenchContext implements AutoCloseable {

    /**
     * What the clients run, named so that each is warmed up once before it is first measured. The probe, when
     * there is one, counts the SQL statements of one call (see {@link #statements(String)}).
     */
    public record Workload(String name, Load.Task task, String unit, Probe probe) {

        public Workload(String name, Load.Task task, String unit) {
            this(name, task, unit, null);
        }
    }

    /** Runs one call as the first client and counts its SQL statements. */
    @FunctionalInterface
    public interface Probe {
        long statements() throws Exception;
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final BenchServer server;
    private final Scale scale;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Load load;
    private final JdbcClient jdbc;
    private final Set<String> warmed = new HashSet<>();
    private Visitors members;

    BenchContext(BenchServer server, Scale scale, Consumer<String> progress) {
        this.server = server;
        this.scale = scale;
        this.progress = progress;
        this.load = new Load(scale.timing().clients());
        this.jdbc = JdbcClient.create(server.dataSource());
    }

    public Scale scale() {
        return scale;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public DataSource dataSource() {
        return server.dataSource();
    }

    /** A bean of the running LOTI Hub, for figures that call a module's service directly (the imports of I1). */
    public <T> T bean(Class<T> type) {
        return server.bean(type);
    }

    public void progress(String message) {
        progress.accept(message);
    }

    /** Anonymous visitors, one a client, each keeping the cookies LOTI Hub gives it (no session: the CSRF token is a cookie). */
    public Visitors visitors() {
        return new Visitors("anonymous", load.clients());
    }

    /** Members of as many organisations as there are clients, each signed in once through the sign-in form. */
    public synchronized Visitors members() throws IOException, InterruptedException {
        if (members == null) {
            List<String> emails = jdbc.sql("SELECT email FROM user_account WHERE role = 'MEMBER' ORDER BY id LIMIT :n")
                    .param("n", load.clients()).query(String.class).list();
            if (emails.size() < load.clients()) {
                throw new IllegalStateException("The bench data has " + emails.size() + " members, fewer than the "
                        + load.clients() + " clients");
            }
            Visitors signedIn = new Visitors("signed in as members", load.clients());
            for (int client = 0; client < emails.size(); client++) {
                signIn(signedIn, client, emails.get(client));
            }
            members = signedIn;
        }
        return members;
    }

    /** A GET of an HTML page by these visitors; an answer other than 200 fails the call. */
    public Workload page(String name, Visitors who, LongFunction<String> path) {
        return get(name, who, path, "text/html");
    }

    /** A GET of the JSON API by these visitors; an answer other than 200 fails the call. */
    public Workload api(String name, Visitors who, LongFunction<String> path) {
        return get(name, who, path, "application/json");
    }

    /** W1: the no-op endpoint, anonymous. */
    public Workload w1() {
        return noOp("W1", visitors());
    }

    /** The no-op endpoint of W1 (answers 204 and does nothing), by these visitors. */
    public Workload noOp(String name, Visitors who) {
        return get(name, who, n -> BenchServer.NO_OP, "*/*");
    }

    /** The workload measured alone for as many rounds as a comparison has, after its warm-up. */
    public Result.Timed alone(Workload workload) throws Exception {
        warmUp(workload);
        Stats.Samples samples = new Stats.Samples();
        for (int round = 1; round <= scale.timing().rounds(); round++) {
            progress(workload.name() + ", round " + round + " of " + scale.timing().rounds());
            load.run(workload.task(), scale.timing().segment(), samples);
        }
        return Result.Timed.alone(samples.stats(workload.unit())).withStatements(probe(workload));
    }

    /** The subject against W1, alternated round by round. */
    public Result.Timed againstW1(Workload subject) throws Exception {
        return alternate(w1(), subject);
    }

    /** Baseline, subject, baseline, subject…: each round one segment of each, after both are warmed up. */
    public Result.Timed alternate(Workload baseline, Workload subject) throws Exception {
        warmUp(baseline);
        warmUp(subject);
        Stats.Samples base = new Stats.Samples();
        Stats.Samples measured = new Stats.Samples();
        for (int round = 1; round <= scale.timing().rounds(); round++) {
            progress(subject.name() + " against " + baseline.name() + ", round " + round + " of " + scale.timing().rounds());
            load.run(baseline.task(), scale.timing().segment(), base);
            load.run(subject.task(), scale.timing().segment(), measured);
        }
        return new Result.Timed(measured.stats(subject.unit()), base.stats(baseline.unit()), baseline.name(),
                probe(subject));
    }

    /** The SQL statements that one anonymous GET of the path runs, counted exactly (see {@link StatementCounter}). */
    public long statements(String path) throws Exception {
        return statements(path, "*/*", null);
    }

    private long statements(String path, String accept, String cookie) throws Exception {
        String id = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Accept", accept)
                .header(StatementCounter.HEADER, id).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200 && response.statusCode() != 204) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return server.statements().take(id, Duration.ofSeconds(5));
    }

    private static long probe(Workload workload) throws Exception {
        return workload.probe() == null ? -1 : workload.probe().statements();
    }

    private Workload get(String name, Visitors who, LongFunction<String> path, String accept) {
        return new Workload(name + " (" + who.description() + ")", (client, n) -> {
            String target = path.apply(n);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(target)).timeout(TIMEOUT).header("Accept", accept).GET();
            String cookie = who.cookie(client);
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            who.remember(client, response.headers());
            if (response.statusCode() != 200 && response.statusCode() != 204) {
                throw new IllegalStateException("GET " + target + " answered " + response.statusCode());
            }
        }, "req/s", () -> statements(path.apply(0), accept, who.cookie(0)));
    }

    private void warmUp(Workload workload) throws Exception {
        if (warmed.add(workload.name())) {
            progress("warming up " + workload.name());
            load.run(workload.task(), scale.timing().warmUp(), null);
        }
    }

    private void signIn(Visitors who, int client, String email) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/sign-in")).timeout(TIMEOUT)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        who.remember(client, form.headers());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        String body = "email=" + encode(email) + "&password=" + encode(BenchAccounts.PASSWORD) + "&_csrf=" + encode(csrf.group(1));
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("/sign-in")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (who.cookie(client) != null) {
            post.header("Cookie", who.cookie(client));
        }
        HttpResponse<Void> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.discarding());
        who.remember(client, signedIn.headers());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("sign-in") || !who.hasSession(client)) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + signedIn.statusCode() + " " + location);
        }
    }

    private URI uri(String path) {
        return server.base().resolve(path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        load.close();
    }
}
