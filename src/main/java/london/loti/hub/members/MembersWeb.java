package london.loti.hub.members;

import london.loti.hub.web.HomeFigure;
import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The members module's place in the navigation, and its live counts on the home page. */
@Configuration(proxyBeanMethods = false)
class MembersWeb {

    @Bean
    NavigationItem organisationsNavigation() {
        return NavigationItem.of(10, "/organisations", "Organisations");
    }

    @Bean
    HomeFigure organisationsFigure(OrganisationQueries organisations) {
        return HomeFigure.of(10, "organisations taking part", "/organisations", () -> organisations.count(null));
    }

    @Bean
    HomeFigure authoritiesFigure(OrganisationQueries organisations) {
        return HomeFigure.of(20, "London local authorities", "/organisations?kind=LONDON_AUTHORITY",
                () -> organisations.count(OrganisationKind.LONDON_AUTHORITY));
    }

    @Bean
    HomeFigure peopleFigure(PersonQueries people) {
        return HomeFigure.of(30, "people in the network", "/organisations", people::count);
    }
}
