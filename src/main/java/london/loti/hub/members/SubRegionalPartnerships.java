package london.loti.hub.members;

import java.util.List;

/** London's four sub-regional partnerships; Bromley belongs to none. */
final class SubRegionalPartnerships {

    static final List<String> ALL = List.of("Central London Forward", "Local London", "South London Partnership",
            "West London Alliance");
    static final String NONE = "none";

    private SubRegionalPartnerships() {
    }

    /** The partnership named in a filter, {@link #NONE}, or null for any; a bad value is a 400. */
    static String parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (NONE.equals(value) || ALL.contains(value)) {
            return value;
        }
        throw new london.loti.hub.web.BadRequestException("partnership", "Choose a sub-regional partnership from the list");
    }
}
