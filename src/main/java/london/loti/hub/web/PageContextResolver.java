package london.loti.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Builds the {@link PageContext} of a request, for controllers and the error pages. */
@Component
public class PageContextResolver implements HandlerMethodArgumentResolver {

    private final boolean demo;
    private final java.util.List<NavigationItem> navigation;

    PageContextResolver(@Value("${LOTI_DEMO:}") String demo, java.util.List<NavigationItem> navigation) {
        this.demo = !demo.isBlank();
        this.navigation = navigation.stream()
                .sorted(java.util.Comparator.comparingInt(NavigationItem::position)).toList();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageContext.class;
    }

    @Override
    public PageContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return contextOf(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    public PageContext contextOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        boolean admin = signedIn && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new PageContext(signedIn ? authentication.getName() : null, admin,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(), path, demo, navigation);
    }
}
