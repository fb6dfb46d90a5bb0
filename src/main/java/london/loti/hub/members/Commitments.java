package london.loti.hub.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.DateInput;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LOTI team records a council's Core commitments, each with a date, evidence (a document, a note or both)
 * and who recorded it, and withdraws one recorded in error. Every change is audited.
 */
@Service
class Commitments {

    static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
    static final int MAX_NOTE = 2000;

    /** A document attached as evidence. */
    record Evidence(String fileName, String contentType, byte[] content) {
    }

    /** What was submitted, unchecked. */
    record RecordCommitment(String kind, String firstYear, String lastYear, DateInput committedOn, String note,
            Evidence evidence) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MembershipQueries queries;
    private final Clock clock;

    Commitments(JdbcClient jdbc, AuditLog audit, MembershipQueries queries, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.queries = queries;
        this.clock = clock;
    }

    /** Records the commitment, or throws with every field's first broken rule and saves nothing. */
    @Transactional
    long record(Organisation council, RecordCommitment command, Viewer viewer) {
        requireAdmin(viewer);
        if (council.kind() != OrganisationKind.LONDON_AUTHORITY) {
            throw new NotFoundException("Only London councils make Core LOTI commitments.");
        }
        FormErrors errors = new FormErrors();
        Optional<Commitment> kind = Commitment.parse(command.kind());
        if (kind.isEmpty()) {
            errors.add("kind", "Select the commitment");
        }
        Optional<FinancialYear> first = Years.parse(errors, "firstYear", "First financial year", command.firstYear(), true);
        Optional<FinancialYear> last = Years.parse(errors, "lastYear", "Last financial year", command.lastYear(), false);
        if (first.isPresent() && last.isPresent() && last.get().compareTo(first.get()) < 0) {
            errors.add("lastYear", "Last financial year must be the same as or after the first financial year");
        }
        String dateName = "Date the commitment was made";
        Optional<LocalDate> committedOn = command.committedOn().parse(errors, "committedOn", dateName);
        if (committedOn.isPresent() && committedOn.get().isAfter(LocalDate.now(clock))) {
            errors.add("committedOn", dateName + " must be today or in the past");
        }
        Evidence evidence = command.evidence();
        if (evidence != null && evidence.content().length > MAX_EVIDENCE_BYTES) {
            errors.add("evidence", "The evidence file must be smaller than 5MB");
        }
        String note = command.note() == null ? "" : command.note().strip();
        if (note.length() > MAX_NOTE) {
            errors.add("note", "Note must be 2,000 characters or fewer");
        } else if (note.isEmpty() && evidence == null) {
            errors.add("note", "Attach a document or enter a note as evidence of the commitment");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        Long documentId = evidence == null ? null : store(evidence);
        long id = jdbc.sql("""
                INSERT INTO core_commitment (organisation_id, kind, first_year, last_year, committed_on, note, document_id,
                                             recorded_by_id, recorded_by_name)
                VALUES (:organisation, :kind, :first, :last, :on, :note, :document, :byId, :byName) RETURNING id
                """)
                .param("organisation", council.id()).param("kind", kind.get().name())
                .param("first", first.get().startYear()).param("last", last.map(FinancialYear::startYear).orElse(null))
                .param("on", committedOn.get()).param("note", note).param("document", documentId)
                .param("byId", viewer.accountId()).param("byName", viewer.name())
                .query(Long.class).single();
        var row = queries.commitment(id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("commitment", kind.get().name());
        after.put("years", row.years());
        after.put("committedOn", committedOn.get().toString());
        after.put("note", note);
        after.put("document", evidence == null ? null : evidence.fileName());
        audit.record(new Change(viewer.actor(), council.id(), council.name(), "core-commitment", String.valueOf(id),
                "created", "Recorded '" + kind.get().label() + "' for " + row.years(), null, after));
        return id;
    }

    @Transactional
    void withdraw(Organisation council, long commitmentId, Viewer viewer) {
        requireAdmin(viewer);
        var row = queries.commitment(commitmentId).filter(c -> c.organisationId() == council.id() && c.withdrawnAt() == null)
                .orElseThrow(() -> new NotFoundException("There is no current commitment with that number."));
        jdbc.sql("UPDATE core_commitment SET withdrawn_at = now(), withdrawn_by_name = :by WHERE id = :id")
                .param("by", viewer.name()).param("id", commitmentId).update();
        audit.record(new Change(viewer.actor(), council.id(), council.name(), "core-commitment",
                String.valueOf(commitmentId), "withdrawn", "Withdrew '" + row.kind().label() + "' for " + row.years(),
                Map.of("withdrawn", false), Map.of("withdrawn", true)));
    }

    private long store(Evidence evidence) {
        String name = evidence.fileName() == null || evidence.fileName().isBlank() ? "evidence" : evidence.fileName().strip();
        String type = evidence.contentType() == null || evidence.contentType().isBlank()
                ? "application/octet-stream" : evidence.contentType();
        return jdbc.sql("""
                INSERT INTO evidence_document (file_name, content_type, size_bytes, content)
                VALUES (:name, :type, :size, :content) RETURNING id
                """).param("name", name.length() > 200 ? name.substring(0, 200) : name).param("type", type)
                .param("size", evidence.content().length).param("content", evidence.content())
                .query(Long.class).single();
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessDeniedException("Only the LOTI team records Core commitments");
        }
    }
}
