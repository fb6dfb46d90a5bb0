package london.loti.hub.programme;

import java.text.Normalizer;
import java.util.function.Predicate;

/** Addresses made from titles: 'Pan London Planning Data Initiative' → 'pan-london-planning-data-initiative'. */
final class Slugs {

    private Slugs() {
    }

    /** A slug of the title no other record has: the title's own, or with '-2', '-3' … after it. */
    static String unique(String title, Predicate<String> taken) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase()
                .replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "proposal";
        }
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
