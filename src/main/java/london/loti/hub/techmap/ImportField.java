package london.loti.hub.techmap;

import java.util.List;

/**
 * The fields of a contracts register that LOTI Hub reads, with the header names councils give them (the
 * Transparency Code's fields and a few of the technology map's own).
 */
public enum ImportField {
    REFERENCE("Contract reference", true, "reference", "ref", "contract reference", "contract ref", "reference number",
            "contract reference number", "contract id", "contract number", "contract no", "ref no", "id"),
    TITLE("Title", true, "title", "contract title", "contract name", "name of contract", "contract", "subject",
            "contract description title"),
    DESCRIPTION("Description", false, "description", "description of goods and services",
            "description of goods or services", "contract description", "goods and services", "summary", "details",
            "purpose"),
    DEPARTMENT("Department", false, "department", "department responsible", "directorate", "service",
            "service area", "division", "business unit", "responsible department"),
    /** One of the service areas (code or name), as the technology map's own export writes it. */
    SERVICE_AREA("Service area", false, "service area", "service area code", "technology map service area"),
    SUPPLIER("Supplier name", true, "supplier", "supplier name", "vendor", "vendor name", "beneficiary",
            "contractor", "contractor name", "provider", "supplier details", "awarded to", "company name"),
    COMPANIES_HOUSE("Companies House number", false, "companies house number", "company number",
            "company registration number", "company reg no", "companies house no", "registered company number",
            "company no", "crn"),
    CHARITY_NUMBER("Charity number", false, "charity number", "registered charity number", "charity no",
            "charity registration number", "charity commission number", "charity reg no", "charity registration no",
            "registered charity no", "charity commission no"),
    SME("SME", false, "sme", "is sme", "sme y n", "small or medium enterprise", "supplier is sme",
            "small medium enterprise", "sme status", "is supplier an sme", "is the supplier an sme", "supplier sme",
            "small or medium sized enterprise", "sme flag"),
    VOLUNTARY("Voluntary or community organisation", false, "vcse", "voluntary", "voluntary or community",
            "voluntary or community organisation", "voluntary community sector", "vcs", "third sector", "charity",
            "voluntary community or social enterprise", "voluntary or community sector organisation"),
    PRODUCT("Product", false, "product", "system", "system name", "product name", "software", "application"),
    VENDOR("Product vendor", false, "product vendor", "manufacturer", "software vendor", "developer",
            "product manufacturer"),
    START_DATE("Start date", false, "start date", "contract start", "contract start date", "start",
            "commencement date", "date of commencement", "effective date", "from"),
    END_DATE("End date", false, "end date", "contract end", "contract end date", "end", "expiry date", "expiry",
            "expires", "termination date", "to"),
    REVIEW_DATE("Review date", false, "review date", "contract review date", "review", "date of review"),
    TOTAL_VALUE("Total value", false, "value", "total value", "contract value", "total contract value",
            "value of contract", "total", "estimated total value", "whole life value", "value gbp", "value £"),
    ANNUAL_VALUE("Annual value", false, "annual value", "estimated annual spend", "annual spend", "annual cost",
            "value per annum", "annual contract value", "yearly value", "estimated annual value"),
    UNRECOVERABLE_VAT("Unrecoverable VAT", false, "vat not recoverable", "irrecoverable vat", "unrecoverable vat",
            "non recoverable vat", "vat that cannot be recovered", "vat irrecoverable"),
    PROCUREMENT_ROUTE("Procurement route", false, "procurement route", "procurement type", "procurement process",
            "procurement method", "route to market", "tender or quote", "invitation to quote or tender",
            "procedure", "award procedure", "framework"),
    /** The framework's name, when the route is a framework. */
    FRAMEWORK("Framework", false, "framework", "framework name", "framework agreement"),
    CATEGORY("Category", false, "category", "frontline or corporate", "system category"),
    HOSTING("Hosting", false, "hosting", "hosted", "hosting model", "deployment", "on premises or cloud"),
    SATISFACTION("Satisfaction", false, "satisfaction", "satisfaction rating", "satisfaction 1 5", "rating",
            "score"),
    NOTES("Notes", false, "notes", "comments", "remarks", "note");

    private final String label;
    private final boolean required;
    private final List<String> headers;

    ImportField(String label, boolean required, String... headers) {
        this.label = label;
        this.required = required;
        this.headers = List.of(headers);
    }

    public String label() {
        return label;
    }

    /** A file must have a column for this field. */
    public boolean required() {
        return required;
    }

    /** Header names (lower case, words only) that mean this field. */
    public List<String> headers() {
        return headers;
    }

    /** The form field and JSON key of this field, such as {@code endDate}. */
    public String key() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    public static java.util.Optional<ImportField> ofKey(String key) {
        for (ImportField field : values()) {
            if (field.key().equals(key)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }
}
