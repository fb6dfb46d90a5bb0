package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The LOTI team keeps the workstreams: lead councils, activities and the outcome measure's values. All audited. */
@Service
public class Workstreams {

    record AddActivity(String kind, String title, DateInput happenedOn, String link, String summary) {
    }

    record RecordMeasure(DateInput measuredOn, String value, String note) {
    }

    private final JdbcClient jdbc;
    private final WorkstreamQueries queries;
    private final ProgrammeAccess access;
    private final Organisations organisations;
    private final AuditLog audit;

    Workstreams(JdbcClient jdbc, WorkstreamQueries queries, ProgrammeAccess access, Organisations organisations,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    public long addActivity(WorkstreamQueries.WorkstreamRow workstream, AddActivity command, Viewer viewer) {
        access.requireAdmin(viewer, "records workstream activities");
        FormErrors errors = new FormErrors();
        ActivityKind kind = Arrays.stream(ActivityKind.values()).filter(k -> k.name().equals(Inputs.strip(command.kind())))
                .findFirst().orElse(null);
        if (kind == null) {
            errors.add("kind", "Select what the activity is");
        }
        String title = Inputs.text(errors, "title", "Title", command.title(), 200, "Enter the activity's title");
        Optional<LocalDate> on = command.happenedOn().parse(errors, "happenedOn", "Date of the activity");
        String link = Inputs.strip(command.link());
        if (!link.isEmpty() && (!link.matches("^(https?://|/)\\S+$") || link.length() > 500)) {
            errors.add("link", "Link must be an address starting with https:// or /, like https://loti.london/guides");
        }
        String summary = Inputs.strip(command.summary());
        if (summary.length() > 2000) {
            errors.add("summary", "Summary must be 2,000 characters or fewer");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO workstream_activity (workstream_number, kind, title, happened_on, link, summary, created_by_name)
                VALUES (:w, :kind, :title, :on, :link, :summary, :by) RETURNING id
                """).param("w", workstream.number()).param("kind", kind.name()).param("title", title).param("on", on.get())
                .param("link", link.isEmpty() ? null : link).param("summary", summary).param("by", viewer.name())
                .query(Long.class).single();
        audit.record(new Change(viewer.actor(), null, null, "workstream-activity", String.valueOf(id), "created",
                "Recorded the " + kind.label().toLowerCase() + " '" + title + "' in " + workstream.name(), null,
                Map.of("workstream", workstream.name(), "kind", kind.label(), "title", title, "on", on.get().toString())));
        return id;
    }

    @Transactional
    public void recordMeasure(WorkstreamQueries.WorkstreamRow workstream, RecordMeasure command, Viewer viewer) {
        access.requireAdmin(viewer, "records workstream outcome measures");
        FormErrors errors = new FormErrors();
        Optional<LocalDate> on = command.measuredOn().parse(errors, "measuredOn", "Date measured");
        Optional<Long> value = Inputs.whole(errors, "value", "Value", command.value(), 0, 1_000_000_000L);
        String note = Inputs.strip(command.note());
        if (note.length() > 500) {
            errors.add("note", "Note must be 500 characters or fewer");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        Long before = queries.values(workstream.number(), viewer).stream().filter(v -> v.measuredOn().equals(on.get()))
                .map(WorkstreamQueries.MeasureValue::value).findFirst().orElse(null);
        jdbc.sql("""
                INSERT INTO workstream_measure_value (workstream_number, measured_on, value, note, recorded_by_name)
                VALUES (:w, :on, :value, :note, :by)
                ON CONFLICT (workstream_number, measured_on) DO UPDATE
                   SET value = EXCLUDED.value, note = EXCLUDED.note, recorded_by_name = EXCLUDED.recorded_by_name, recorded_at = now()
                """).param("w", workstream.number()).param("on", on.get()).param("value", value.get()).param("note", note)
                .param("by", viewer.name()).update();
        audit.record(new Change(viewer.actor(), null, null, "workstream-measure", workstream.slug() + "/" + on.get(),
                before == null ? "created" : "updated", "Recorded " + String.format("%,d", value.get()) + " for "
                        + workstream.name() + "'s outcome measure on " + on.get(),
                before == null ? null : Map.of("value", before), Map.of("value", value.get())));
    }

    /** Replaces the workstream's lead councils with those chosen (none is allowed). */
    @Transactional
    public void setLeads(WorkstreamQueries.WorkstreamRow workstream, List<String> councilSlugs, Viewer viewer) {
        access.requireAdmin(viewer, "chooses workstream leads");
        Set<String> wanted = new LinkedHashSet<>(councilSlugs == null ? List.of() : councilSlugs);
        List<Organisation> councils = new ArrayList<>();
        for (String slug : wanted) {
            Optional<Organisation> o = organisations.find(Inputs.strip(slug)).filter(x -> x.kind() == OrganisationKind.LONDON_AUTHORITY);
            if (o.isEmpty()) {
                throw new InvalidInputException("leads", "Select lead councils from the list");
            }
            councils.add(o.get());
        }
        List<String> before = queries.leads().stream().filter(l -> l.workstreamNumber() == workstream.number())
                .map(WorkstreamQueries.LeadRow::name).toList();
        jdbc.sql("DELETE FROM workstream_lead WHERE workstream_number = :w").param("w", workstream.number()).update();
        for (Organisation council : councils) {
            jdbc.sql("INSERT INTO workstream_lead (workstream_number, organisation_id) VALUES (:w, :o)")
                    .param("w", workstream.number()).param("o", council.id()).update();
        }
        List<String> after = councils.stream().map(Organisation::name).sorted().toList();
        audit.record(new Change(viewer.actor(), null, null, "workstream-leads", workstream.slug(), "updated",
                "Set the lead councils of " + workstream.name() + ": " + (after.isEmpty() ? "none" : String.join(", ", after)),
                Map.of("leads", before), Map.of("leads", after)));
    }
}
