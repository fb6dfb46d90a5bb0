package london.loti.hub.members;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.AccountDirectory;
import london.loti.hub.accounts.Role;
import london.loti.hub.demo.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo membership: all 33 councils invited in December 2018 to be founding members of Core LOTI; 15 accepted
 * and evidenced all five commitments for the programme's three years from 2019/20, each with a core
 * representative account ({@code core@<slug>.example}); four more are part of the way there; three declined.
 */
@Component
class MembershipDemoData implements DemoData {

    /** Fifteen London boroughs that take part as founding Core members in the demo. */
    static final List<String> FOUNDING = List.of("brent", "camden", "ealing", "enfield", "hackney",
            "hammersmith-and-fulham", "haringey", "islington", "kensington-and-chelsea", "lambeth", "redbridge",
            "southwark", "tower-hamlets", "waltham-forest", "westminster");
    /** Councils part of the way to Core in 2019/20, with the commitments they have made. */
    static final Map<String, List<Commitment>> PARTWAY = Map.of(
            "harrow", List.of(Commitment.LOCAL_DIGITAL_DECLARATION, Commitment.LOTI_MOU, Commitment.CONTRIBUTION_AGREED,
                    Commitment.OFFICER_TIME),
            "lewisham", List.of(Commitment.LOCAL_DIGITAL_DECLARATION, Commitment.LOTI_MOU, Commitment.OFFICER_TIME),
            "greenwich", List.of(Commitment.LOCAL_DIGITAL_DECLARATION, Commitment.CONTRIBUTION_AGREED),
            "newham", List.of(Commitment.LOCAL_DIGITAL_DECLARATION));
    static final List<String> DECLINED = List.of("bexley", "bromley", "havering");
    private static final List<String> NAMES = List.of("Adaeze Okoro", "Bilal Hussain", "Cerys Morgan", "Dominic Lee",
            "Esme Walsh", "Farah Siddiqui", "Gareth Price", "Hollie Barnes", "Idris Khan", "Joanna Kaur", "Kofi Mensah",
            "Lucia Romano", "Matteo Bianchi", "Nkechi Eze", "Owen Fraser");

    private final OrganisationQueries organisations;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;

    MembershipDemoData(OrganisationQueries organisations, AccountDirectory accounts, JdbcClient jdbc) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "membership";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        long mouDocument = jdbc.sql("""
                INSERT INTO evidence_document (file_name, content_type, size_bytes, content)
                VALUES ('camden-loti-mou-signed.txt', 'text/plain', :size, :content) RETURNING id
                """).param("size", mou().length).param("content", mou()).query(Long.class).single();
        int n = 0;
        for (Organisation council : organisations.all()) {
            if (council.kind() != OrganisationKind.LONDON_AUTHORITY) {
                continue;
            }
            String slug = council.slug();
            String status = FOUNDING.contains(slug) ? "ACCEPTED" : DECLINED.contains(slug) ? "DECLINED" : "SENT";
            jdbc.sql("""
                    INSERT INTO core_invitation (organisation_id, email, sent_on, status, responded_on, reminded_on, sent_by_name)
                    VALUES (:organisation, :email, DATE '2018-12-03', :status, :responded, :reminded, 'Priya Shah')
                    """).param("organisation", council.id()).param("email", "chief.executive@" + slug + ".example")
                    .param("status", status)
                    .param("responded", "SENT".equals(status) ? null : LocalDate.of(2019, 1, 7).plusDays(n % 40))
                    .param("reminded", "ACCEPTED".equals(status) ? null : LocalDate.of(2018, 12, 17)).update();
            if (FOUNDING.contains(slug)) {
                for (Commitment commitment : Commitment.values()) {
                    Long document = slug.equals("camden") && commitment == Commitment.LOTI_MOU ? mouDocument : null;
                    commit(council, commitment, n, document);
                }
                String name = NAMES.get(FOUNDING.indexOf(slug));
                accounts.createDemoAccount("priya.shah@loti.example", "core@" + slug + ".example", name, council.id(),
                        Role.CORE_REPRESENTATIVE);
            } else if (PARTWAY.containsKey(slug)) {
                for (Commitment commitment : PARTWAY.get(slug)) {
                    commit(council, commitment, n, null);
                }
            }
            n++;
        }
        accounts.showOnSignInPage("core@camden.example", "Core representative of Camden");
    }

    private void commit(Organisation council, Commitment commitment, int n, Long document) {
        boolean openEnded = commitment == Commitment.LOCAL_DIGITAL_DECLARATION || commitment == Commitment.CHIEF_EXECUTIVE_SUPPORT;
        LocalDate on = switch (commitment) {
            case LOCAL_DIGITAL_DECLARATION -> LocalDate.of(2018, 9, 3).plusDays(n * 3L);
            case CHIEF_EXECUTIVE_SUPPORT -> LocalDate.of(2019, 1, 14).plusDays(n);
            default -> LocalDate.of(2019, 2, 11).plusDays(n * 2L);
        };
        String note = switch (commitment) {
            case LOCAL_DIGITAL_DECLARATION -> council.name() + " is listed as a signatory on the Local Digital Declaration's website.";
            case LOTI_MOU -> "Memorandum of understanding signed by the Director of Digital for " + council.name() + ".";
            case CONTRIBUTION_AGREED -> "Contribution of £30,000 a year for 2019/20 to 2021/22 agreed; purchase order on file.";
            case OFFICER_TIME -> "Two officers named, with two days a month each for LOTI projects.";
            case CHIEF_EXECUTIVE_SUPPORT -> "Letter of support from the Chief Executive's office.";
        };
        jdbc.sql("""
                INSERT INTO core_commitment (organisation_id, kind, first_year, last_year, committed_on, note, document_id,
                                             recorded_by_name, recorded_at)
                VALUES (:organisation, :kind, 2019, :last, :on, :note, :document, 'Priya Shah', CAST(:on AS timestamptz) + interval '2 days')
                """).param("organisation", council.id()).param("kind", commitment.name())
                .param("last", openEnded ? null : 2021).param("on", on).param("note", note).param("document", document)
                .update();
    }

    private static byte[] mou() {
        return """
                LOTI memorandum of understanding (demo copy)
                Signed for the London Borough of Camden, 12 February 2019.
                """.getBytes(StandardCharsets.UTF_8);
    }
}
