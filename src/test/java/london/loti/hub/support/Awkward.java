package london.loti.hub.support;

import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators of the values that break exports: text with quotes, commas, line breaks, a leading {@code =}
 * {@code +} {@code -} {@code @} or apostrophe, accents, other scripts, emoji and names at their longest; dates at
 * the edges of financial years and of the allowed range. Text is trimmed, as every path that stores it trims it.
 *
 * <p>Tests outside jqwik's engine draw values with {@link Arbitrary#sample()}, which runs the generators (edge
 * cases included) in a context of its own; such a test names the values it drew when it fails.
 */
public final class Awkward {

    private static final Arbitrary<String> PIECE = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of("=", "+", "-", "@", "'", "\"", "\"\"", ",", ";", "\n", "\r\n",
                    "\t", " ", "é", "ß", "Łódź", "中文", "😀", "Δ", "\u00a0", "£", "€", "\\", "<b>", "&amp;", "%", "_",
                    "'=", "=SUM(A1)", "-1", "@cmd", "n/a", "0", ".", "'")),
            net.jqwik.api.Tuple.of(4, Arbitraries.strings().alpha().numeric().withChars(' ').ofMinLength(1).ofMaxLength(12)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u00a1', '\ud7ff')
                    .withCharRange('\ue000', '\ufffd').ofMinLength(1).ofMaxLength(6)));

    private Awkward() {
    }

    /** Text up to {@code max} characters, trimmed; empty only when not required. Sometimes exactly {@code max} long. */
    public static Arbitrary<String> text(int max, boolean required) {
        Arbitrary<String> joined = PIECE.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
        return Arbitraries.integers().between(0, 9).flatMap(longest -> joined.map(text -> {
            String value = longest == 0 ? fill(text, max) : fit(text, max);
            return required && value.isEmpty() ? fit("x" + text, max) : value;
        })).filter(value -> !value.equalsIgnoreCase("n/k"));
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
    public static Arbitrary<LocalDate> date() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2199);
        Arbitrary<LocalDate> edges = years.flatMap(year -> Arbitraries.of(LocalDate.of(year, Month.MARCH, 31),
                LocalDate.of(year, Month.APRIL, 1), LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31),
                LocalDate.of(year - year % 4, Month.FEBRUARY, 28).plusDays(1)));
        Arbitrary<LocalDate> any = years.flatMap(year -> Arbitraries.integers().between(0, 364)
                .map(day -> LocalDate.of(year, 1, 1).plusDays(day)));
        return Arbitraries.oneOf(edges, any, Arbitraries.of(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31)));
    }
}
