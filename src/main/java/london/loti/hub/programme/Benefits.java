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
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.MoneyInput;
import london.loti.hub.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits of exemplar projects: for each financial year and kind, what a project expects and, once known, what
 * was measured and how. Kept by the project's council and the LOTI team; every change audited. Values are never
 * negative; cashable savings are in pence.
 */
@Service
public class Benefits {

    /** @param measured blank until measured; then {@code measuredOn} is needed too */
    record RecordBenefit(String kind, String description, String financialYear, String expected, String measured,
            DateInput measuredOn, String howMeasured) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Benefits(JdbcClient jdbc, ProgrammeAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a benefit line (when {@code existing} is null) or changes one. */
    @Transactional
    public long record(ExemplarProjectQueries.ProjectRow project, BenefitQueries.BenefitRow existing, RecordBenefit command,
            Viewer viewer) {
        access.requireManage(viewer, project.organisationId());
        FormErrors errors = new FormErrors();
        BenefitKind kind = Arrays.stream(BenefitKind.values()).filter(k -> k.name().equals(Inputs.strip(command.kind())))
                .findFirst().orElse(null);
        if (kind == null) {
            errors.add("kind", "Select the kind of benefit");
        }
        String description = Inputs.text(errors, "description", "Description", command.description(), 300,
                kind == BenefitKind.OTHER ? "Enter what the benefit is and what it is counted in"
                        : "Enter what the benefit is");
        Optional<FinancialYear> year = FinancialYear.parse(Inputs.strip(command.financialYear()).replace('-', '/'));
        if (Inputs.strip(command.financialYear()).isEmpty()) {
            errors.add("financialYear", "Enter the financial year");
        } else if (year.isEmpty()) {
            errors.add("financialYear", "Financial year must be written like 2019/20");
        }
        Optional<Long> expected = amount(errors, kind, "expected", "Expected benefit", command.expected());
        boolean measuredTyped = !Inputs.strip(command.measured()).isEmpty();
        Optional<Long> measured = measuredTyped ? amount(errors, kind, "measured", "Measured benefit", command.measured())
                : Optional.empty();
        Optional<LocalDate> measuredOn = Optional.empty();
        String how = Inputs.strip(command.howMeasured());
        if (measuredTyped) {
            measuredOn = command.measuredOn().parse(errors, "measuredOn", "Date measured");
            if (measuredOn.isPresent() && measuredOn.get().isAfter(LocalDate.now(clock))) {
                errors.add("measuredOn", "Date measured must be today or in the past");
            }
            Inputs.text(errors, "howMeasured", "How it was measured", how, 1000, "Enter how the benefit was measured");
        } else if (how.length() > 1000) {
            errors.add("howMeasured", "How it was measured must be 1,000 characters or fewer");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        long id;
        if (existing == null) {
            id = jdbc.sql("""
                    INSERT INTO project_benefit (project_id, kind, description, start_year, expected, measured, measured_on,
                                                 how_measured, recorded_by_name)
                    VALUES (:p, :kind, :description, :year, :expected, :measured, :measuredOn, :how, :by) RETURNING id
                    """).param("p", project.id()).param("kind", kind.name()).param("description", description)
                    .param("year", year.get().startYear()).param("expected", expected.get())
                    .param("measured", measured.orElse(null)).param("measuredOn", measuredOn.orElse(null))
                    .param("how", how).param("by", viewer.name()).query(Long.class).single();
        } else {
            id = existing.id();
            jdbc.sql("""
                    UPDATE project_benefit SET kind = :kind, description = :description, start_year = :year, expected = :expected,
                           measured = :measured, measured_on = :measuredOn, how_measured = :how, recorded_by_name = :by,
                           updated_at = now()
                     WHERE id = :id
                    """).param("kind", kind.name()).param("description", description).param("year", year.get().startYear())
                    .param("expected", expected.get()).param("measured", measured.orElse(null))
                    .param("measuredOn", measuredOn.orElse(null)).param("how", how).param("by", viewer.name())
                    .param("id", id).update();
        }
        audit.record(new Change(viewer.actor(), project.organisationId(), project.organisationName(), "project-benefit",
                String.valueOf(id), existing == null ? "created" : "updated",
                (existing == null ? "Added the benefit '" : "Changed the benefit '") + description + "' of '" + project.title()
                        + "': " + kind.format(expected.get()) + " expected in " + year.get().label()
                        + measured.map(m -> ", " + kind.format(m) + " measured").orElse(""),
                existing == null ? null : values(existing.kind(), existing.description(), existing.year(), existing.expected(),
                        existing.measured()),
                values(kind, description, year.get(), expected.get(), measured.orElse(null))));
        return id;
    }

    private static Map<String, Object> values(BenefitKind kind, String description, FinancialYear year, long expected,
            Long measured) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind.label());
        out.put("description", description);
        out.put("year", year.label());
        out.put("expected", kind.format(expected));
        out.put("measured", measured == null ? null : kind.format(measured));
        return out;
    }

    /** Pounds for a cashable saving (kept in pence), otherwise a whole number: never negative. */
    private static Optional<Long> amount(FormErrors errors, BenefitKind kind, String field, String name, String typed) {
        if (kind == BenefitKind.CASHABLE) {
            return MoneyInput.pence(errors, field, name, typed, true);
        }
        return Inputs.whole(errors, field, name, typed, 0, 1_000_000_000_000L);
    }
}
