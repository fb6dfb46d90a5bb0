package london.loti.hub.search;

/**
 * A passage of a record with the words that matched marked. The text comes from the database with the matches
 * between two private-use characters (which are removed from documents before highlighting), so {@link #html()}
 * can escape everything and only then turn the marks into {@code <mark>} elements: a record's text can never
 * inject markup.
 */
public record Snippet(String text) {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    public Snippet {
        text = text == null ? "" : text;
    }

    /** The passage as safe HTML, with the matched words in {@code <mark>}. */
    public String html() {
        StringBuilder html = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /** The passage as plain text, without marks. */
    public String plain() {
        return text.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
    }

    /** The distinct words that were marked, in lower case, in order. */
    public java.util.List<String> markedWords() {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        int from = text.indexOf(START);
        while (from >= 0) {
            int to = text.indexOf(STOP, from);
            if (to < 0) {
                break;
            }
            words.add(text.substring(from + 1, to).toLowerCase(java.util.Locale.UK));
            from = text.indexOf(START, to);
        }
        return java.util.List.copyOf(words);
    }
}
