package london.loti.hub.funding;

import london.loti.hub.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Funding in the navigation. Everyone sees the link; the page asks a visitor to sign in and tells others it is
 * for the LOTI team and Core councils' representatives.
 */
@Configuration(proxyBeanMethods = false)
class FundingWeb {

    @Bean
    NavigationItem fundingNavigation() {
        return NavigationItem.of(40, "/funding", "Funding");
    }
}
