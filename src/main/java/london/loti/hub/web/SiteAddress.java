package london.loti.hub.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach LOTI Hub at ({@code LOTI_BASE_URL}), for the absolute links of e-mails, calendar feeds
 * and exports, without a trailing slash.
 */
@Component
public class SiteAddress {

    private final String base;

    SiteAddress(@Value("${LOTI_BASE_URL:http://localhost:8080}") String base) {
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** Such as {@code https://hub.loti.london}. */
    public String base() {
        return base;
    }
}
