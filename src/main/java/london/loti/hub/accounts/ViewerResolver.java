package london.loti.hub.accounts;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller take the {@link Viewer} of its request as an argument. */
@Configuration(proxyBeanMethods = false)
class ViewerResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    ViewerResolver() {
        // The viewer comes from the session or token, never from the caller: not a parameter of any operation.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Viewer.VISITOR;
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal account) {
            return account.viewer();
        }
        if (authentication instanceof ApiTokenAuthenticationFilter.TokenAuthentication token) {
            return token.viewer();
        }
        return Viewer.VISITOR;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return current();
    }
}
