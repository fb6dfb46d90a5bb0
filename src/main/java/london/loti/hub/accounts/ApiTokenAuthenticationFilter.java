package london.loti.hub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer <token>} on the API. A token acts for its organisation as an editor, for
 * this request only; an unknown or revoked token is answered 401 at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final Viewer viewer;

        TokenAuthentication(Viewer viewer) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + Role.EDITOR.name())));
            this.viewer = viewer;
            setAuthenticated(true);
        }

        Viewer viewer() {
            return viewer;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return viewer;
        }

        @Override
        public String getName() {
            return viewer.name();
        }
    }

    private final ApiTokens tokens;

    ApiTokenAuthenticationFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String value = request.getHeader("Authorization").substring(7).strip();
        var holder = tokens.authenticate(value);
        if (holder.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The API token is not recognised, or has been revoked.\"}");
            return;
        }
        var h = holder.get();
        var viewer = new Viewer(null, "API token '" + h.name() + "'", h.organisationId(), Role.EDITOR, true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(viewer));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
