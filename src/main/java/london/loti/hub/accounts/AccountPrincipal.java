package london.loti.hub.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account, as kept in the session. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final long organisationId;
    private final Role role;
    private String passwordHash;

    AccountPrincipal(long id, String email, String displayName, long organisationId, Role role, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    Viewer viewer() {
        return new Viewer(id, displayName, organisationId, role, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
