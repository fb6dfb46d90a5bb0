package london.loti.hub.techmap.imports;

import java.io.BufferedInputStream;
import java.io.IOException;

/** What a file is, told by its first bytes rather than its name: a name ending '.csv' proves nothing. */
public enum FileFormat {
    CSV, XLSX, OCDS;

    static final int SNIFF = 64 * 1024;

    /** Looks at the start of the stream (which must support mark) and resets it. */
    public static FileFormat sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF + 1);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        return of(head);
    }

    static FileFormat of(byte[] head) {
        if (head.length == 0) {
            throw new FileProblem("The file is empty. Choose a contracts register saved as CSV or XLSX.");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new FileProblem("The file is an old Excel workbook (.xls). Save it as .xlsx or CSV and upload that.");
        }
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            throw new FileProblem("The file is a PDF, not a spreadsheet. Upload the register as CSV or XLSX.");
        }
        int offset = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        boolean utf16 = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
        int control = 0;
        for (int i = offset; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 && !utf16) {
                throw binary();
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && !utf16) {
                control++;
            }
        }
        if (control > head.length / 100) {
            throw binary();
        }
        for (int i = offset; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == '{' || b == '[') {
                return OCDS;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                break;
            }
        }
        return CSV;
    }

    private static FileProblem binary() {
        return new FileProblem("The file is not a CSV file: it holds binary data, not text. "
                + "Open the register in a spreadsheet, save it as CSV (comma separated values) or XLSX, and upload that.");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
