package london.loti.hub.accounts;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages and the API are open to visitors at this level; each controller decides with the
 * {@link Viewer} what a request may see and change. {@code /admin} is for admins only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The GOV.UK pages run no inline script or style; the API explorer needs inline styles. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String API_DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder,
            SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(accounts, encoder, throttle);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher apiDocs = request -> request.getRequestURI().startsWith("/api/docs")
                || request.getRequestURI().startsWith("/api/swagger-ui");
        http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler(SignInHandlers.success())
                        .failureHandler(SignInHandlers.failure()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
                        .ignoringRequestMatchers(ApiTokenAuthenticationFilter::authenticatedByTokenAlone))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), CsrfFilter.class)
                .addFilterAfter(new SignInFieldLimits(), CsrfFilter.class)
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(), SecurityContextHolderFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                response.sendError(HttpStatus.UNAUTHORIZED.value()), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
                                request -> true)
                        .accessDeniedHandler(accessDeniedHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .headers(headers -> headers.addHeaderWriter((request, response) -> {
                    if (apiDocs.matches(request)) {
                        response.setHeader("Content-Security-Policy", API_DOCS_CSP);
                    }
                }));
        return http.build();
    }

    /**
     * The CSRF token in a cookie (HTTP-only, same-site) rather than the session, so that a visitor reading pages
     * does not get a session row in PostgreSQL; the form field carries the masked token as before.
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("LOTI_CSRF");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** A 403, saying when it was the form's missing CSRF token rather than the account's rights. */
    private static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandlerImpl sendError = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (exception instanceof CsrfException) {
                request.setAttribute("loti.csrfRejected", Boolean.TRUE);
            }
            sendError.handle(request, response, exception);
        };
    }

}
