package london.loti.hub.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads an account for signing in by its e-mail address. */
@org.springframework.stereotype.Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email == null ? "" : email)
                .map(a -> new AccountPrincipal(a.id(), a.email(), a.displayName(), a.organisationId(), a.role(), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
