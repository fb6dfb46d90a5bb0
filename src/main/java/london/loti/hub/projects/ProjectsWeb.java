package london.loti.hub.projects;

import london.loti.hub.web.HomeFigure;
import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's place in the navigation, and its count on the home page. */
@Configuration(proxyBeanMethods = false)
class ProjectsWeb {

    @Bean
    NavigationItem projectsNavigation() {
        return NavigationItem.of(30, "/projects", "Projects");
    }

    @Bean
    HomeFigure projectsFigure(ProjectQueries projects) {
        return HomeFigure.of(40, "public projects in the register", "/projects", projects::countPublic);
    }
}
