package london.loti.hub.techmap.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.ColumnMapping;
import london.loti.hub.techmap.ContractsChanged;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ImportResult;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A council editor's import, step by step: upload (stored, then checked in a transaction that is rolled back),
 * change the column mapping and check again, then commit — all or nothing, audited.
 */
@Service
public class RegisterImports {

    private final ImportStore store;
    private final ImportPipeline pipeline;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RegisterImports(ImportStore store, ImportPipeline pipeline, TransactionTemplate transaction, AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.pipeline = pipeline;
        this.transaction = transaction;
        this.audit = audit;
        this.events = events;
    }

    /** Stores and checks an upload; a file that is not a register at all is a form error, and nothing is kept. */
    public long upload(Organisation council, String fileName, InputStream content, Viewer viewer) {
        requireEditor(council, viewer);
        String name = fileName == null || fileName.isBlank() ? "register" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        var in = new BufferedInputStream(content, 1 << 16);
        FileFormat format;
        try {
            format = FileFormat.sniff(in);
        } catch (FileProblem e) {
            throw new InvalidInputException("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = name;
        long id = transaction.execute(status -> store.create(council.id(), stored, format, in, viewer.accountId()));
        check(council, id, null);
        return id;
    }

    /** Checks the stored file again with the columns chosen in the form ({@code fieldKey → header}). */
    public void recheck(Organisation council, long id, Map<String, String> chosen, Viewer viewer) {
        requireEditor(council, viewer);
        var stored = find(council, id);
        requireOpen(stored);
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        FormErrors errors = new FormErrors();
        for (ImportField field : ImportField.values()) {
            String header = chosen.get(field.key());
            if (header == null || header.isBlank()) {
                if (field.required()) {
                    errors.add(field.key(), "Choose the column that holds the " + field.label().toLowerCase(java.util.Locale.UK));
                }
            } else if (!stored.headers().contains(header)) {
                errors.add(field.key(), "Choose a column of the file for the " + field.label().toLowerCase(java.util.Locale.UK));
            } else {
                columns.put(field, header);
            }
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        check(council, id, new ColumnMapping(columns));
    }

    /** Imports the checked file: every row or none. Returns what the commit did, or the errors it found. */
    public ImportResult commit(Organisation council, long id, Viewer viewer) {
        requireEditor(council, viewer);
        var target = new ImportPipeline.Council(council.id(), council.name(), council.gssCode());
        ImportPipeline.Outcome[] failed = new ImportPipeline.Outcome[1];
        ImportResult result = transaction.execute(status -> {
            var stored = store.lock(id).filter(s -> s.organisationId() == council.id())
                    .orElseThrow(() -> new NotFoundException("There is no such import for " + council.name() + "."));
            requireOpen(stored);
            if (!stored.ready()) {
                throw new InvalidInputException("file", "Correct the errors, or upload a corrected file, before importing");
            }
            var outcome = pipeline.run(FileFormat.valueOf(stored.format()), store.opener(stored.fileOid()), target,
                    mappingOf(stored.mapping()), Map.of(), true);
            if (!outcome.result().committed()) {
                status.setRollbackOnly();
                failed[0] = outcome;
                return outcome.result();
            }
            ImportResult done = outcome.result();
            store.markCommitted(stored, done);
            if (!stored.format().equals("OCDS")) {
                store.saveMapping(council.id(), stored.mapping());
            }
            audit.record(new Change(viewer.actor(), council.id(), council.name(), "contract-import", String.valueOf(id),
                    "committed", "Imported " + stored.fileName() + ": " + done.created() + " new, " + done.updated()
                            + " changed, " + done.unchanged() + " unchanged contracts", null,
                    Map.of("file", stored.fileName(), "rows", done.rows(), "created", done.created(),
                            "updated", done.updated(), "unchanged", done.unchanged())));
            events.publishEvent(new ContractsChanged(council.id(), stored.format(), done.created(), done.updated()));
            return done;
        });
        if (failed[0] != null) {
            store.saveCheck(id, failed[0]);
        }
        return result;
    }

    public ImportStore.Stored find(Organisation council, long id) {
        return store.find(id).filter(s -> s.organisationId() == council.id())
                .orElseThrow(() -> new NotFoundException("There is no such import for " + council.name() + "."));
    }

    public java.util.List<ImportStore.Stored> recent(Organisation council, Viewer viewer) {
        requireEditor(council, viewer);
        return store.recent(council.id(), 10);
    }

    public Map<String, String> savedMapping(long organisationId) {
        return store.savedMapping(organisationId);
    }

    private void check(Organisation council, long id, ColumnMapping mapping) {
        var target = new ImportPipeline.Council(council.id(), council.name(), council.gssCode());
        Map<ImportField, String> saved = mappingOf(store.savedMapping(council.id())).columns();
        var outcome = transaction.execute(status -> {
            status.setRollbackOnly();
            var stored = store.find(id).orElseThrow();
            return pipeline.run(FileFormat.valueOf(stored.format()), store.opener(stored.fileOid()), target, mapping, saved, false);
        });
        store.saveCheck(id, outcome);
    }

    private static ColumnMapping mappingOf(Map<String, String> byKey) {
        Map<ImportField, String> columns = new LinkedHashMap<>();
        byKey.forEach((key, header) -> ImportField.ofKey(key).ifPresent(field -> columns.put(field, header)));
        return new ColumnMapping(columns.isEmpty() ? Map.of() : new EnumMap<>(columns));
    }

    private static void requireOpen(ImportStore.Stored stored) {
        if (!"CHECKED".equals(stored.status())) {
            throw new InvalidInputException("file", stored.committed() ? "This file has already been imported"
                    : "This upload has expired: upload the file again");
        }
    }

    private static void requireEditor(Organisation council, Viewer viewer) {
        if (!viewer.canEdit(council.id()) || viewer.apiToken()) {
            throw new AccessDeniedException("Only " + council.name() + "'s editors and admins import its contracts");
        }
    }
}
