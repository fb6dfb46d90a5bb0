package london.loti.hub.projects;

import java.util.ArrayList;
import java.util.List;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Projects a test makes, and how it removes them (with their search documents) afterwards. */
class ProjectFixtures {

    private final JdbcClient jdbc;
    private final Projects projects;
    private final List<Long> made = new ArrayList<>();

    ProjectFixtures(JdbcClient jdbc, Projects projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    long organisation(String slug) {
        return jdbc.sql("SELECT id FROM organisation WHERE slug = :s").param("s", slug).query(Long.class).single();
    }

    long accountId(String email) {
        return jdbc.sql("SELECT id FROM user_account WHERE email = :e").param("e", email).query(Long.class).single();
    }

    /** The viewer of a demo account, as a signed-in request would have it. */
    Viewer viewer(String email) {
        return jdbc.sql("SELECT id, display_name, organisation_id, role FROM user_account WHERE email = :e").param("e", email)
                .query((rs, n) -> new Viewer(rs.getLong("id"), rs.getString("display_name"), rs.getLong("organisation_id"),
                        Role.valueOf(rs.getString("role")), false)).single();
    }

    static ProjectInput input(String title, String phase, String visibility, String ownerEmail) {
        return new ProjectInput(title, "A test project about " + title + ".", "The problem " + title + " solves.",
                "Residents", phase, "HOUSING", List.of("testing, repairs"), ownerEmail, List.of(), "", "2024-04-01", "",
                "https://code.camden.example/test", "", "", visibility);
    }

    long create(String title, String visibility) {
        return track(projects.create(input(title, "beta", visibility, "editor@camden.example"), null,
                viewer("editor@camden.example")));
    }

    long track(long id) {
        made.add(id);
        return id;
    }

    void trackTitled(String title) {
        made.addAll(jdbc.sql("SELECT id FROM project WHERE title = :t").param("t", title).query(Long.class).list());
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM project").query(Long.class).single();
    }

    void removeAll() {
        for (Long id : made) {
            jdbc.sql("DELETE FROM project WHERE id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM search_document WHERE kind = 'project' AND record_id = :id").param("id", String.valueOf(id)).update();
        }
        made.clear();
    }
}
