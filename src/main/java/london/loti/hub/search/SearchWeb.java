package london.loti.hub.search;

import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Search's place in the navigation. */
@Configuration(proxyBeanMethods = false)
class SearchWeb {

    @Bean
    NavigationItem searchNavigation() {
        return NavigationItem.of(90, "/search", "Search");
    }
}
