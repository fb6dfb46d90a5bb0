package london.loti.hub.programme;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each Core council's one ballot in a round, cast and changed by its core representative while voting is open. A
 * second ballot from the same council is refused, as is a change made from a page opened before another change; the
 * ballot is checked against the round's method ({@link BallotPaper}). What a ballot says is never audited or shown
 * to anyone but its council before the round closes.
 */
@Service
public class Ballots {

    private final JdbcClient jdbc;
    private final RoundQueries rounds;
    private final ProgrammeAccess access;
    private final Organisations organisations;
    private final AuditLog audit;

    Ballots(JdbcClient jdbc, RoundQueries rounds, ProgrammeAccess access, Organisations organisations, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * @param paper the ballot as typed, read when it is checked (reading it may reject it)
     * @param expectedVersion 0 to cast the council's first ballot; the version shown to change it; null to change
     *        whatever ballot the council has (the API's PUT)
     */
    record Cast(Supplier<BallotPaper> paper, Integer expectedVersion) {
    }

    /** Casts or changes the viewer's council's one ballot; returns the ballot's version. */
    @Transactional
    public int cast(RoundQueries.Round shown, Cast command, Viewer viewer) {
        access.requireVote(viewer, shown.year());
        RoundQueries.Round round = rounds.lock(shown.id());
        long council = viewer.organisationId();
        String councilName = organisations.find(council).map(Organisation::name).orElse("Your council");
        if (round.status() == RoundStatus.CLOSED) {
            throw new InvalidInputException("ballot", "The " + round.name() + " has closed: ballots can no longer be cast or changed");
        }
        if (round.status() != RoundStatus.VOTING) {
            throw new InvalidInputException("ballot", "Voting in the " + round.name() + " has not opened yet");
        }
        Optional<RoundQueries.BallotRow> existing = rounds.ballot(round.id(), council);
        Integer expected = command.expectedVersion();
        if (expected != null && expected == 0 && existing.isPresent()) {
            throw new InvalidInputException("ballot", councilName + " has already cast its ballot in this round, so a second "
                    + "was not saved. Its ballot is shown below: change it if you need to");
        }
        if (expected != null && expected > 0 && existing.map(b -> b.version() != expected).orElse(true)) {
            throw new InvalidInputException("ballot", councilName + "'s ballot was changed"
                    + existing.map(b -> " by " + b.castByName()).orElse("") + " since you opened this page, so your change "
                    + "was not saved. Its ballot is shown below: change it if you need to");
        }
        if (expected == null && existing.isEmpty()) {
            throw new InvalidInputException("ballot", councilName + " has no ballot to change in this round: cast one first");
        }
        List<RoundQueries.ProposalRow> shortlist = rounds.shortlist(round.id());
        BallotPaper paper;
        try {
            paper = command.paper().get().check(shortlist.stream().map(RoundQueries.ProposalRow::id).toList(),
                    round.method(), round.pointsPerBallot());
        } catch (BallotPaper.Rejected e) {
            throw new InvalidInputException(e.proposalId() == null ? "ballot" : "choice-" + e.proposalId(), e.getMessage());
        }
        long ballotId;
        int version;
        if (existing.isEmpty()) {
            Optional<Long> inserted = jdbc.sql("""
                    INSERT INTO programme_ballot (round_id, organisation_id, cast_by_account_id, cast_by_name)
                    VALUES (:round, :organisation, :account, :by) ON CONFLICT (round_id, organisation_id) DO NOTHING RETURNING id
                    """).param("round", round.id()).param("organisation", council).param("account", viewer.accountId())
                    .param("by", viewer.name()).query(Long.class).optional();
            ballotId = inserted.orElseThrow(() -> new InvalidInputException("ballot", councilName
                    + " has already cast its ballot in this round, so a second was not saved"));
            version = 1;
        } else {
            ballotId = existing.get().id();
            version = existing.get().version() + 1;
            jdbc.sql("""
                    UPDATE programme_ballot SET version = :version, cast_by_account_id = :account, cast_by_name = :by,
                           changed_at = now() WHERE id = :id
                    """).param("version", version).param("account", viewer.accountId()).param("by", viewer.name())
                    .param("id", ballotId).update();
            jdbc.sql("DELETE FROM ballot_choice WHERE ballot_id = :id").param("id", ballotId).update();
        }
        if (paper instanceof BallotPaper.Ranked ranked) {
            int preference = 1;
            for (Long proposal : ranked.preferences()) {
                jdbc.sql("INSERT INTO ballot_choice (ballot_id, proposal_id, preference) VALUES (:b, :p, :n)")
                        .param("b", ballotId).param("p", proposal).param("n", preference++).update();
            }
        } else {
            for (var entry : ((BallotPaper.Points) paper).points().entrySet()) {
                if (entry.getValue() > 0) {
                    jdbc.sql("INSERT INTO ballot_choice (ballot_id, proposal_id, points) VALUES (:b, :p, :n)")
                            .param("b", ballotId).param("p", entry.getKey()).param("n", entry.getValue()).update();
                }
            }
        }
        // What the ballot says stays out of the audit record: nobody but the council sees it before the close.
        audit.record(new Change(viewer.actor(), council, councilName, "programme-ballot", round.slug() + "/" + council,
                version == 1 ? "cast" : "changed", (version == 1 ? "Cast " : "Changed ") + councilName + "'s ballot in the "
                        + round.name(), version == 1 ? null : Map.of("version", version - 1), Map.of("version", version)));
        return version;
    }
}
