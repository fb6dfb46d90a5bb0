package london.loti.hub.techmap.web;

import java.util.List;
import java.util.Map;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Councils' capability per skill, from awareness to expert. Self-assessments are shown to everyone. */
@Component
public class SkillQueries {

    public record Family(String code, String name) {
    }

    public record Skill(String code, String family, String familyName, String name) {
    }

    public record Level(String code, int position, String name) {
    }

    public record Rating(long organisationId, String skill, String level) {
    }

    public record CouncilRef(long id, String slug, String name) {
    }

    /** An expert council that could train a council at awareness level, in one skill. */
    public record Match(String skill, String skillName, String familyName, String expertSlug, String expert,
            String learnerSlug, String learner) {
    }

    private final JdbcClient jdbc;

    SkillQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Family> families() {
        return jdbc.sql("SELECT code, name FROM role_family ORDER BY name").query(Family.class).list();
    }

    public List<Skill> skills() {
        return jdbc.sql("""
                SELECT s.code, s.role_family AS family, f.name AS family_name, s.name FROM tech_skill s
                  JOIN role_family f ON f.code = s.role_family ORDER BY f.name, s.position
                """).query(Skill.class).list();
    }

    public List<Level> levels() {
        return jdbc.sql("SELECT code, position, name FROM skill_level ORDER BY position").query(Level.class).list();
    }

    public List<CouncilRef> councils() {
        return jdbc.sql("SELECT id, slug, name FROM organisation WHERE kind = 'LONDON_AUTHORITY' ORDER BY name")
                .query(CouncilRef.class).list();
    }

    public List<Rating> ratings(String family) {
        return jdbc.sql("""
                SELECT r.organisation_id, r.skill, r.level FROM council_skill r JOIN tech_skill s ON s.code = r.skill
                 WHERE CAST(:family AS text) IS NULL OR s.role_family = :family
                """).param("family", family).query(Rating.class).list();
    }

    public Map<String, String> ratingsOf(long organisationId) {
        Map<String, String> ratings = new java.util.HashMap<>();
        jdbc.sql("SELECT organisation_id, skill, level FROM council_skill WHERE organisation_id = :organisation")
                .param("organisation", organisationId).query(Rating.class).list()
                .forEach(r -> ratings.put(r.skill(), r.level()));
        return ratings;
    }

    public PageOf<Match> matches(String skill, Paging paging) {
        String from = """
                 FROM council_skill e JOIN council_skill l ON l.skill = e.skill AND l.level = 'AWARENESS'
                  JOIN tech_skill s ON s.code = e.skill JOIN role_family f ON f.code = s.role_family
                  JOIN organisation eo ON eo.id = e.organisation_id JOIN organisation lo ON lo.id = l.organisation_id
                 WHERE e.level = 'EXPERT' AND (CAST(:skill AS text) IS NULL OR e.skill = :skill)
                """;
        var items = jdbc.sql("SELECT s.code AS skill, s.name AS skill_name, f.name AS family_name, eo.slug AS expert_slug,"
                        + " eo.name AS expert, lo.slug AS learner_slug, lo.name AS learner" + from
                        + " ORDER BY f.name, s.position, eo.name, lo.name LIMIT :limit OFFSET :offset")
                .param("skill", skill).param("limit", paging.size()).param("offset", paging.offset())
                .query(Match.class).list();
        long total = jdbc.sql("SELECT count(*)" + from).param("skill", skill).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    void save(long organisationId, Map<String, String> levels) {
        levels.forEach((skill, level) -> {
            if (level == null) {
                jdbc.sql("DELETE FROM council_skill WHERE organisation_id = :organisation AND skill = :skill")
                        .param("organisation", organisationId).param("skill", skill).update();
            } else {
                jdbc.sql("""
                        INSERT INTO council_skill (organisation_id, skill, level) VALUES (:organisation, :skill, :level)
                        ON CONFLICT (organisation_id, skill) DO UPDATE SET level = EXCLUDED.level, updated_at = now()
                         WHERE council_skill.level <> EXCLUDED.level
                        """).param("organisation", organisationId).param("skill", skill).param("level", level).update();
            }
        });
    }
}
