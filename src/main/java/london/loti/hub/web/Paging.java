package london.loti.hub.web;

/**
 * Which page of a list to show, parsed from the {@code page} and {@code size} parameters. Bad values are a
 * {@link BadRequestException} naming the parameter, never a 500.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging of(String page, String size, int defaultSize) {
        return new Paging(parse("page", page, 1, 1, 1_000_000), parse("size", size, defaultSize, 1, MAX_SIZE));
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    private static int parse(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name, "The " + name + " must be a whole number from " + min + " to " + max);
    }
}
