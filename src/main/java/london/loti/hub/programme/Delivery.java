package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery record of an exemplar project, kept by its council and the LOTI team: dated updates (each setting
 * the phase and the RAG status with its reason), milestones, and the councils taking part with the officer time
 * each gives. An update clears the flag for a project left without one for 60 days. Every change is audited.
 */
@Service
public class Delivery {

    record PostUpdate(String phase, String rag, String ragReason, String body) {
    }

    record AddMilestone(String title, DateInput dueOn) {
    }

    /** @param council a London council's slug */
    record SetParticipant(String council, String officerDays) {
    }

    private final JdbcClient jdbc;
    private final ExemplarProjectQueries projects;
    private final ProgrammeAccess access;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    Delivery(JdbcClient jdbc, ExemplarProjectQueries projects, ProgrammeAccess access, Organisations organisations, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long postUpdate(ExemplarProjectQueries.ProjectRow project, PostUpdate command, Viewer viewer) {
        access.requireManage(viewer, project.organisationId());
        FormErrors errors = new FormErrors();
        Phase phase = Arrays.stream(Phase.values()).filter(p -> p.name().equals(Inputs.strip(command.phase()))).findFirst()
                .orElse(null);
        if (phase == null) {
            errors.add("phase", "Select the project's phase");
        }
        Rag rag = Arrays.stream(Rag.values()).filter(r -> r.name().equals(Inputs.strip(command.rag()))).findFirst().orElse(null);
        if (rag == null) {
            errors.add("rag", "Select the project's status: red, amber or green");
        }
        String reason = Inputs.text(errors, "ragReason", "Reason for the status", command.ragReason(), 500,
                "Enter the reason for the status");
        String body = Inputs.text(errors, "body", "Update", command.body(), 5000, "Enter what has happened since the last update");
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("""
                INSERT INTO project_update (project_id, posted_on, phase, rag, rag_reason, body, posted_by_name)
                VALUES (:p, :today, :phase, :rag, :reason, :body, :by) RETURNING id
                """).param("p", project.id()).param("today", today).param("phase", phase.name()).param("rag", rag.name())
                .param("reason", reason).param("body", body).param("by", viewer.name()).query(Long.class).single();
        jdbc.sql("""
                UPDATE exemplar_project SET phase = :phase, rag = :rag, rag_reason = :reason, last_update_on = :today,
                       stale_flagged_on = NULL WHERE id = :p
                """).param("phase", phase.name()).param("rag", rag.name()).param("reason", reason).param("today", today)
                .param("p", project.id()).update();
        Map<String, Object> before = Map.of("phase", project.phase().label(), "rag", project.rag().label(),
                "ragReason", project.ragReason());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("phase", phase.label());
        after.put("rag", rag.label());
        after.put("ragReason", reason);
        after.put("update", body);
        audit.record(new Change(viewer.actor(), project.organisationId(), project.organisationName(), "exemplar-project",
                project.slug(), "updated", "Posted an update on '" + project.title() + "': " + phase.label() + ", " + rag.label(),
                before, after));
        return id;
    }

    @Transactional
    public long addMilestone(ExemplarProjectQueries.ProjectRow project, AddMilestone command, Viewer viewer) {
        access.requireManage(viewer, project.organisationId());
        FormErrors errors = new FormErrors();
        String title = Inputs.text(errors, "title", "Milestone", command.title(), 200, "Enter the milestone");
        Optional<LocalDate> due = command.dueOn().parse(errors, "dueOn", "Date the milestone is due");
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO project_milestone (project_id, title, due_on, created_by_name) VALUES (:p, :title, :due, :by)
                RETURNING id
                """).param("p", project.id()).param("title", title).param("due", due.get()).param("by", viewer.name())
                .query(Long.class).single();
        audit.record(new Change(viewer.actor(), project.organisationId(), project.organisationName(), "project-milestone",
                String.valueOf(id), "created", "Added the milestone '" + title + "' to '" + project.title() + "'", null,
                Map.of("title", title, "dueOn", due.get().toString())));
        return id;
    }

    @Transactional
    public void completeMilestone(ExemplarProjectQueries.ProjectRow project, long milestoneId, Viewer viewer) {
        access.requireManage(viewer, project.organisationId());
        ExemplarProjectQueries.MilestoneRow milestone = projects.milestone(project.id(), milestoneId)
                .orElseThrow(() -> new NotFoundException("There is no milestone with that number on this project."));
        if (milestone.doneOn() != null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE project_milestone SET done_on = :today WHERE id = :id").param("today", today)
                .param("id", milestoneId).update();
        audit.record(new Change(viewer.actor(), project.organisationId(), project.organisationName(), "project-milestone",
                String.valueOf(milestoneId), "done", "Marked the milestone '" + milestone.title() + "' of '" + project.title()
                        + "' as done", Map.of("doneOn", "not done"), Map.of("doneOn", today.toString())));
    }

    /** Adds a council to the project, or changes the officer time it gives. */
    @Transactional
    public void setParticipant(ExemplarProjectQueries.ProjectRow project, SetParticipant command, Viewer viewer) {
        access.requireManage(viewer, project.organisationId());
        FormErrors errors = new FormErrors();
        String slug = Inputs.strip(command.council());
        Optional<Organisation> council = slug.isEmpty() ? Optional.empty()
                : organisations.find(slug).filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY);
        if (council.isEmpty()) {
            errors.add("council", "Select a council");
        }
        Optional<Long> days = Inputs.whole(errors, "officerDays", "Officer time", command.officerDays(), 0, 10_000);
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        Integer before = projects.participants(project.id()).stream().filter(p -> p.organisationId() == council.get().id())
                .map(ExemplarProjectQueries.ParticipantRow::officerDays).findFirst().orElse(null);
        jdbc.sql("""
                INSERT INTO project_participant (project_id, organisation_id, officer_days) VALUES (:p, :o, :days)
                ON CONFLICT (project_id, organisation_id) DO UPDATE SET officer_days = EXCLUDED.officer_days
                """).param("p", project.id()).param("o", council.get().id()).param("days", days.get().intValue()).update();
        audit.record(new Change(viewer.actor(), project.organisationId(), project.organisationName(), "project-participant",
                project.slug() + "/" + council.get().slug(), before == null ? "created" : "updated",
                council.get().name() + " gives " + days.get() + " days of officer time to '" + project.title() + "'",
                before == null ? null : Map.of("officerDays", before), Map.of("officerDays", days.get())));
    }
}
