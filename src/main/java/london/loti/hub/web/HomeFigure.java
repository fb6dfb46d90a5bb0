package london.loti.hub.web;

/**
 * A live count a module shows on the home page. Modules contribute them as beans; the home page shows them in
 * the order of {@link #position()}.
 */
public interface HomeFigure {

    int position();

    String label();

    String href();

    long count();

    static HomeFigure of(int position, String label, String href, java.util.function.LongSupplier count) {
        return new HomeFigure() {
            @Override
            public int position() {
                return position;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public String href() {
                return href;
            }

            @Override
            public long count() {
                return count.getAsLong();
            }
        };
    }
}
