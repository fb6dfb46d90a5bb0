package london.loti.hub.accounts;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, for other modules: who holds a role in an organisation (such as a Core council's core
 * representatives), and demo accounts that share the demo password.
 */
@Component
public class AccountDirectory {

    /** An account as other modules see it: never its password. */
    public record AccountRef(long id, String email, String displayName, long organisationId, Role role) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;

    AccountDirectory(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The accounts of an organisation that hold a role, by name. */
    public List<AccountRef> withRole(long organisationId, Role role) {
        return jdbc.sql("""
                SELECT id, email, display_name, organisation_id, role FROM user_account
                 WHERE organisation_id = :organisation AND role = :role ORDER BY display_name, id
                """).param("organisation", organisationId).param("role", role.name()).query(AccountRef.class).list();
    }

    /**
     * Creates a demo account with the same password as an existing demo account (demo data only; the caller's
     * transaction). Its person record follows from {@link AccountCreated}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long createDemoAccount(String samePasswordAs, String email, String displayName, long organisationId, Role role) {
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE email = :email")
                .param("email", samePasswordAs).query(String.class).single();
        return accounts.create(email, displayName, hash, organisationId, role);
    }

    /** Shows a demo account on the sign-in page in demo mode, after those already shown. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void showOnSignInPage(String email, String description) {
        jdbc.sql("""
                INSERT INTO demo_sign_in (email, description, password, position)
                SELECT :email, :description, password, max(position) + 1 FROM demo_sign_in GROUP BY password LIMIT 1
                """).param("email", email).param("description", description).update();
    }
}
