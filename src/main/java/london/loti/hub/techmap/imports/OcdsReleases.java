package london.loti.hub.techmap.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.ImportResult.ImportError;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.techmap.ServiceArea;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an Open Contracting (OCDS 1.1) release package, one release at a time. Each contract (or, before the
 * contract is signed, each active award) becomes a record; a later release of the same contract replaces an
 * earlier one. Releases of planning or tender only are skipped: there is no contract yet.
 */
public final class OcdsReleases {


    /** The contracts found, the releases skipped and what is wrong, by release number. */
    public record Read(List<ContractRecord> records, int releases, int skipped, List<ImportError> errors, String fileProblem) {
        public boolean ok() {
            return errors.isEmpty() && fileProblem == null;
        }
    }

    private OcdsReleases() {
    }

    /** @param gssCode the importing council's GSS code: releases whose buyer is another council are refused */
    public static Read read(InputStream in, JsonMapper json, String gssCode, String councilName) {
        Map<String, Dated> records = new LinkedHashMap<>();
        java.util.Set<String> contractAwards = new java.util.HashSet<>();
        List<ImportError> errors = new ArrayList<>();
        int releases = 0;
        int skipped = 0;
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return problem("The file is not an OCDS release package: it must be a JSON object with 'releases'.");
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"releases".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    return problem("'releases' must be a list of releases.");
                }
                found = true;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    releases++;
                    JsonNode release = parser.readValueAsTree();
                    int before = records.size();
                    int errorsBefore = errors.size();
                    read(releases, release, gssCode, councilName, records, contractAwards, errors);
                    if (records.size() == before && errors.size() == errorsBefore && !hasContract(release)) {
                        skipped++;
                    }
                }
            }
            if (!found) {
                return problem("The file is not an OCDS release package: it has no 'releases'.");
            }
        } catch (JacksonException e) {
            return problem("The file is not valid JSON"
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "")
                    + ". Export the release package again and upload it.");
        }
        // An award whose contract is published too is that contract: keep the contract only.
        return new Read(records.entrySet().stream()
                .filter(e -> !(e.getValue().fromAward() && contractAwards.contains(e.getKey())))
                .map(e -> e.getValue().record()).toList(), releases, skipped, errors, null);
    }

    private static Read problem(String message) {
        return new Read(List.of(), 0, 0, List.of(), message);
    }

    private record Dated(String date, ContractRecord record, boolean fromAward) {
    }

    private static boolean hasContract(JsonNode release) {
        return release.path("contracts").size() > 0 || release.path("awards").size() > 0;
    }

    private static void read(int number, JsonNode release, String gssCode, String councilName,
            Map<String, Dated> records, java.util.Set<String> contractAwards, List<ImportError> errors) {
        String id = release.path("id").asString("");
        String date = release.path("date").asString("");
        String buyerGss = buyerGss(release);
        if (buyerGss != null && gssCode != null && !buyerGss.equalsIgnoreCase(gssCode)) {
            errors.add(new ImportError(number, "buyer", release.path("buyer").path("name").asString(buyerGss),
                    "Release '" + id + "' is for " + release.path("buyer").path("name").asString(buyerGss)
                            + ", not " + councilName + ": import it as that council"));
            return;
        }
        JsonNode tender = release.path("tender");
        List<JsonNode> items = new ArrayList<>();
        release.path("contracts").forEach(items::add);
        boolean fromAwards = items.isEmpty();
        if (fromAwards) {
            release.path("awards").forEach(award -> {
                if (!"cancelled".equals(award.path("status").asString("")) && !"unsuccessful".equals(award.path("status").asString(""))) {
                    items.add(award);
                }
            });
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = (fromAwards ? "awards[" : "contracts[") + i + "]";
            List<ImportError> problems = new ArrayList<>();
            String reference = item.path("id").asString("").strip();
            if (reference.isEmpty()) {
                problems.add(new ImportError(number, path + ".id", "", "The " + (fromAwards ? "award" : "contract") + " has no id"));
            }
            JsonNode award = fromAwards ? item : awardOf(release, item.path("awardID").asString(""));
            String title = first(item.path("title"), award.path("title"), tender.path("title"));
            String description = first(item.path("description"), award.path("description"), tender.path("description"));
            JsonNode period = fromAwards ? item.path("contractPeriod") : item.path("period");
            LocalDate start = date(period.path("startDate"), number, path + ".period.startDate", problems);
            LocalDate end = date(period.path("endDate"), number, path + ".period.endDate", problems);
            Long value = money(item.path("value"), number, path + ".value", problems);
            if (value == null && !fromAwards) {
                value = money(award.path("value"), number, "awards.value", problems);
            }
            JsonNode supplierRef = award.path("suppliers").path(0);
            String supplier = supplierRef.path("name").asString("").strip();
            JsonNode party = partyOf(release, supplierRef.path("id").asString(""));
            String companiesHouse = identifier(party, "GB-COH", number, problems);
            String charity = identifier(party, "GB-CHC", number, problems);
            if (title == null) {
                problems.add(new ImportError(number, path + ".title", "", "The contract has no title, nor has its tender"));
            }
            if (supplier.isEmpty()) {
                problems.add(new ImportError(number, "awards.suppliers", "", "The contract's award names no supplier"));
            }
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new ImportError(number, path + ".period.endDate", end.toString(), "End date must be on or after the start date"));
            }
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                continue;
            }
            ServiceArea area = ServiceArea.infer(title + " " + (description == null ? "" : description));
            var record = new ContractRecord(truncate(reference, 100), truncate(title, 500), description == null ? "" : description, "",
                    area, area.category(), null, null, null, truncate(supplier, 300), companiesHouse, charity, null, null,
                    start, end, null, value, null, null, route(tender), frameworkName(tender), null, "",
                    Visibility.PUBLIC, Visibility.MEMBERS);
            var broken = ContractRules.check(record);
            if (!broken.isEmpty()) {
                broken.forEach(b -> errors.add(new ImportError(number, path + "." + b.field().key(), "", b.message())));
                continue;
            }
            Dated earlier = records.get(reference);
            if (earlier == null || earlier.date().compareTo(date) <= 0) {
                records.put(reference, new Dated(date, record, fromAwards));
            if (!fromAwards && !item.path("awardID").asString("").isBlank()) {
                contractAwards.add(item.path("awardID").asString(""));
            }
            }
        }
    }

    private static String buyerGss(JsonNode release) {
        String buyerId = release.path("buyer").path("id").asString("");
        for (JsonNode party : release.path("parties")) {
            boolean buyer = party.path("id").asString("").equals(buyerId);
            for (JsonNode role : party.path("roles")) {
                buyer |= "buyer".equals(role.asString(""));
            }
            if (buyer && "GB-LAC".equals(party.path("identifier").path("scheme").asString(""))) {
                return party.path("identifier").path("id").asString(null);
            }
        }
        return buyerId.startsWith("GB-LAC-") ? buyerId.substring(7) : null;
    }

    private static JsonNode awardOf(JsonNode release, String awardId) {
        for (JsonNode award : release.path("awards")) {
            if (award.path("id").asString("").equals(awardId)) {
                return award;
            }
        }
        return release.path("awards").path(0);
    }

    private static JsonNode partyOf(JsonNode release, String partyId) {
        for (JsonNode party : release.path("parties")) {
            if (party.path("id").asString("").equals(partyId)) {
                return party;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private static String identifier(JsonNode party, String scheme, int number, List<ImportError> problems) {
        List<JsonNode> identifiers = new ArrayList<>();
        identifiers.add(party.path("identifier"));
        party.path("additionalIdentifiers").forEach(identifiers::add);
        for (JsonNode identifier : identifiers) {
            if (scheme.equals(identifier.path("scheme").asString(""))) {
                String id = identifier.path("id").asString("");
                try {
                    return scheme.equals("GB-COH") ? Cells.companiesHouseNumber(id) : Cells.charityNumber(id);
                } catch (Cells.CellException e) {
                    problems.add(new ImportError(number, "parties.identifier.id", id, e.getMessage()));
                }
            }
        }
        return null;
    }

    private static String first(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String text = node.asString("").strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static LocalDate date(JsonNode node, int number, String path, List<ImportError> problems) {
        String text = node.asString("").strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                date = LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException again) {
                problems.add(new ImportError(number, path, text, "'" + text + "' is not a date and time like 2020-03-31T00:00:00Z"));
                return null;
            }
        }
        if (date.getYear() < 1900 || date.getYear() > 2199) {
            problems.add(new ImportError(number, path, text, "'" + text + "' is not a date between 1900 and 2199"));
            return null;
        }
        return date;
    }

    private static Long money(JsonNode value, int number, String path, List<ImportError> problems) {
        JsonNode amount = value.path("amount");
        if (amount.isMissingNode() || amount.isNull()) {
            return null;
        }
        String currency = value.path("currency").asString("GBP");
        if (!"GBP".equals(currency)) {
            problems.add(new ImportError(number, path + ".currency", currency, "The value is in " + currency + ": LOTI Hub records pounds sterling (GBP)"));
            return null;
        }
        if (!amount.isNumber()) {
            problems.add(new ImportError(number, path + ".amount", amount.asString(""), "The amount must be a number"));
            return null;
        }
        BigDecimal pounds = amount.decimalValue();
        if (pounds.signum() < 0) {
            problems.add(new ImportError(number, path + ".amount", pounds.toPlainString(), "The amount is negative: a value must be £0 or more"));
            return null;
        }
        if (pounds.compareTo(BigDecimal.valueOf(ContractRules.MAX_PENCE).movePointLeft(2)) > 0) {
            problems.add(new ImportError(number, path + ".amount", pounds.toPlainString(), "The amount must be £1 trillion or less"));
            return null;
        }
        return pounds.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static ProcurementRoute route(JsonNode tender) {
        String details = tender.path("procurementMethodDetails").asString("").strip();
        if (framework(tender)) {
            return ProcurementRoute.FRAMEWORK;
        }
        return switch (tender.path("procurementMethod").asString("").toLowerCase(Locale.ROOT)) {
            case "open", "selective" -> ProcurementRoute.OPEN_TENDER;
            case "limited" -> ProcurementRoute.INVITATION_TO_QUOTE;
            case "direct" -> ProcurementRoute.DIRECT_AWARD;
            case "" -> details.isEmpty() ? null : ProcurementRoute.infer(details);
            default -> ProcurementRoute.OTHER;
        };
    }

    /** Bought through a framework: said by the Techniques extension, or by the details' words ('G-Cloud 13'). */
    private static boolean framework(JsonNode tender) {
        String details = tender.path("procurementMethodDetails").asString("").strip();
        return tender.path("techniques").path("hasFrameworkAgreement").asBoolean(false)
                || (!details.isEmpty() && ProcurementRoute.infer(details) == ProcurementRoute.FRAMEWORK);
    }

    /** The framework's name, from the details, when the route is a framework. */
    private static String frameworkName(JsonNode tender) {
        return framework(tender) ? truncate(tender.path("procurementMethodDetails").asString("").strip(), 200) : "";
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
