package london.loti.hub.funding;

import java.util.List;
import java.util.Optional;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.Membership;
import org.springframework.stereotype.Component;

/** Builds the plan's years from the stored figures and the Core councils committed in each year. */
@Component
class Plans {

    private final FundingQueries queries;
    private final Membership membership;

    Plans(FundingQueries queries, Membership membership) {
        this.queries = queries;
        this.membership = membership;
    }

    List<YearPlan> all() {
        var commitments = queries.commitments();
        return queries.years().stream().map(row -> plan(row, commitments)).toList();
    }

    Optional<YearPlan> year(FinancialYear year) {
        return queries.years().stream().filter(row -> row.startYear() == year.startYear()).findFirst()
                .map(row -> plan(row, queries.commitments()));
    }

    private YearPlan plan(FundingQueries.YearRow row, List<FunderCommitment> commitments) {
        FinancialYear year = new FinancialYear(row.startYear());
        return new YearPlan(year, row.programmeYear(), row.reviewPointAfter(), row.councilContribution(),
                membership.coreCouncilCount(year), income(commitments, FunderCommitment.FunderKind.GLA, year),
                income(commitments, FunderCommitment.FunderKind.LONDON_COUNCILS, year),
                income(commitments, FunderCommitment.FunderKind.PARTNER, year), queries.lines(year));
    }

    private static long income(List<FunderCommitment> commitments, FunderCommitment.FunderKind kind, FinancialYear year) {
        return commitments.stream().filter(c -> c.kind() == kind).mapToLong(c -> c.amountIn(year)).sum();
    }
}
