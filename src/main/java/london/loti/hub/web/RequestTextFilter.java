package london.loti.hub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters (query string or form fields) break {@link RequestText}'s rules, before
 * anything else reads them, signing in included: a 400 that names the parameter, as a GOV.UK page or a problem
 * detail ({@link ErrorPages}). Nothing was changed.
 */
class RequestTextFilter extends OncePerRequestFilter {

    /** The request attribute that holds the {@link Refusal}, for the error page. */
    static final String REFUSED = "loti.refusedParameter";

    record Refusal(String parameter, String message) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Refusal> refused = refusal(request.getParameterMap());
        if (refused.isPresent()) {
            request.setAttribute(REFUSED, refused.get());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.get().message());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<Refusal> refusal(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            Optional<String> nameProblem = RequestText.problem(name);
            if (nameProblem.isPresent()) {
                return Optional.of(new Refusal("(name)", "A field's name " + nameProblem.get()));
            }
            for (String value : parameter.getValue()) {
                Optional<String> problem = RequestText.problem(value);
                if (problem.isPresent()) {
                    return Optional.of(new Refusal(name, "'" + name + "' " + problem.get()));
                }
            }
        }
        return Optional.empty();
    }
}
