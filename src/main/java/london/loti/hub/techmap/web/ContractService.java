package london.loti.hub.techmap.web;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.ContractsChanged;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.imports.ContractMerge;
import london.loti.hub.techmap.imports.ImportPipeline;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's editors keep its contracts: one at a time from the form, or in batches from the API. Every write
 * takes the import's path (staging and one merge by reference), so the rules and the idempotence are the same.
 */
@Service
public class ContractService {

    private final ImportPipeline pipeline;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ContractService(ImportPipeline pipeline, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Creates or changes one contract, by its reference; returns its id. */
    @Transactional
    public long save(Organisation council, ContractRecord record, boolean creating, Viewer viewer) {
        requireEditor(council, viewer);
        boolean exists = idOf(council.id(), record.reference()) != null;
        if (creating && exists) {
            throw new InvalidInputException("reference", council.name() + " already has a contract with this reference");
        }
        if (!creating && !exists) {
            throw new NotFoundException("There is no such contract.");
        }
        var counts = pipeline.write(target(council), List.of(record), ContractMerge.ALL, true, "FORM", true);
        long id = idOf(council.id(), record.reference());
        if (counts.created() + counts.updated() > 0) {
            audit.record(new Change(viewer.actor(), council.id(), council.name(), "contract", String.valueOf(id),
                    creating ? "created" : "updated", (creating ? "Added" : "Changed") + " contract " + record.reference()
                            + " '" + record.title() + "'", null, Map.of("reference", record.reference(), "title", record.title())));
            events.publishEvent(new ContractsChanged(council.id(), "FORM", counts.created(), counts.updated()));
        }
        return id;
    }

    @Transactional
    public void delete(Organisation council, long id, Viewer viewer) {
        requireEditor(council, viewer);
        String reference = jdbc.sql("DELETE FROM tech_contract WHERE id = :id AND organisation_id = :organisation RETURNING reference")
                .param("id", id).param("organisation", council.id()).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("There is no such contract."));
        audit.record(new Change(viewer.actor(), council.id(), council.name(), "contract", String.valueOf(id), "deleted",
                "Removed contract " + reference, Map.of("reference", reference), null));
        events.publishEvent(new ContractsChanged(council.id(), "FORM", 0, 1));
    }

    /** A batch from the API: all or nothing, idempotent by reference. */
    @Transactional
    public ContractMerge.Counts push(Organisation council, List<ContractRecord> records, Viewer viewer) {
        requireEditor(council, viewer);
        var counts = pipeline.write(target(council), records, ContractMerge.ALL, true, "API", true);
        if (counts.created() + counts.updated() > 0) {
            audit.record(new Change(viewer.actor(), council.id(), council.name(), "contract-import", "api", "committed",
                    "API batch of " + records.size() + " contracts: " + counts.created() + " new, " + counts.updated()
                            + " changed, " + counts.unchanged() + " unchanged", null,
                    Map.of("received", records.size(), "created", counts.created(), "updated", counts.updated())));
            events.publishEvent(new ContractsChanged(council.id(), "API", counts.created(), counts.updated()));
        }
        return counts;
    }

    private Long idOf(long organisationId, String reference) {
        return jdbc.sql("SELECT id FROM tech_contract WHERE organisation_id = :organisation AND reference = :reference")
                .param("organisation", organisationId).param("reference", reference).query(Long.class).optional().orElse(null);
    }

    static ImportPipeline.Council target(Organisation council) {
        return new ImportPipeline.Council(council.id(), council.name(), council.gssCode());
    }

    static void requireEditor(Organisation council, Viewer viewer) {
        if (!viewer.canEdit(council.id())) {
            throw new AccessDeniedException("Only " + council.name() + "'s editors and admins change its contracts");
        }
    }

    static boolean isAll(java.util.Set<ImportField> fields) {
        return fields.containsAll(ContractMerge.ALL);
    }
}
