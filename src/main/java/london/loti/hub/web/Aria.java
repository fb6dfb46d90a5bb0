package london.loti.hub.web;

/** ARIA attribute values the GOV.UK form components share. */
public final class Aria {

    private Aria() {
    }

    /** The ids of a field's hint and error message, or null (no attribute) when it has neither. */
    public static String describedBy(String id, String hint, String error) {
        String ids = ((hint != null ? id + "-hint " : "") + (error != null ? id + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }
}
