package london.loti.hub.projects;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes projects; the facade decides who may, and records what changed. Always inside its transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ProjectStore {

    /** Who did something to a project: a person, or (personId null) LOTI Hub itself or an API token, by name. */
    record Actor(Long personId, String name) {
        static final Actor LOTI_HUB = new Actor(null, "LOTI Hub");
    }

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, ProjectRules.Values v, Long createdBy, OffsetDateTime at) {
        long id = jdbc.sql("""
                INSERT INTO project (organisation_id, title, summary, problem, users, phase, service_area, tags,
                                     owner_person_id, budget_band, start_date, end_date, repository_url, service_url,
                                     documentation_url, visibility, created_by, created_at, updated_at, last_activity_at)
                VALUES (:organisation, :title, :summary, :problem, :users, :phase, :area, CAST(:tags AS text[]), :owner,
                        :band, :start, :end, :repository, :service, :documentation, :visibility, :createdBy, :at, :at, :at)
                RETURNING id
                """).params(values(v).getValues()).param("organisation", organisationId).param("createdBy", createdBy)
                .param("at", at).query(Long.class).single();
        collaborators(id, organisationId, v.collaboratorIds());
        return id;
    }

    void update(long id, long organisationId, ProjectRules.Values v, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE project SET title = :title, summary = :summary, problem = :problem, users = :users,
                       phase = :phase, service_area = :area, tags = CAST(:tags AS text[]), owner_person_id = :owner,
                       budget_band = :band, start_date = :start, end_date = :end, repository_url = :repository,
                       service_url = :service, documentation_url = :documentation, visibility = :visibility,
                       updated_at = :at, last_activity_at = :at
                 WHERE id = :id
                """).params(values(v).getValues()).param("id", id).param("at", at).update();
        jdbc.sql("DELETE FROM project_collaborator WHERE project_id = :id").param("id", id).update();
        collaborators(id, organisationId, v.collaboratorIds());
    }

    void addCollaborator(long projectId, long organisationId) {
        jdbc.sql("INSERT INTO project_collaborator (project_id, organisation_id) VALUES (:p, :o) ON CONFLICT DO NOTHING")
                .param("p", projectId).param("o", organisationId).update();
    }

    void addMember(long projectId, long personId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO project_member (project_id, person_id, joined_at) VALUES (:p, :person, :at) ON CONFLICT DO NOTHING")
                .param("p", projectId).param("person", personId).param("at", at).update();
    }

    void activity(long projectId, String kind, String body, Actor actor, OffsetDateTime at) {
        activity(projectId, kind, body, actor, null, at);
    }

    /** Someone joined the project; their name is shown by the rule for people's names, so it is not in the text. */
    void joined(long projectId, long personId, Actor acceptedBy, OffsetDateTime at) {
        activity(projectId, "JOINED", "Joined the project.", acceptedBy, personId, at);
    }

    private void activity(long projectId, String kind, String body, Actor actor, Long subjectPersonId, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO project_activity (project_id, kind, body, actor_name, actor_person_id, subject_person_id,
                                              occurred_at)
                VALUES (:p, :kind, :body, :actor, :actorPerson, :subject, :at)
                """).param("p", projectId).param("kind", kind).param("body", body).param("actor", actor.name())
                .param("actorPerson", actor.personId()).param("subject", subjectPersonId).param("at", at).update();
    }

    /** A person's update counts as activity: the 90-day clock starts again. */
    void touched(long projectId, OffsetDateTime at) {
        jdbc.sql("UPDATE project SET last_activity_at = :at WHERE id = :id").param("id", projectId).param("at", at).update();
    }

    void closed(long projectId, OffsetDateTime at) {
        jdbc.sql("UPDATE project SET phase = 'RETIRED', updated_at = :at, last_activity_at = :at WHERE id = :id")
                .param("id", projectId).param("at", at).update();
    }

    boolean follow(long projectId, long accountId, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO project_follower (project_id, account_id, followed_at) VALUES (:p, :a, :at) ON CONFLICT DO NOTHING
                """).param("p", projectId).param("a", accountId).param("at", at).update() == 1;
    }

    boolean unfollow(long projectId, long accountId) {
        return jdbc.sql("DELETE FROM project_follower WHERE project_id = :p AND account_id = :a")
                .param("p", projectId).param("a", accountId).update() == 1;
    }

    long request(long projectId, long accountId, String name, long organisationId, String message, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO project_join_request (project_id, account_id, requester_name, organisation_id, message, status, requested_at)
                VALUES (:p, :a, :name, :o, :message, 'REQUESTED', :at) RETURNING id
                """).param("p", projectId).param("a", accountId).param("name", name).param("o", organisationId)
                .param("message", message).param("at", at).query(Long.class).single();
    }

    void decide(long requestId, boolean accepted, String decidedBy, OffsetDateTime at) {
        jdbc.sql("UPDATE project_join_request SET status = :status, decided_at = :at, decided_by = :by WHERE id = :id")
                .param("status", accepted ? "ACCEPTED" : "DECLINED").param("at", at).param("by", decidedBy)
                .param("id", requestId).update();
    }

    long addAsset(long projectId, AssetKind kind, String title, String url, String licence, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO project_asset (project_id, kind, title, url, licence, created_at)
                VALUES (:p, :kind, :title, :url, :licence, :at) RETURNING id
                """).param("p", projectId).param("kind", kind.name()).param("title", title).param("url", url)
                .param("licence", licence).param("at", at).query(Long.class).single();
    }

    boolean removeAsset(long projectId, long assetId) {
        return jdbc.sql("DELETE FROM project_asset WHERE project_id = :p AND id = :id")
                .param("p", projectId).param("id", assetId).update() == 1;
    }

    long organisationOf(long projectId) {
        return jdbc.sql("SELECT organisation_id FROM project WHERE id = :id").param("id", projectId).query(Long.class).single();
    }

    void nudged(long projectId, OffsetDateTime at) {
        jdbc.sql("UPDATE project SET nudged_at = :at WHERE id = :id").param("id", projectId).param("at", at).update();
    }

    private void collaborators(long projectId, long organisationId, List<Long> ids) {
        for (Long collaborator : ids) {
            if (collaborator != organisationId) {
                addCollaborator(projectId, collaborator);
            }
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource values(ProjectRules.Values v) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("title", v.title()).addValue("summary", v.summary()).addValue("problem", v.problem())
                .addValue("users", v.users()).addValue("phase", v.phase().name()).addValue("area", v.serviceArea().name())
                .addValue("tags", v.tags().toArray(String[]::new)).addValue("owner", v.ownerPersonId())
                .addValue("band", v.budgetBand() == null ? null : v.budgetBand().name())
                .addValue("start", v.startDate()).addValue("end", v.endDate())
                .addValue("repository", v.repositoryUrl()).addValue("service", v.serviceUrl())
                .addValue("documentation", v.documentationUrl()).addValue("visibility", v.visibility().name());
    }
}
