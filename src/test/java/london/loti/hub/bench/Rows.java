package london.loti.hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Rows for PostgreSQL {@code COPY ... FROM STDIN} in its text format: columns separated by tabs, {@code \N} for
 * null, backslash escapes for backslash, tab, newline and carriage return. Buffered, and handed on a megabyte at a
 * time, so a generator can stream millions of rows in little memory.
 */
public final class Rows {

    /** Where the encoded bytes go: the COPY stream, or a buffer in a test. */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    private static final int FLUSH_AT = 1 << 20;

    private final Sink sink;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long count;

    public Rows(Sink sink) {
        this.sink = sink;
    }

    /** One row, its values in the order of the columns given to {@link Copy#into}. */
    public Rows add(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        count++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
        return this;
    }

    public long count() {
        return count;
    }

    void flush() throws IOException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            sink.write(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
            buffer.append(value);
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }
    }
}
