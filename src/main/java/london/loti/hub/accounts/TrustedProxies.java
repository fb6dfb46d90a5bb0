package london.loti.hub.accounts;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} (and {@code -Proto}, {@code -Host}, {@code -Port}) only from the proxies named in
 * {@code LOTI_TRUSTED_PROXIES}: addresses or CIDR ranges, separated by commas. With none named, as by default, the
 * client's address is the one the connection comes from, so nobody can choose the address that sign-in throttling
 * counts by sending a header. Tomcat's {@link RemoteIpValve} reads the header from the right, skipping the trusted
 * proxies, and the first address that is not one of them is the client's.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    /** IPv4 or IPv6 only: Tomcat would look a name up in DNS. */
    private static final Pattern ADDRESS_OR_RANGE = Pattern.compile("([0-9.]+|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*)(/[0-9]{1,3})?");

    private final String proxies;

    TrustedProxies(@Value("${LOTI_TRUSTED_PROXIES:}") String proxies) {
        this.proxies = proxies;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!proxies.isBlank()) {
            factory.addEngineValves(valve(proxies));
        }
    }

    static RemoteIpValve valve(String proxies) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        valve.setInternalProxies(ranges(proxies));
        return valve;
    }

    /** The proxies as CIDR ranges, a single address as a range of one, for Tomcat. */
    static String ranges(String proxies) {
        return Arrays.stream(proxies.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::range).collect(Collectors.joining(","));
    }

    private static String range(String entry) {
        if (!ADDRESS_OR_RANGE.matcher(entry).matches()) {
            throw new IllegalArgumentException("LOTI_TRUSTED_PROXIES: '" + entry + "' is not an IP address or a CIDR range");
        }
        return entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
    }
}
