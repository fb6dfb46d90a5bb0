package london.loti.hub.techmap.web;

import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds the organisation an address names. */
@Component
class Councils {

    private final Organisations organisations;

    Councils(Organisations organisations) {
        this.organisations = organisations;
    }

    Organisation bySlug(String slug) {
        return organisations.find(slug).filter(o -> o.slug().equals(slug))
                .orElseThrow(() -> new NotFoundException("There is no council at this address. Find it in the list of councils."));
    }

    /** For a filter: an unknown council is a bad request, not a missing page. */
    Organisation bySlugOrBadRequest(String slug) {
        return organisations.find(slug).filter(o -> o.slug().equals(slug))
                .orElseThrow(() -> new london.loti.hub.web.BadRequestException("council", "Choose a council from the list"));
    }

    java.util.Optional<Organisation> byId(Long id) {
        return id == null ? java.util.Optional.empty() : organisations.find(id);
    }

    static long id(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no " + what + " at this address.");
        }
    }
}
