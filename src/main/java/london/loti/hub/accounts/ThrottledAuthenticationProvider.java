package london.loti.hub.accounts;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks e-mail and password against the stored hash, once {@link SignInThrottle} has counted the attempt; when the
 * address or e-mail has had its attempts, the password is not checked at all. The refusal is a
 * {@link LockedException} so that no other provider is tried after it. An attempt with an empty field is not
 * counted: it checks nothing.
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
        String email = authentication.getName();
        Object password = authentication.getCredentials();
        if (email == null || email.isBlank() || !(password instanceof String p) || p.isEmpty()) {
            throw new BadCredentialsException("A field is empty");
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        var attempt = throttle.begin(email, address)
                .orElseThrow(() -> new LockedException("Too many sign-in attempts"));
        Authentication signedIn = super.authenticate(authentication);
        throttle.succeeded(attempt);
        return signedIn;
    }
}
