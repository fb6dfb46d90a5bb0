package london.loti.hub.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import london.loti.hub.accounts.AccountDirectory;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Core LOTI membership, for other modules. A London council is Core in a financial year when all five
 * {@link Commitment commitments} are evidenced for that year; every other council is in the free tier. The status
 * is computed from the recorded commitments each time it is asked for, never stored.
 *
 * <p>A council's core representatives are its accounts with {@link Role#CORE_REPRESENTATIVE}: they cast the
 * council's ballot (programme) and see the programme's finances (funding).
 */
@Service
@Transactional(readOnly = true)
public class Membership {

    /** A council that is Core LOTI in a year. */
    public record CoreCouncil(long organisationId, String slug, String name) {
    }

    /** An account that represents a Core council. */
    public record Representative(long accountId, String name, String email) {
    }

    private final MembershipQueries queries;
    private final AccountDirectory accounts;
    private final Clock clock;

    Membership(MembershipQueries queries, AccountDirectory accounts, Clock clock) {
        this.queries = queries;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the organisation is a Core LOTI council in the year. */
    public boolean isCore(long organisationId, FinancialYear year) {
        return queries.status(organisationId, year).core();
    }

    /** The council's checklist for the year: what is evidenced and what is missing. */
    public CoreStatus status(long organisationId, FinancialYear year) {
        return queries.status(organisationId, year);
    }

    /** The Core councils of the year, by name. */
    public List<CoreCouncil> coreCouncils(FinancialYear year) {
        Set<Long> ids = Set.copyOf(queries.coreCouncilIds(year));
        return queries.councils(year).stream().filter(c -> ids.contains(c.organisationId()))
                .map(c -> new CoreCouncil(c.organisationId(), c.slug(), c.name())).toList();
    }

    /** How many councils are Core in the year: what the programme's viability is computed from. */
    public int coreCouncilCount(FinancialYear year) {
        return queries.coreCouncilIds(year).size();
    }

    /** The council's core representatives (whether or not the council is Core now), by name. */
    public List<Representative> coreRepresentatives(long organisationId) {
        return accounts.withRole(organisationId, Role.CORE_REPRESENTATIVE).stream()
                .map(a -> new Representative(a.id(), a.displayName(), a.email())).toList();
    }

    /** Whether the viewer is a core representative of a council that is Core in the year. */
    public boolean isCoreRepresentative(Viewer viewer, FinancialYear year) {
        return viewer.role() == Role.CORE_REPRESENTATIVE && !viewer.apiToken() && viewer.organisationId() != null
                && isCore(viewer.organisationId(), year);
    }

    /** Whether the viewer is a core representative of a council that is Core in any year up to the current one. */
    public boolean isCoreRepresentativeOfACoreCouncil(Viewer viewer) {
        if (viewer.role() != Role.CORE_REPRESENTATIVE || viewer.apiToken() || viewer.organisationId() == null) {
            return false;
        }
        return years().stream().anyMatch(year -> isCore(viewer.organisationId(), year));
    }

    /** The financial year it is now, in London. */
    public FinancialYear currentYear() {
        return FinancialYear.containing(LocalDate.now(clock));
    }

    /** The years membership pages offer: from the first year any commitment covers to the current year. */
    public List<FinancialYear> years() {
        FinancialYear current = currentYear();
        int first = Math.min(queries.firstYear().orElse(current.startYear()), current.startYear());
        return java.util.stream.IntStream.rangeClosed(first, current.startYear()).mapToObj(FinancialYear::new).toList();
    }

    /** The year membership pages show first: the latest year up to now with a Core council, else the current year. */
    public FinancialYear defaultYear() {
        List<FinancialYear> years = years();
        for (int i = years.size() - 1; i >= 0; i--) {
            if (coreCouncilCount(years.get(i)) > 0) {
                return years.get(i);
            }
        }
        return currentYear();
    }
}
