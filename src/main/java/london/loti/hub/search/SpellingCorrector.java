package london.loti.hub.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Corrects misspelt query words against the vocabulary of indexed words: each word that is not in the vocabulary
 * becomes the most similar word that is (pg_trgm similarity, at least 0.3, through a trigram index over single
 * words), and the rest of the query (quotes, 'or', '-') is kept as typed.
 */
@Component
class SpellingCorrector {

    record Correction(String text, boolean changed) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;

    SpellingCorrector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param level 0 to correct with words of public documents only, 1 with words of members' documents too
     */
    Correction correct(String query, int level) {
        List<String> words = candidates(query);
        if (words.isEmpty()) {
            return new Correction(query, false);
        }
        Map<String, String> replacements = jdbc.sql(SearchSql.CORRECT_WORDS)
                .param("words", words.toArray(String[]::new)).param("level", level)
                .query((rs, n) -> new String[] {rs.getString("word"), rs.getString("suggestion")})
                .list().stream()
                .filter(pair -> pair[1] != null)
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1], (a, b) -> a));
        return apply(query, replacements);
    }

    /** The words of a query worth checking: 3 to 30 letters or digits, not only digits, not the operator 'or'. */
    static List<String> candidates(String query) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String word = fold(m.group());
            if (word.length() >= 3 && word.length() <= 30 && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** The query with each word that has a replacement replaced; everything else as typed. */
    static Correction apply(String query, Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            return new Correction(query, false);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(query);
        boolean changed = false;
        while (m.find()) {
            String replacement = replacements.get(fold(m.group()));
            if (replacement != null) {
                changed = true;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        return new Correction(out.toString(), changed);
    }

    /** Lower case with accents removed, as the vocabulary keeps words. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.UK);
    }
}
