package london.loti.hub.members;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.loti.hub.accounts.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** People, for other modules: who owns or joined a record, and how to reach them. */
@Service
public class PersonDirectory {

    /**
     * A person; {@code email} and {@code accountId} are null for people without an account. {@code fullName} is for
     * members and e-mails to them: what a page, export or API answer shows is {@link #nameFor}.
     */
    public record PersonRef(long id, long organisationId, String organisationName, String fullName, String jobTitle,
            String email, Long accountId, boolean publicProfile) {

        /** The person's name as this viewer may see it: the rule of {@link PersonName}. */
        public String nameFor(Viewer viewer) {
            return PersonName.of(fullName, organisationName, publicProfile, viewer);
        }

        /** 'Alex Smith of Hackney', or 'An officer of Hackney' for a viewer who may not see the name. */
        public String nameWithOrganisationFor(Viewer viewer) {
            return PersonName.withOrganisation(fullName, organisationName, publicProfile, viewer);
        }

        public boolean nameShownTo(Viewer viewer) {
            return PersonName.shownTo(viewer, publicProfile);
        }
    }

    private static final String COLUMNS = """
            SELECT p.id, p.organisation_id, o.name AS organisation_name, p.full_name, p.job_title, p.email,
                   p.account_id, p.public_profile
              FROM person p JOIN organisation o ON o.id = p.organisation_id""";

    private final JdbcClient jdbc;

    PersonDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonRef> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE p.id = :id").param("id", id).query(PersonRef.class).optional();
    }

    /** The people with these ids, by id, in one query. */
    public Map<Long, PersonRef> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " WHERE p.id = ANY(CAST(:ids AS bigint[]))")
                .param("ids", ids.stream().distinct().toArray(Long[]::new)).query(PersonRef.class).list().stream()
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
    }

    /** The person of an account (everyone with an account is one). */
    public Optional<PersonRef> forAccount(long accountId) {
        return jdbc.sql(COLUMNS + " WHERE p.account_id = :account").param("account", accountId)
                .query(PersonRef.class).optional();
    }

    /** The person of an organisation with this e-mail address, in any case. */
    public Optional<PersonRef> byEmail(long organisationId, String email) {
        return jdbc.sql(COLUMNS + " WHERE p.organisation_id = :organisation AND lower(p.email) = lower(:email)")
                .param("organisation", organisationId).param("email", email.strip()).query(PersonRef.class).optional();
    }

    /** The people of an organisation who can be reached by e-mail, by name. */
    public List<PersonRef> reachable(long organisationId) {
        return jdbc.sql(COLUMNS + " WHERE p.organisation_id = :organisation AND p.email IS NOT NULL ORDER BY p.full_name LIMIT 500")
                .param("organisation", organisationId).query(PersonRef.class).list();
    }
}
