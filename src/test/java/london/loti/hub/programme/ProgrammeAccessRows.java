package london.loti.hub.programme;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.INVALID;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;
import static london.loti.hub.support.Outcome.UNAUTHORISED;

/**
 * The programme's endpoints. In the demo, Camden and Hackney are both Core LOTI from 2019/20 to 2021/22, so both
 * editors may propose; the 2019/20 round is closed, the 2021/22 round is taking proposals; Camden owns the Pan
 * London Planning Data Initiative. Only core representatives vote, a role the matrix has no column for: their
 * access is tested in {@code BallotAccessIT}.
 */
class ProgrammeAccessRows implements AccessRows {

    static final String WORKSTREAM = "/programme/workstreams/collective-knowledge";
    static final String PROJECT = "/programme/projects/pan-london-planning-data-initiative";

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /programme", OK, OK, OK, OK, OK),
                AccessRows.row("GET " + WORKSTREAM, OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/workstreams/narnia", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET " + WORKSTREAM + "/activities/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST " + WORKSTREAM + "/activities/new title=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET " + WORKSTREAM + "/measure/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST " + WORKSTREAM + "/measure/new value=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET " + WORKSTREAM + "/leads", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST " + WORKSTREAM + "/leads leads=narnia", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),

                AccessRows.row("GET /programme/rounds/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /programme/rounds/new financialYear=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /programme/rounds/2019-20", OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/rounds/2021-22", OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/rounds/1999-00", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /programme/rounds/2019-20/open-voting", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /programme/rounds/2019-20/close", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /programme/rounds/2019-20/results", OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/rounds/2021-22/results", OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/rounds/2021-22/proposals/new", SIGN_IN, FORBIDDEN, OK, OK, OK),
                AccessRows.row("POST /programme/rounds/2021-22/proposals/new title=", SIGN_IN, FORBIDDEN, OK, OK, OK),
                AccessRows.row("GET /programme/rounds/2019-20/proposals/open-standards-platform", OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/rounds/2019-20/proposals/narnia", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /programme/rounds/2019-20/proposals/open-standards-platform/shortlist shortlisted=true",
                        SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /programme/rounds/2021-22/ballot", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRows.row("POST /programme/rounds/2021-22/ballot version=0", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),

                AccessRows.row("GET /programme/projects", OK, OK, OK, OK, OK),
                AccessRows.row("GET " + PROJECT, OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/projects/narnia", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET " + PROJECT + "/updates/new", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST " + PROJECT + "/updates/new body=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET " + PROJECT + "/milestones/new", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST " + PROJECT + "/milestones/new title=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST " + PROJECT + "/milestones/0/done", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET " + PROJECT + "/participants", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST " + PROJECT + "/participants officerDays=-1", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET " + PROJECT + "/benefits/new", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST " + PROJECT + "/benefits/new expected=-5", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET " + PROJECT + "/benefits/0", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST " + PROJECT + "/benefits/0 expected=-5", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /programme/benefits", OK, OK, OK, OK, OK),
                AccessRows.row("GET /programme/benefits.csv", OK, OK, OK, OK, OK),

                AccessRows.row("GET /api/v1/programme/workstreams", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/programme/workstreams/collective-knowledge/activities", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/programme/projects", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/programme/projects/pan-london-planning-data-initiative", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/programme/benefits", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/programme/rounds", OK, OK, OK, OK, OK),
                AccessRows.row("POST /api/v1/programme/rounds", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("GET /api/v1/programme/rounds/2019-20", OK, OK, OK, OK, OK),
                AccessRows.row("POST /api/v1/programme/rounds/2019-20/open-voting", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("POST /api/v1/programme/rounds/2019-20/close", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("GET /api/v1/programme/rounds/2019-20/proposals", OK, OK, OK, OK, OK),
                AccessRows.row("POST /api/v1/programme/rounds/2021-22/proposals", UNAUTHORISED, FORBIDDEN, INVALID, INVALID, INVALID),
                AccessRows.row("GET /api/v1/programme/rounds/2019-20/proposals/open-standards-platform", OK, OK, OK, OK, OK),
                AccessRows.row("POST /api/v1/programme/rounds/2019-20/proposals/open-standards-platform/shortlist",
                        UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("GET /api/v1/programme/rounds/2021-22/ballot", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRows.row("POST /api/v1/programme/rounds/2021-22/ballot", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRows.row("PUT /api/v1/programme/rounds/2021-22/ballot", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRows.row("GET /api/v1/programme/rounds/2019-20/results", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/programme/rounds/2021-22/results", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }
}
