package london.loti.hub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer <token>} on the API. A token acts for its organisation as an editor, for
 * this request only; an unknown or revoked token is answered 401 at once. It runs before the CSRF check, which a
 * request authenticated by its token alone does not need: no browser adds the header by itself, as it adds a
 * session cookie.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String TOKEN_ALONE = ApiTokenAuthenticationFilter.class.getName() + ".tokenAlone";

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

    /**
     * Whether a valid token authenticated this request and no session did: only then may it skip the CSRF check.
     * A request that a session cookie signs in is checked even with a token, and a header alone proves nothing.
     */
    static boolean authenticatedByTokenAlone(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(TOKEN_ALONE));
    }

    private static boolean hasBearer(HttpServletRequest request) {
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
        if (!signedInBySession()) {
            request.setAttribute(TOKEN_ALONE, Boolean.TRUE);
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

    private static boolean signedInBySession() {
        Authentication session = SecurityContextHolder.getContext().getAuthentication();
        return session != null && session.isAuthenticated() && !(session instanceof AnonymousAuthenticationToken);
    }
}
