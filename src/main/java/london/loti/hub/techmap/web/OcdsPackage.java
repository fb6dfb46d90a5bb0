package london.loti.hub.techmap.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.web.ContractQueries.ContractRow;

/**
 * A council's contracts as an Open Contracting (OCDS 1.1) release package: one 'contract' release each, with the
 * council as buyer and the supplier, from its tender, award and contract. Values appear only where the viewer
 * may see them.
 */
public final class OcdsPackage {

    /** LOTI Hub's OCID prefix (to be registered with the Open Contracting Partnership before publishing). */
    public static final String OCID_PREFIX = "ocds-lotihb";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private OcdsPackage() {
    }

    public static Map<String, Object> of(Organisation council, List<ContractRow> contracts, String baseUrl, OffsetDateTime now, LocalDate today) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("uri", baseUrl + "/techmap/councils/" + council.slug() + "/ocds.json");
        pack.put("version", "1.1");
        pack.put("publishedDate", DATE_TIME.format(now.withOffsetSameInstant(ZoneOffset.UTC)));
        pack.put("publisher", Map.of("name", "London Office of Technology and Innovation (LOTI Hub), for " + council.name()));
        pack.put("license", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        pack.put("publicationPolicy", baseUrl + "/techmap");
        pack.put("releases", contracts.stream().map(c -> release(council, c, today)).toList());
        return pack;
    }

    static Map<String, Object> release(Organisation council, ContractRow c, LocalDate today) {
        String buyerId = "GB-LAC-" + council.gssCode();
        String ocid = OCID_PREFIX + "-" + council.gssCode() + "-" + c.id();
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", ocid);
        release.put("id", ocid + "-contract-" + c.updatedAt().toEpochSecond());
        release.put("date", DATE_TIME.format(c.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
        release.put("tag", List.of("contract"));
        release.put("initiationType", "tender");
        release.put("language", "en");
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(party(buyerId, council.name(), List.of("buyer", "procuringEntity"),
                Map.of("scheme", "GB-LAC", "id", council.gssCode(), "legalName", council.name())));
        String supplierId = null;
        if (c.supplierName() != null) {
            supplierId = "loti-supplier-" + c.supplierId();
            parties.add(party(supplierId, c.supplierName(), List.of("supplier"), null));
        }
        release.put("parties", parties);
        release.put("buyer", Map.of("id", buyerId, "name", council.name()));
        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", c.reference());
        tender.put("title", c.title());
        if (!c.description().isBlank()) {
            tender.put("description", c.description());
        }
        tender.put("status", "complete");
        if (c.procurementRoute() != null) {
            String method = switch (c.procurementRoute()) {
                case "OPEN_TENDER" -> "open";
                case "INVITATION_TO_QUOTE" -> "limited";
                case "DIRECT_AWARD" -> "direct";
                default -> null;
            };
            if (method != null) {
                tender.put("procurementMethod", method);
            }
            if (c.procurementRoute().equals("FRAMEWORK")) {
                // OCDS's Techniques extension says it is a framework, so the details hold only its name, if any
                tender.put("techniques", Map.of("hasFrameworkAgreement", true));
                if (!c.framework().isBlank()) {
                    tender.put("procurementMethodDetails", c.framework());
                }
            } else {
                tender.put("procurementMethodDetails", label(c.procurementRoute()));
            }
        }
        release.put("tender", tender);
        Map<String, Object> period = period(c.startDate(), c.endDate());
        Map<String, Object> award = new LinkedHashMap<>();
        award.put("id", c.reference() + "-award");
        award.put("status", "active");
        if (supplierId != null) {
            award.put("suppliers", List.of(Map.of("id", supplierId, "name", c.supplierName())));
        }
        if (c.totalValue() != null) {
            award.put("value", value(c.totalValue()));
        }
        if (!period.isEmpty()) {
            award.put("contractPeriod", period);
        }
        release.put("awards", List.of(award));
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", c.reference());
        contract.put("awardID", c.reference() + "-award");
        contract.put("title", c.title());
        if (!c.description().isBlank()) {
            contract.put("description", c.description());
        }
        contract.put("status", status(c.startDate(), c.endDate(), today));
        if (!period.isEmpty()) {
            contract.put("period", period);
        }
        if (c.totalValue() != null) {
            contract.put("value", value(c.totalValue()));
        }
        release.put("contracts", List.of(contract));
        return release;
    }

    private static Map<String, Object> party(String id, String name, List<String> roles, Map<String, Object> identifier) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", id);
        party.put("name", name);
        if (identifier != null) {
            party.put("identifier", identifier);
        }
        party.put("roles", roles);
        return party;
    }

    private static Map<String, Object> period(LocalDate start, LocalDate end) {
        Map<String, Object> period = new LinkedHashMap<>();
        if (start != null) {
            period.put("startDate", start + "T00:00:00Z");
        }
        if (end != null) {
            period.put("endDate", end + "T23:59:59Z");
        }
        return period;
    }

    private static Map<String, Object> value(long pence) {
        return Map.of("amount", BigDecimal.valueOf(pence).movePointLeft(2), "currency", "GBP");
    }

    private static String status(LocalDate start, LocalDate end, LocalDate today) {
        if (start != null && today.isBefore(start)) {
            return "pending";
        }
        if (end != null && today.isAfter(end)) {
            return "terminated";
        }
        return "active";
    }

    private static String label(String route) {
        String words = route.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
