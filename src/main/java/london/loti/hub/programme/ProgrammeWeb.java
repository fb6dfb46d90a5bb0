package london.loti.hub.programme;

import london.loti.hub.web.HomeFigure;
import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The programme in the navigation, and its exemplar projects counted on the home page. */
@Configuration(proxyBeanMethods = false)
class ProgrammeWeb {

    @Bean
    NavigationItem programmeNavigation() {
        return NavigationItem.of(50, "/programme", "Programme");
    }

    @Bean
    HomeFigure exemplarProjectsFigure(JdbcClient jdbc) {
        return HomeFigure.of(40, "exemplar projects", "/programme/projects",
                () -> jdbc.sql("SELECT count(*) FROM exemplar_project").query(Long.class).single());
    }
}
