package london.loti.hub.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves GOV.UK Frontend (its stylesheet refers to fonts and images under /assets) and Chart.js from their webjars. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final PageContextResolver pageContextResolver;
    private final String govukFrontend;
    private final String chartJs;

    WebConfiguration(PageContextResolver pageContextResolver,
            @Value("${loti.govuk-frontend.version}") String govukFrontendVersion,
            @Value("${loti.chartjs.version}") String chartJsVersion) {
        this.pageContextResolver = pageContextResolver;
        this.govukFrontend = "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion + "/dist/govuk/";
        this.chartJs = "classpath:/META-INF/resources/webjars/chart.js/" + chartJsVersion + "/dist/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/assets/**").addResourceLocations(govukFrontend + "assets/").setCacheControl(week);
        registry.addResourceHandler("/govuk/**").addResourceLocations(govukFrontend).setCacheControl(week);
        registry.addResourceHandler("/vendor/chartjs/**").addResourceLocations(chartJs).setCacheControl(week);
        registry.addResourceHandler("/static/**").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)));
    }

    /**
     * After the character encoding and form content filters, before Spring Security: a request with a NUL byte
     * in its sign-in email is refused as surely as one in a project's title.
     */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new RequestTextFilter());
        registration.setOrder(-1000);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageContextResolver);
    }
}
