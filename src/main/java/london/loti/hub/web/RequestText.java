package london.loti.hub.web;

import java.util.Optional;

/**
 * What LOTI Hub accepts as text from a request, in any form field, query parameter or JSON string: no longer
 * than {@value #MAX_LENGTH} characters (the longest field it keeps is 10,000), and no control characters but
 * tab, carriage return and line feed, nor half of a surrogate pair. PostgreSQL cannot store a NUL, and the other
 * control characters only ever arrive by accident or in an attack.
 */
public final class RequestText {

    public static final int MAX_LENGTH = 20_000;

    private RequestText() {
    }

    /** Why the text is refused, as the end of a sentence that starts with the field's name; empty when it is fine. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("must be 20,000 characters or fewer");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return Optional.of("must not contain control characters, such as a NUL byte (character "
                        + String.format("U+%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be text in UTF-8");
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
