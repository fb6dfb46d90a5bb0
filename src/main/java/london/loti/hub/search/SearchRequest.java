package london.loti.hub.search;

import java.util.Optional;
import java.util.regex.Pattern;
import london.loti.hub.web.BadRequestException;
import org.springframework.web.util.UriComponentsBuilder;

/** The parameters of a search, from a page or the API; bad values are a 400 naming the parameter. */
record SearchRequest(String q, String kind, Long organisation, String phase, String tag) {

    private static final Pattern KIND = Pattern.compile("^[a-z][a-z0-9-]{0,40}$");

    static SearchRequest parse(String q, String kind, String organisation, String phase, String tag) {
        String text = blankToNull(q);
        if (text != null && text.length() > Search.MAX_QUERY) {
            throw new BadRequestException("q", "Search for " + Search.MAX_QUERY + " characters or fewer");
        }
        String k = blankToNull(kind);
        if (k != null && !KIND.matcher(k).matches()) {
            throw new BadRequestException("kind", "Choose a kind from the list");
        }
        Long o = null;
        if (blankToNull(organisation) != null) {
            try {
                o = Long.parseLong(organisation.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("organisation", "Choose an organisation from the list");
            }
        }
        String p = blankToNull(phase);
        String t = blankToNull(tag);
        if ((p != null && p.length() > 100) || (t != null && t.length() > 100)) {
            throw new BadRequestException(p != null && p.length() > 100 ? "phase" : "tag", "Choose a value from the list");
        }
        return new SearchRequest(text == null ? "" : text, k, o, p, t == null ? null : t.toLowerCase());
    }

    Search.Query query() {
        return new Search.Query(q, kind, organisation, phase, tag);
    }

    /** This search's address, optionally with one filter changed (null value: removed). */
    String url(String path, String parameter, String value) {
        var builder = UriComponentsBuilder.fromPath(path).queryParam("q", q);
        add(builder, "kind", "kind".equals(parameter) ? value : kind);
        add(builder, "organisation", "organisation".equals(parameter) ? value
                : Optional.ofNullable(organisation).map(String::valueOf).orElse(null));
        add(builder, "phase", "phase".equals(parameter) ? value : phase);
        add(builder, "tag", "tag".equals(parameter) ? value : tag);
        return builder.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
