package london.loti.hub.techmap;

import london.loti.hub.web.HomeFigure;
import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The technology map's place in the navigation, and its count on the home page. */
@Configuration(proxyBeanMethods = false)
class TechMapWeb {

    @Bean
    NavigationItem techmapNavigation() {
        return NavigationItem.of(40, "/techmap", "Technology map");
    }

    @Bean
    HomeFigure techmapFigure(JdbcClient jdbc) {
        return HomeFigure.of(40, "systems and contracts on the London technology map", "/techmap",
                () -> jdbc.sql("SELECT count(*) FROM tech_contract WHERE visibility = 'PUBLIC'").query(Long.class).single());
    }
}
