package london.loti.hub.techmap;

import java.util.Locale;

/** How a contract was bought. */
public enum ProcurementRoute {
    FRAMEWORK("Framework (such as G-Cloud)"),
    OPEN_TENDER("Open tender"),
    INVITATION_TO_QUOTE("Invitation to quote"),
    DIRECT_AWARD("Direct award"),
    OTHER("Other");

    private final String label;

    ProcurementRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What councils write: 'G-Cloud 13', 'Open', 'RFQ', 'Waiver' …; anything else is {@link #OTHER}. */
    public static ProcurementRoute infer(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (ProcurementRoute route : values()) {
            if (route.name().equalsIgnoreCase(text.strip())) {
                return route;
            }
        }
        if (t.contains("framework") || t.contains("g-cloud") || t.contains("gcloud") || t.contains("g cloud")
                || t.contains("ccs") || t.contains("dps") || t.contains("call-off") || t.contains("call off")
                || t.contains("espo") || t.contains("yps") || t.contains("dynamic purchasing")) {
            return FRAMEWORK;
        }
        if (t.contains("quot") || t.contains("rfq") || t.contains("itq")) {
            return INVITATION_TO_QUOTE;
        }
        if (t.contains("direct") || t.contains("waiver") || t.contains("exemption") || t.contains("single source")
                || t.contains("negotiated without")) {
            return DIRECT_AWARD;
        }
        if (t.contains("open") || t.contains("tender") || t.contains("restricted") || t.contains("competitive")
                || t.contains("ojeu") || t.contains("find a tender")) {
            return OPEN_TENDER;
        }
        return OTHER;
    }
}
