package london.loti.hub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import london.loti.hub.web.FormErrors;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** What happens after a sign-in attempt: the errors on the form, the page to go to. */
final class SignInHandlers {

    static final String ERRORS = "loti.signInErrors";
    static final String NOT_RECOGNISED = "Enter a correct email address and password";
    static final String REFUSED = "You have tried to sign in too many times. Wait 15 minutes, then try again.";

    private SignInHandlers() {
    }

    static SavedRequestAwareAuthenticationSuccessHandler success() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            request.setAttribute(ERRORS, errorsFor(request, exception));
            request.getRequestDispatcher("/sign-in/problem").forward(request, response);
        };
    }

    private static FormErrors errorsFor(HttpServletRequest request, AuthenticationException exception) {
        String email = request.getParameter("email");
        FormErrors errors = new FormErrors();
        if (email == null || email.isBlank()) {
            errors.add("email", "Enter your email address");
        }
        String password = request.getParameter("password");
        if (password == null || password.isEmpty()) {
            errors.add("password", "Enter your password");
        }
        if (errors.any()) {
            return errors;
        }
        return errors.add("email", exception instanceof LockedException ? REFUSED : NOT_RECOGNISED);
    }
}
