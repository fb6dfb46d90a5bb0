package london.loti.hub.accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.util.unit.DataSize;

/**
 * Who may reach what. Pages and the API are open to visitors at this level; each controller decides with the
 * {@link Viewer} what a request may see and change. {@code /admin} is for admins only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The GOV.UK pages run no inline script or style. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens,
            @Value("${management.server.port:}") Integer managementPort,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize uploadLimit) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher metrics = PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus");
        http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                        // Metrics name internals: open only on a separate management port, which operators keep
                        // inside their network (MANAGEMENT_SERVER_PORT); on the public port, for admins.
                        .requestMatchers(request -> metrics.matches(request) && !Integer.valueOf(request.getLocalPort()).equals(managementPort))
                        .hasRole(Role.ADMIN.name())
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
                        .accessDeniedHandler(accessDeniedHandler(uploadLimit)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
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

    /**
     * A 403, saying when it was the form's missing CSRF token rather than the account's rights. An upload over the
     * limit is not read at all, so its form's token is never seen: that is a 413 (the file is too large), which
     * changes nothing either, rather than a confusing 'form could not be sent'.
     */
    private static AccessDeniedHandler accessDeniedHandler(DataSize uploadLimit) {
        AccessDeniedHandlerImpl sendError = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (exception instanceof CsrfException && isUploadOver(request, uploadLimit)) {
                response.setHeader("Connection", "close");
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            if (exception instanceof CsrfException) {
                request.setAttribute("loti.csrfRejected", Boolean.TRUE);
            }
            sendError.handle(request, response, exception);
        };
    }

    private static boolean isUploadOver(HttpServletRequest request, DataSize limit) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > limit.toBytes();
    }

}
