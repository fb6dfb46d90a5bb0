package london.loti.hub.accounts;

import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationItem adminNavigation() {
        return new NavigationItem(1000, "/admin", "Admin", true);
    }
}
