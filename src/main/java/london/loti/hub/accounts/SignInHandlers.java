package london.loti.hub.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import london.loti.hub.web.FormErrors;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** What happens after a sign-in attempt: the errors on the form, the failure count, the page to go to. */
final class SignInHandlers {

    static final String ERRORS = "loti.signInErrors";
    static final String NOT_RECOGNISED = "Enter a correct email address and password";
    static final String REFUSED = "You have tried to sign in too many times. Wait 15 minutes, then try again.";

    private SignInHandlers() {
    }

    static SavedRequestAwareAuthenticationSuccessHandler success(SignInThrottle throttle) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                throttle.clear(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    static AuthenticationFailureHandler failure(SignInThrottle throttle) {
        return (request, response, exception) -> {
            request.setAttribute(ERRORS, errorsFor(request, exception, throttle));
            request.getRequestDispatcher("/sign-in/problem").forward(request, response);
        };
    }

    private static FormErrors errorsFor(HttpServletRequest request, AuthenticationException exception,
            SignInThrottle throttle) {
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
        if (exception instanceof LockedException) {
            return errors.add("email", REFUSED);
        }
        throttle.recordFailure(email, request.getRemoteAddr());
        return errors.add("email", NOT_RECOGNISED);
    }
}
