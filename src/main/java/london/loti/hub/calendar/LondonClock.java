package london.loti.hub.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every module reads 'now' and 'today' from, in Europe/London. Inject {@link Clock}; tests replace the
 * bean with a fixed or movable clock to test what happens after 60 or 90 days.
 */
@Configuration(proxyBeanMethods = false)
public class LondonClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
