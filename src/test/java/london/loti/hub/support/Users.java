package london.loti.hub.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The people of the access matrix, as demo accounts: a member and an editor of Camden ('this council'), an
 * editor of Hackney ('another council') and an admin of the LOTI team.
 */
public enum Users {
    VISITOR(null),
    MEMBER("member@camden.example"),
    OTHER_EDITOR("editor@hackney.example"),
    EDITOR("editor@camden.example"),
    ADMIN("priya.shah@loti.example");

    /** The organisation whose records 'this council' means. */
    public static final String THIS_COUNCIL = "camden";
    public static final String OTHER_COUNCIL = "hackney";

    private final String email;

    Users(String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }

    /** Signs the request in as this user (a visitor stays anonymous). */
    public RequestPostProcessor as(UserDetailsService accounts) {
        return email == null ? request -> request : user(accounts.loadUserByUsername(email));
    }
}
