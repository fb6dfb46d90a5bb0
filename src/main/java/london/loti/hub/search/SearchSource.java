package london.loti.hub.search;

import java.util.stream.Stream;

/**
 * A module's records, for search. Declare one bean per kind of record; search then shows the kind in its facets
 * and indexes all its records again at start-up whenever {@link #version()} changes or the number indexed differs
 * from {@link #count()} (for records loaded by other means, such as reference or demo data). Records changed while
 * running are kept current by calling {@link SearchIndex#put} and {@link SearchIndex#remove} in the same
 * transaction as the change.
 */
public interface SearchSource {

    /** The kind of the documents, as in {@link SearchDocument#kind()}. */
    String kind();

    /** What one record is called, such as 'Project'. */
    String label();

    /** What several are called, such as 'Projects'. */
    default String pluralLabel() {
        return label() + "s";
    }

    /** Raise it when the documents change shape, to index every record again at the next start. */
    default int version() {
        return 1;
    }

    /** How many records there are to index. */
    long count();

    /** Every record's document. Called inside a transaction; the stream is closed after use. */
    Stream<SearchDocument> documents();
}
