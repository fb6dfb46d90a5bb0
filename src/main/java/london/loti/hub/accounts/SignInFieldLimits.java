package london.loti.hub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import london.loti.hub.web.FormErrors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in whose email address is longer than any account's can be or holds control characters, or whose
 * password is longer than any account's can be: a 400 with the form's errors, before the throttle or the database
 * see the values. Nothing is counted, because nothing is checked.
 */
class SignInFieldLimits extends OncePerRequestFilter {

    static final int EMAIL_LENGTH = 254;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getServletPath().equals("/sign-in");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FormErrors errors = problems(request.getParameter("email"), request.getParameter("password"));
        if (!errors.any()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.setAttribute(SignInHandlers.ERRORS, errors);
        request.getRequestDispatcher("/sign-in/problem").forward(request, response);
    }

    static FormErrors problems(String email, String password) {
        FormErrors errors = new FormErrors();
        if (!acceptable(email)) {
            errors.add("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (password != null && PasswordPolicy.tooLongToCheck(password)) {
            errors.add("password", "Password must be " + PasswordPolicy.MAXIMUM_LENGTH + " characters or fewer");
        }
        return errors;
    }

    /** Whether an email address may be looked up and shown again on the form. */
    static boolean acceptable(String email) {
        return email == null || email.length() <= EMAIL_LENGTH && email.chars().noneMatch(Character::isISOControl);
    }
}
