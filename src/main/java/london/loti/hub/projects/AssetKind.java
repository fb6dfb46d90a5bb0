package london.loti.hub.projects;

import java.util.Optional;

/** What a reusable asset is. */
public enum AssetKind {
    CODE("Code"), DESIGN("Design"), DATA_STANDARD("Data standard"), CONTRACT("Contract"), GUIDE("Guide");

    private final String label;

    AssetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AssetKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (AssetKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.strip()) || kind.label.equalsIgnoreCase(value.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
