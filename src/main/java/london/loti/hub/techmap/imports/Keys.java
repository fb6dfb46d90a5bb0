package london.loti.hub.techmap.imports;

import java.text.Normalizer;
import java.util.Locale;

/** The keys by which the same supplier or product is recognised however a council writes its name. */
public final class Keys {

    private Keys() {
    }

    /** A bounded memo of keys (it forgets everything when full), for {@code computeIfAbsent}; null names map to null. */
    public static java.util.Map<String, String> cache() {
        return new java.util.HashMap<>() {
            @Override
            public String computeIfAbsent(String name, java.util.function.Function<? super String, ? extends String> key) {
                if (name == null) {
                    return null;
                }
                if (size() >= 10_000) {
                    clear();
                }
                return super.computeIfAbsent(name, key);
            }
        };
    }

    /** 'Capita Business Services Ltd.' and 'CAPITA BUSINESS SERVICES LIMITED' are one supplier. */
    public static String supplier(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = words(name).replaceAll(" (ltd|limited|plc|llp|llc|inc|uk ltd|uk limited|group plc|co)$", "");
        key = key.replaceAll(" (ltd|limited|plc|llp)$", "");
        return key.isEmpty() ? words(name) : key;
    }

    public static String product(String name) {
        return name == null || name.isBlank() ? null : words(name);
    }

    private static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
