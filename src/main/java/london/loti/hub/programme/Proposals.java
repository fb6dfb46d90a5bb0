package london.loti.hub.programme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Membership;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.MoneyInput;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals for exemplar projects: editors of a council that is Core in the round's year submit them (the LOTI
 * team may submit for one) while the round takes proposals, and the LOTI team shortlists them until voting opens.
 * Each is checked field by field; a broken rule saves nothing. Every change is audited.
 */
@Service
public class Proposals {

    private final JdbcClient jdbc;
    private final RoundQueries rounds;
    private final ProgrammeAccess access;
    private final Membership membership;
    private final Organisations organisations;
    private final AuditLog audit;

    Proposals(JdbcClient jdbc, RoundQueries rounds, ProgrammeAccess access, Membership membership, Organisations organisations,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.access = access;
        this.membership = membership;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** @param council the proposing council's slug: admins only (editors propose for their own council) */
    record Submit(String council, String title, String problem, String workstream, String businessCase,
            String businessCaseDetail, String estimatedSaving, String estimatedCost, String timescaleMonths,
            List<String> councilsAffected, List<String> principles) {
    }

    @Transactional
    public RoundQueries.ProposalRow submit(RoundQueries.Round shown, Submit command, Viewer viewer) {
        access.requirePropose(viewer, shown.year());
        RoundQueries.Round round = rounds.lock(shown.id());
        if (round.status() != RoundStatus.PROPOSALS) {
            throw new InvalidInputException("title", "The " + round.name() + " is no longer taking proposals");
        }
        FormErrors errors = new FormErrors();
        Organisation council = proposingCouncil(errors, round, command.council(), viewer);
        String title = Inputs.text(errors, "title", "Title", command.title(), 150, "Enter a title for the project");
        String problem = Inputs.text(errors, "problem", "Problem", command.problem(), 5000, "Enter the problem the project will solve");
        Integer workstream = workstream(errors, command.workstream());
        BusinessCase businessCase = Arrays.stream(BusinessCase.values())
                .filter(b -> b.name().equals(Inputs.strip(command.businessCase()))).findFirst().orElse(null);
        if (businessCase == null) {
            errors.add("businessCase", "Select the kind of business case");
        }
        String detail = Inputs.text(errors, "businessCaseDetail", "Business case", command.businessCaseDetail(), 5000,
                "Enter the business case");
        Optional<Long> saving = Optional.empty();
        if (businessCase == BusinessCase.CASHABLE || !Inputs.strip(command.estimatedSaving()).isEmpty()) {
            saving = MoneyInput.pence(errors, "estimatedSaving", "Estimated saving", command.estimatedSaving(), false);
        }
        Optional<Long> cost = MoneyInput.pence(errors, "estimatedCost", "Estimated cost", command.estimatedCost(), false);
        Optional<Long> months = Inputs.whole(errors, "timescaleMonths", "Timescale", command.timescaleMonths(), 1, 60);
        List<Organisation> affected = councilsAffected(errors, command.councilsAffected());
        List<Integer> principles = principles(errors, command.principles());
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        String slug = Slugs.unique(title, rounds::slugTaken);
        long id = jdbc.sql("""
                INSERT INTO programme_proposal (round_id, slug, organisation_id, title, problem, business_case,
                    business_case_detail, estimated_saving, estimated_cost, timescale_months, workstream_number, submitted_by_name)
                VALUES (:round, :slug, :organisation, :title, :problem, :case, :detail, :saving, :cost, :months, :workstream, :by)
                RETURNING id
                """).param("round", round.id()).param("slug", slug).param("organisation", council.id()).param("title", title)
                .param("problem", problem).param("case", businessCase.name()).param("detail", detail)
                .param("saving", businessCase == BusinessCase.CASHABLE ? saving.get() : null).param("cost", cost.get())
                .param("months", months.get().intValue()).param("workstream", workstream).param("by", viewer.name())
                .query(Long.class).single();
        for (Organisation o : affected) {
            jdbc.sql("INSERT INTO proposal_council (proposal_id, organisation_id) VALUES (:p, :o)").param("p", id)
                    .param("o", o.id()).update();
        }
        for (Integer n : principles) {
            jdbc.sql("INSERT INTO proposal_principle (proposal_id, principle_number) VALUES (:p, :n)").param("p", id)
                    .param("n", n).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", round.name());
        after.put("title", title);
        after.put("businessCase", businessCase.label());
        after.put("estimatedSaving", businessCase == BusinessCase.CASHABLE ? Pounds.format(saving.get()) : null);
        after.put("estimatedCost", Pounds.format(cost.get()));
        after.put("timescaleMonths", months.get());
        after.put("workstream", workstream);
        after.put("councilsAffected", affected.stream().map(Organisation::name).toList());
        after.put("principles", principles);
        audit.record(new Change(viewer.actor(), council.id(), council.name(), "programme-proposal", slug, "created",
                council.name() + " proposed '" + title + "' in the " + round.name(), null, after));
        return rounds.proposal(slug, viewer).orElseThrow();
    }

    @Transactional
    public void shortlist(RoundQueries.Round shown, String proposalSlug, boolean shortlisted, Viewer viewer) {
        access.requireAdmin(viewer, "shortlists proposals");
        RoundQueries.Round round = rounds.lock(shown.id());
        RoundQueries.ProposalRow proposal = rounds.proposal(proposalSlug, viewer).filter(p -> p.roundId() == round.id())
                .orElseThrow(() -> new NotFoundException("There is no proposal at this address in the " + round.name() + "."));
        if (round.status() != RoundStatus.PROPOSALS) {
            throw new InvalidInputException("shortlist", "The shortlist is fixed once voting opens");
        }
        if (proposal.shortlisted() == shortlisted) {
            return;
        }
        jdbc.sql("UPDATE programme_proposal SET shortlisted = :s WHERE id = :id").param("s", shortlisted)
                .param("id", proposal.id()).update();
        audit.record(new Change(viewer.actor(), proposal.organisationId(), proposal.organisationName(), "programme-proposal",
                proposal.slug(), shortlisted ? "shortlisted" : "removed-from-shortlist",
                (shortlisted ? "Shortlisted '" : "Took off the shortlist '") + proposal.title() + "' in the " + round.name(),
                Map.of("shortlisted", !shortlisted), Map.of("shortlisted", shortlisted)));
    }

    private Organisation proposingCouncil(FormErrors errors, RoundQueries.Round round, String typed, Viewer viewer) {
        if (!viewer.isAdmin()) {
            return organisations.find(viewer.organisationId()).orElseThrow();
        }
        String slug = Inputs.strip(typed);
        Optional<Organisation> council = slug.isEmpty() ? Optional.empty() : organisations.find(slug)
                .filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY);
        if (council.isEmpty()) {
            errors.add("council", "Select the council proposing the project");
            return null;
        }
        if (!membership.isCore(council.get().id(), round.year())) {
            errors.add("council", council.get().name() + " is not Core LOTI in " + round.year().label()
                    + ": only Core councils propose exemplar projects");
        }
        return council.get();
    }

    private static Integer workstream(FormErrors errors, String typed) {
        String value = Inputs.strip(typed);
        if (value.matches("[1-6]")) {
            return Integer.parseInt(value);
        }
        errors.add("workstream", "Select the workstream the project belongs to");
        return null;
    }

    private List<Organisation> councilsAffected(FormErrors errors, List<String> slugs) {
        Set<String> wanted = new LinkedHashSet<>(slugs == null ? List.of() : slugs.stream().map(Inputs::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (wanted.isEmpty()) {
            errors.add("councilsAffected", "Select the councils the project affects");
            return List.of();
        }
        List<Organisation> out = new ArrayList<>();
        for (String slug : wanted) {
            Optional<Organisation> o = organisations.find(slug).filter(x -> x.kind() == OrganisationKind.LONDON_AUTHORITY);
            if (o.isEmpty()) {
                errors.add("councilsAffected", "Select councils from the list");
                return List.of();
            }
            out.add(o.get());
        }
        return out;
    }

    private static List<Integer> principles(FormErrors errors, List<String> typed) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String value : typed == null ? List.<String>of() : typed) {
            String v = Inputs.strip(value);
            if (!v.matches("[1-5]")) {
                errors.add("principles", "Select principles from the list");
                return List.of();
            }
            out.add(Integer.parseInt(v));
        }
        if (out.isEmpty()) {
            errors.add("principles", "Select the Local Digital Declaration principles the project serves");
        }
        return out.stream().sorted().toList();
    }
}
