package london.loti.hub.members;

import london.loti.hub.web.HomeFigure;
import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** People and membership in the navigation, and the number of Core councils on the home page. */
@Configuration(proxyBeanMethods = false)
class MembershipWeb {

    @Bean
    NavigationItem peopleNavigation() {
        return NavigationItem.of(20, "/people", "People");
    }

    @Bean
    NavigationItem membersNavigation() {
        return NavigationItem.of(30, "/members", "Members");
    }

    @Bean
    HomeFigure coreCouncilsFigure(Membership membership) {
        return HomeFigure.of(25, "Core LOTI councils", "/members", () -> membership.coreCouncilCount(membership.defaultYear()));
    }
}
