package london.loti.hub.support;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.function.Supplier;
import org.instancio.Instancio;

/**
 * Generators (Instancio's) of the values that break exports: text with quotes, commas, line breaks, a leading
 * {@code =} {@code +} {@code -} {@code @} or apostrophe, accents, other scripts, emoji and names at their longest;
 * dates at the edges of financial years and of the allowed range. Text is trimmed, as every path that stores it trims
 * it.
 *
 * <p>Values come from Instancio's random, so a test run with {@code @ExtendWith(InstancioExtension.class)} prints
 * its seed when it fails and repeats the same values under {@code @Seed}; such a test names the values it drew in
 * its failure message.
 */
public final class Awkward {

    private static final List<String> PIECES = List.of("=", "+", "-", "@", "'", "\"", "\"\"", ",", ";", "\n", "\r\n",
            "\t", " ", "é", "ß", "Łódź", "中文", "😀", "Δ", "\u00a0", "£", "€", "\\", "<b>", "&amp;", "%", "_",
            "'=", "=SUM(A1)", "-1", "@cmd", "n/a", "0", ".", "'");
    private static final String WORDS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ";

    private Awkward() {
    }

    /** Text up to {@code max} characters, trimmed; empty only when not required. Sometimes exactly {@code max} long. */
    public static Supplier<String> text(int max, boolean required) {
        return () -> {
            String value;
            do {
                String joined = joined();
                value = between(0, 9) == 0 ? fill(joined, max) : fit(joined, max);
                value = required && value.isEmpty() ? fit("x" + joined, max) : value;
            } while (value.equalsIgnoreCase("n/k"));
            return value;
        };
    }

    /** Up to eight pieces: four in nine a known troublemaker, four in nine letters and digits, one in nine any script. */
    private static String joined() {
        StringBuilder text = new StringBuilder();
        for (int pieces = between(0, 8); pieces > 0; pieces--) {
            int kind = between(0, 8);
            text.append(kind < 4 ? Instancio.gen().oneOf(PIECES).get()
                    : kind < 8 ? of(WORDS, 1, 12)
                    : script(between(1, 6)));
        }
        return text.toString();
    }

    /**
     * Characters of any script: U+00A1 to U+D7FF, U+E000 to U+FFFD and the supplementary planes (emoji, historic
     * scripts), never a control character or a noncharacter, which the edge refuses.
     */
    private static String script(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = switch (between(0, 2)) {
                case 0 -> between(0xA1, 0xD7FF);
                case 1 -> between(0xE000, 0xFFFD);
                default -> between(0x10000, 0x10FFFD);
            };
            text.appendCodePoint((c & 0xFFFE) == 0xFFFE ? c - 2 : c);
        }
        return text.toString();
    }

    /** The text repeated to exactly {@code max} characters (when it allows), trimmed. */
    private static String fill(String text, int max) {
        String seed = text.strip().isEmpty() ? "Long name" : text;
        StringBuilder long_ = new StringBuilder();
        while (long_.length() < max) {
            long_.append(seed).append(' ');
        }
        return fit(long_.toString(), max);
    }

    /** Trimmed, cut at most {@code max} characters without splitting a surrogate pair. */
    private static String fit(String text, int max) {
        String value = text.strip();
        if (value.length() > max) {
            int end = Character.isLowSurrogate(value.charAt(max)) ? max - 1 : max;
            value = value.substring(0, end).strip();
        }
        return value;
    }

    /** Dates from 1900 to 2199, often on 31 March, 1 April, 29 February or the range's ends. */
    public static Supplier<LocalDate> date() {
        return () -> {
            int year = between(1900, 2199);
            return switch (between(0, 4)) {
                case 0, 1 -> Instancio.gen().oneOf(LocalDate.of(year, Month.MARCH, 31), LocalDate.of(year, Month.APRIL, 1),
                        LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31),
                        LocalDate.of(year - year % 4, Month.FEBRUARY, 28).plusDays(1)).get();
                case 2 -> Instancio.gen().oneOf(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31)).get();
                default -> LocalDate.of(year, 1, 1).plusDays(between(0, 364));
            };
        };
    }

    /** The value, or null {@code percent} times in a hundred. */
    public static <T> T orNull(int percent, Supplier<T> value) {
        return between(1, 100) <= percent ? null : value.get();
    }

    /** Pence from 0 to {@code max}: half the time 0, 1p, £1 and a penny either side, or {@code max} and a penny under. */
    public static long pence(long max) {
        return between(0, 1) == 0 ? Instancio.gen().longs().range(0L, max).get()
                : Instancio.gen().oneOf(0L, 1L, 99L, 100L, 101L, max - 1, max).get();
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public static int between(int min, int max) {
        return Instancio.gen().ints().range(min, max).get();
    }

    /** Text of up to {@code max} characters drawn from {@code alphabet}, sometimes empty, sometimes {@code max} long. */
    public static String of(String alphabet, int min, int max) {
        int length = between(0, 9) == 0 ? Instancio.gen().oneOf(min, max).get() : between(min, max);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(between(0, alphabet.length() - 1)));
        }
        return text.toString();
    }

    /**
     * Any text up to {@code max} chars: any UTF-16 unit (controls, lone surrogates, the private use area, U+FFFF)
     * as well as characters of any Unicode block, emoji included.
     */
    public static String any(int max) {
        StringBuilder text = new StringBuilder();
        int length = between(0, max);
        while (text.length() < length) {
            text.append(between(0, 1) == 0 ? String.valueOf((char) between(0, 0xFFFF))
                    : Instancio.gen().string().unicode().length(1).get());
        }
        return text.length() <= length ? text.toString() : text.substring(0, length);
    }

    /** Visible text for {@code as(...)}: controls and lone surrogates shown as escapes, so a failure can be retyped. */
    public static String shown(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) || c == '"'
                || c == '\\' ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append('"').toString();
    }
}
