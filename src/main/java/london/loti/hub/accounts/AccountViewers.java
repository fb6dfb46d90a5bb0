package london.loti.hub.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Accounts as viewers, for work done without a request (such as a weekly e-mail): what an account may see, and
 * where to write to it.
 */
@Service
public class AccountViewers {

    public record AccountViewer(Viewer viewer, String email) {
    }

    private final JdbcClient jdbc;

    AccountViewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountViewer> find(long accountId) {
        return jdbc.sql("SELECT id, email, display_name, organisation_id, role FROM user_account WHERE id = :id")
                .param("id", accountId)
                .query((rs, n) -> new AccountViewer(new Viewer(rs.getLong("id"), rs.getString("display_name"),
                        rs.getLong("organisation_id"), Role.valueOf(rs.getString("role")), false), rs.getString("email")))
                .optional();
    }

    /** The e-mail addresses of an organisation's editors. */
    public List<String> editorEmails(long organisationId) {
        return jdbc.sql("""
                SELECT email FROM user_account
                 WHERE organisation_id = :organisation AND role IN ('EDITOR', 'CORE_REPRESENTATIVE') ORDER BY email
                """).param("organisation", organisationId).query(String.class).list();
    }
}
