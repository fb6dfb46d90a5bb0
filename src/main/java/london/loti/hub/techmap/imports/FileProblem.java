package london.loti.hub.techmap.imports;

/** Something wrong with the file as a whole, so that none of it can be read: the message says what to do. */
public class FileProblem extends RuntimeException {

    public FileProblem(String message) {
        super(message, null, false, false);
    }
}
