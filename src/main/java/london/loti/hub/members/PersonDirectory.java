package london.loti.hub.members;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** People, for other modules: who owns or joined a record, and how to reach them. */
@Service
public class PersonDirectory {

    /** A person; {@code email} and {@code accountId} are null for people without an account. */
    public record PersonRef(long id, long organisationId, String fullName, String jobTitle, String email,
            Long accountId) {
    }

    private static final String COLUMNS = "SELECT id, organisation_id, full_name, job_title, email, account_id FROM person";

    private final JdbcClient jdbc;

    PersonDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonRef> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(PersonRef.class).optional();
    }

    /** The people with these ids, by id, in one query. */
    public Map<Long, PersonRef> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " WHERE id = ANY(CAST(:ids AS bigint[]))")
                .param("ids", ids.stream().distinct().toArray(Long[]::new)).query(PersonRef.class).list().stream()
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
    }

    /** The person of an account (everyone with an account is one). */
    public Optional<PersonRef> forAccount(long accountId) {
        return jdbc.sql(COLUMNS + " WHERE account_id = :account").param("account", accountId)
                .query(PersonRef.class).optional();
    }

    /** The person of an organisation with this e-mail address, in any case. */
    public Optional<PersonRef> byEmail(long organisationId, String email) {
        return jdbc.sql(COLUMNS + " WHERE organisation_id = :organisation AND lower(email) = lower(:email)")
                .param("organisation", organisationId).param("email", email.strip()).query(PersonRef.class).optional();
    }

    /** The people of an organisation who can be reached by e-mail, by name. */
    public List<PersonRef> reachable(long organisationId) {
        return jdbc.sql(COLUMNS + " WHERE organisation_id = :organisation AND email IS NOT NULL ORDER BY full_name LIMIT 500")
                .param("organisation", organisationId).query(PersonRef.class).list();
    }
}
