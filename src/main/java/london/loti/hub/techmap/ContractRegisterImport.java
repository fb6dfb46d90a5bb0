package london.loti.hub.techmap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import london.loti.hub.audit.Actor;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.techmap.imports.FileFormat;
import london.loti.hub.techmap.imports.FileProblem;
import london.loti.hub.techmap.imports.ImportPipeline;
import london.loti.hub.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a contracts register file on a path for a council, by the same path as an upload: streamed, checked in
 * Java, COPY into staging, one merge, all or nothing. For the benchmark and for operators' scripts.
 */
@Service
public class ContractRegisterImport {

    private final ImportPipeline pipeline;
    private final Organisations organisations;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ContractRegisterImport(ImportPipeline pipeline, Organisations organisations, TransactionTemplate transaction,
            AuditLog audit, ApplicationEventPublisher events) {
        this.pipeline = pipeline;
        this.organisations = organisations;
        this.transaction = transaction;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Imports the file (CSV, XLSX or an OCDS release package, told by its content) for the council.
     *
     * @param mapping the columns to read, or null to suggest them from the headers
     * @return the counts; when {@link ImportResult#ok()} is false nothing was written
     */
    public ImportResult importFile(Path file, long organisationId, ColumnMapping mapping) {
        Organisation council = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("There is no organisation " + organisationId));
        FileFormat format;
        try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            format = FileFormat.sniff(in);
        } catch (FileProblem e) {
            return new ImportResult(0, 0, 0, 0, List.of(), 0, e.getMessage(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var target = new ImportPipeline.Council(council.id(), council.name(), council.gssCode());
        return transaction.execute(status -> {
            var outcome = pipeline.run(format, () -> new ImportPipeline.PathStream(file), target, mapping, Map.of(), true);
            ImportResult result = outcome.result();
            if (!result.committed()) {
                status.setRollbackOnly();
                return result;
            }
            audit.record(new Change(new Actor(null, "Contracts register import"), council.id(), council.name(),
                    "contract-import", file.getFileName().toString(), "committed",
                    "Imported " + file.getFileName() + ": " + result.created() + " new, " + result.updated()
                            + " changed, " + result.unchanged() + " unchanged", null,
                    Map.of("rows", result.rows(), "created", result.created(), "updated", result.updated())));
            events.publishEvent(new ContractsChanged(council.id(), format.name(), result.created(), result.updated()));
            return result;
        });
    }
}
