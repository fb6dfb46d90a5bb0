package london.loti.hub.techmap;

import java.util.Locale;
import java.util.Optional;

/** Where a system runs. */
public enum Hosting {
    ON_PREMISES("On premises"), CLOUD("Cloud"), SAAS("Software as a service");

    private final String label;

    Hosting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 'On-prem', 'hosted', 'SaaS' and the like; empty when the text means none of them. */
    public static Optional<Hosting> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (t.equals("onpremises") || t.equals("onpremise") || t.equals("onprem") || t.equals("inhouse") || t.equals("local")) {
            return Optional.of(ON_PREMISES);
        }
        if (t.equals("saas") || t.equals("softwareasaservice")) {
            return Optional.of(SAAS);
        }
        if (t.equals("cloud") || t.equals("hosted") || t.equals("iaas") || t.equals("paas") || t.equals("cloudhosted")) {
            return Optional.of(CLOUD);
        }
        for (Hosting hosting : values()) {
            if (hosting.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(hosting);
            }
        }
        return Optional.empty();
    }
}
