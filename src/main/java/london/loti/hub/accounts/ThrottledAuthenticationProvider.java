package london.loti.hub.accounts;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks e-mail and password against the stored hash, unless the address or e-mail has failed too often.
 * The refusal is a {@link LockedException} so that no other provider is tried after it.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.isRefused(authentication.getName(), address)) {
            throw new LockedException("Too many failed sign-ins");
        }
        return super.authenticate(authentication);
    }
}
