package london.loti.hub.members;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class PersonQueries {

    public record PersonRow(long id, String fullName, String jobTitle, String roleFamily) {
    }

    private final JdbcClient jdbc;

    PersonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonRow> ofOrganisation(long organisationId, int limit) {
        return jdbc.sql("""
                SELECT p.id, p.full_name, p.job_title, r.name AS role_family
                  FROM person p LEFT JOIN role_family r ON r.code = p.role_family
                 WHERE p.organisation_id = :organisation ORDER BY p.full_name LIMIT :limit
                """).param("organisation", organisationId).param("limit", limit).query(PersonRow.class).list();
    }

    long countOfOrganisation(long organisationId) {
        return jdbc.sql("SELECT count(*) FROM person WHERE organisation_id = :organisation")
                .param("organisation", organisationId).query(Long.class).single();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    void create(long organisationId, String fullName, String jobTitle, String roleFamily, String email, Long accountId) {
        jdbc.sql("""
                INSERT INTO person (organisation_id, full_name, job_title, role_family, email, account_id)
                VALUES (:organisation, :name, :title, :family, :email, :account)
                """).param("organisation", organisationId).param("name", fullName).param("title", jobTitle)
                .param("family", roleFamily).param("email", email).param("account", accountId).update();
    }
}
