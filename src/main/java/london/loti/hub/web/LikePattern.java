package london.loti.hub.web;

/** Patterns for SQL {@code LIKE} and {@code ILIKE} from what someone typed, whose {@code %} and {@code _} mean themselves. */
public final class LikePattern {

    private LikePattern() {
    }

    /**
     * A pattern matching text that contains {@code typed}, with {@code \}, {@code %} and {@code _} escaped by
     * PostgreSQL's default escape character; null for null.
     */
    public static String containing(String typed) {
        if (typed == null) {
            return null;
        }
        return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
