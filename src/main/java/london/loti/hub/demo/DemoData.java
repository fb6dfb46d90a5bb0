package london.loti.hub.demo;

/**
 * The extension point by which a module adds its part of the demo dataset. Each part loads once per data
 * directory, in its own transaction, in the order of {@link #order()}; a part added later loads at the next start.
 */
public interface DemoData {

    /** A stable name, recorded once the part has loaded. */
    String name();

    /** Parts with lower numbers load first: organisations and people before what refers to them. */
    int order();

    void load();
}
