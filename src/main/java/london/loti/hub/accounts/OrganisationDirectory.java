package london.loti.hub.accounts;

import java.util.List;
import java.util.Optional;

/**
 * The organisations accounts belong to. The members module owns organisations and implements this port, so
 * that accounts need not depend on it.
 */
public interface OrganisationDirectory {

    record OrganisationRef(long id, String slug, String name, String kind) {
    }

    Optional<OrganisationRef> findById(long id);

    Optional<OrganisationRef> findBySlug(String slug);

    /** Every organisation, by name. */
    List<OrganisationRef> all();
}
