package london.loti.hub.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTests {

    @Test
    void addressesBecomeRangesOfOneAndRangesStayAsGiven() {
        assertThat(TrustedProxies.ranges(" 10.0.0.5, 192.168.0.0/16 ,::1,, 2001:db8::/32"))
                .isEqualTo("10.0.0.5/32,192.168.0.0/16,::1/128,2001:db8::/32");
    }

    @Test
    void tomcatIsToldOnlyTheNamedProxies() {
        assertThat(TrustedProxies.valve("10.0.0.5").getInternalProxies()).isEqualTo("10.0.0.5/32");
    }

    @Test
    void aNameOrAPatternIsRefusedRatherThanGuessedAt() {
        assertThatThrownBy(() -> TrustedProxies.ranges("proxy.internal"))
                .hasMessageContaining("'proxy.internal' is not an IP address or a CIDR range");
        assertThatThrownBy(() -> TrustedProxies.ranges("cafe.bad")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.ranges("10\\.\\d+\\.\\d+\\.\\d+"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
