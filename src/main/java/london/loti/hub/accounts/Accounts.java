package london.loti.hub.accounts;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored accounts. */
@Component
class Accounts {

    record Account(long id, String email, String displayName, String passwordHash, long organisationId, Role role) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("""
                SELECT id, email, display_name, password_hash, organisation_id, role FROM user_account
                 WHERE email = :email
                """).param("email", email.strip().toLowerCase()).query(Account.class).optional();
    }

    boolean exists(String email) {
        return findByEmail(email).isPresent();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long create(String email, String displayName, String passwordHash, long organisationId, Role role) {
        long id = jdbc.sql("""
                INSERT INTO user_account (email, display_name, password_hash, organisation_id, role)
                VALUES (:email, :name, :hash, :organisation, :role) RETURNING id
                """)
                .param("email", email.strip().toLowerCase()).param("name", displayName.strip())
                .param("hash", passwordHash).param("organisation", organisationId).param("role", role.name())
                .query(Long.class).single();
        events.publishEvent(new AccountCreated(id, organisationId, displayName.strip(), email.strip().toLowerCase()));
        return id;
    }
}
