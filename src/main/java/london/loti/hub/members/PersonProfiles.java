package london.loti.hub.members;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import london.loti.hub.web.LikePattern;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** People's profiles: search with filters a page at a time, one profile, and its update. */
@Component
public class PersonProfiles {

    /** A person's profile as pages and the API show it. */
    public record Profile(long id, String fullName, String jobTitle, long organisationId, String organisationSlug,
            String organisationName, String roleFamily, String roleFamilyName, List<String> expertiseTags,
            String contactAbout, Long accountId, boolean publicProfile) {
    }

    /** The search: words in a name or job title, an organisation's slug, a role family code, a tag; any may be null. */
    record Filter(String query, String organisation, String roleFamily, String tag) {
    }

    private static final String SELECT = """
            SELECT p.id, p.full_name, p.job_title, p.organisation_id, o.slug AS organisation_slug,
                   o.name AS organisation_name, p.role_family, r.name AS role_family_name, p.expertise_tags,
                   p.contact_about, p.account_id, p.public_profile
              FROM person p JOIN organisation o ON o.id = p.organisation_id
              LEFT JOIN role_family r ON r.code = p.role_family
            """;
    private static final String WHERE = """
             WHERE (CAST(:query AS text) IS NULL OR (p.full_name || ' ' || p.job_title) ILIKE :pattern)
               AND (CAST(:organisation AS text) IS NULL OR o.slug = :organisation)
               AND (CAST(:family AS text) IS NULL OR p.role_family = :family)
               AND (CAST(:tag AS text) IS NULL OR p.expertise_tags @> ARRAY[CAST(:tag AS text)])
            """;

    private final JdbcClient jdbc;

    PersonProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<Profile> search(Filter filter, Paging paging) {
        var items = params(jdbc.sql(SELECT + WHERE + " ORDER BY p.full_name, p.id LIMIT :limit OFFSET :offset"), filter)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(PersonProfiles::profile).list();
        long total = params(jdbc.sql("""
                SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id""" + WHERE), filter)
                .query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<Profile> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(PersonProfiles::profile).optional();
    }

    void update(long id, String fullName, String jobTitle, String roleFamily, List<String> tags, String contactAbout,
            boolean publicProfile) {
        jdbc.sql("""
                UPDATE person SET full_name = :name, job_title = :title, role_family = :family,
                       expertise_tags = CAST(:tags AS text[]), contact_about = :contact, public_profile = :public,
                       updated_at = now()
                 WHERE id = :id
                """).param("name", fullName).param("title", jobTitle).param("family", roleFamily)
                .param("tags", toArrayLiteral(tags)).param("contact", contactAbout).param("public", publicProfile)
                .param("id", id).update();
    }

    List<Option> roleFamilies() {
        return jdbc.sql("SELECT code AS value, name AS text FROM role_family ORDER BY name").query(Option.class).list();
    }

    /** The tags in use, most used first, for the filter. */
    List<Option> tags(int limit) {
        return jdbc.sql("""
                SELECT tag AS value, tag AS text FROM (SELECT unnest(expertise_tags) AS tag FROM person) t
                 GROUP BY tag ORDER BY count(*) DESC, tag LIMIT :limit
                """).param("limit", limit).query(Option.class).list();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Filter filter) {
        return spec.param("query", filter.query()).param("pattern", LikePattern.containing(filter.query()))
                .param("organisation", filter.organisation()).param("family", filter.roleFamily()).param("tag", filter.tag());
    }

    private static Profile profile(ResultSet rs, int n) throws SQLException {
        Array tags = rs.getArray("expertise_tags");
        Long account = rs.getObject("account_id", Long.class);
        return new Profile(rs.getLong("id"), rs.getString("full_name"), rs.getString("job_title"),
                rs.getLong("organisation_id"), rs.getString("organisation_slug"), rs.getString("organisation_name"),
                rs.getString("role_family"), rs.getString("role_family_name"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), rs.getString("contact_about"),
                account, rs.getBoolean("public_profile"));
    }

    /** A PostgreSQL text[] literal, quoting each element. */
    static String toArrayLiteral(List<String> values) {
        return "{" + String.join(",", values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
    }
}
