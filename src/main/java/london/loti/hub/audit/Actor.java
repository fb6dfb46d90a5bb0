package london.loti.hub.audit;

/** Who made a change: an account, or LOTI Hub itself (id null) for start-up and scheduled work. */
public record Actor(Long id, String name) {

    public static final Actor SYSTEM = new Actor(null, "LOTI Hub");
}
