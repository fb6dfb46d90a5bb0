package london.loti.hub.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of one form submission: one message per field, the first rule that failed, in the order of the
 * form's fields, for the GOV.UK error summary and the field error messages.
 */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.get(field);
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(messages);
    }

    public static FormErrors none() {
        return new FormErrors();
    }
}
