package london.loti.hub.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Core council's own ballot in a round, for its core representative signed in as a person: read it, cast it
 * once, change it until the round closes. Nobody reads another council's ballot.
 */
@RestController
@RequestMapping("/api/v1/programme/rounds")
@Tag(name = "Prioritisation rounds")
class BallotApi {

    /** Ranked choice: {@code ranking}, proposal slugs with the first choice first. Points: {@code points} by proposal slug. */
    record BallotRequest(List<String> ranking, Map<String, Integer> points) {
    }

    record BallotView(String round, String council, int version, String castBy, java.time.OffsetDateTime changedAt,
            List<String> ranking, Map<String, Integer> points) {
    }

    private final RoundQueries rounds;
    private final Ballots ballots;
    private final ProgrammeAccess access;
    private final Organisations organisations;

    BallotApi(RoundQueries rounds, Ballots ballots, ProgrammeAccess access, Organisations organisations) {
        this.rounds = rounds;
        this.ballots = ballots;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/{round}/ballot")
    @Operation(summary = "Your council's own ballot in the round (its core representative only)")
    BallotView ballot(Viewer viewer, @PathVariable String round) {
        var r = RoundController.round(rounds, round, viewer);
        access.requireVote(viewer, r.year());
        var ballot = rounds.ballot(r.id(), viewer.organisationId())
                .orElseThrow(() -> new NotFoundException("Your council has not cast a ballot in the " + r.name() + "."));
        return ballotView(r, ballot);
    }

    @PostMapping("/{round}/ballot")
    @Operation(summary = "Cast your council's one ballot (its core representative only); refused if it has one already")
    ResponseEntity<BallotView> cast(Viewer viewer, @PathVariable String round, @RequestBody(required = false) BallotRequest body) {
        var r = RoundController.round(rounds, round, viewer);
        access.requireVote(viewer, r.year());
        castOrChange(r, body, 0, viewer);
        var ballot = rounds.ballot(r.id(), viewer.organisationId()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/programme/rounds/" + r.slug() + "/ballot")).body(ballotView(r, ballot));
    }

    @PutMapping("/{round}/ballot")
    @Operation(summary = "Change your council's ballot until the round closes (its core representative only)")
    BallotView change(Viewer viewer, @PathVariable String round, @RequestBody(required = false) BallotRequest body) {
        var r = RoundController.round(rounds, round, viewer);
        access.requireVote(viewer, r.year());
        castOrChange(r, body, null, viewer);
        return ballotView(r, rounds.ballot(r.id(), viewer.organisationId()).orElseThrow());
    }

    private void castOrChange(RoundQueries.Round round, BallotRequest body, Integer version, Viewer viewer) {
        var request = body != null ? body : new BallotRequest(null, null);
        Map<String, Long> ids = new LinkedHashMap<>();
        rounds.shortlist(round.id()).forEach(p -> ids.put(p.slug(), p.id()));
        long[] unknown = {-1};
        try {
            ballots.cast(round, new Ballots.Cast(() -> {
                if (round.method() == VotingMethod.RANKED_CHOICE) {
                    List<Long> preferences = new ArrayList<>();
                    for (String slug : request.ranking() == null ? List.<String>of() : request.ranking()) {
                        preferences.add(ids.containsKey(slug) ? ids.get(slug) : unknown[0]--);
                    }
                    return BallotPaper.ranked(preferences);
                }
                Map<Long, String> points = new LinkedHashMap<>();
                if (request.points() != null) {
                    request.points().forEach((slug, p) -> points.put(ids.containsKey(slug) ? ids.get(slug) : unknown[0]--,
                            p == null ? "" : String.valueOf(p)));
                }
                return BallotPaper.points(points);
            }, version), viewer);
        } catch (InvalidInputException e) {
            FormErrors renamed = new FormErrors();
            String field = round.method() == VotingMethod.RANKED_CHOICE ? "ranking" : "points";
            e.errors().all().forEach((key, message) -> renamed.add(key.startsWith("choice-") ? field : key, message));
            throw new InvalidInputException(renamed);
        }
    }

    private BallotView ballotView(RoundQueries.Round round, RoundQueries.BallotRow ballot) {
        Map<Long, String> slugs = new LinkedHashMap<>();
        rounds.shortlist(round.id()).forEach(p -> slugs.put(p.id(), p.slug()));
        List<String> ranking = new ArrayList<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (var choice : rounds.choices(ballot.id())) {
            if (choice.preference() != null) {
                ranking.add(slugs.get(choice.proposalId()));
            } else {
                points.put(slugs.get(choice.proposalId()), choice.points());
            }
        }
        String council = organisations.find(ballot.organisationId()).map(o -> o.slug()).orElse("");
        return new BallotView(round.slug(), council, ballot.version(), ballot.castByName(), ballot.changedAt(),
                round.method() == VotingMethod.RANKED_CHOICE ? ranking : null,
                round.method() == VotingMethod.POINTS ? points : null);
    }
}
