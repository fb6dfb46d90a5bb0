package london.loti.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteAddressTests {

    @Test
    void trailingSlashesAndSpacesAreDroppedSoThatLinksHaveOneSlash() {
        assertThat(new SiteAddress(" https://hub.loti.london// ").base()).isEqualTo("https://hub.loti.london");
        assertThat(new SiteAddress("http://localhost:8080").base() + "/projects/1").isEqualTo("http://localhost:8080/projects/1");
    }
}
