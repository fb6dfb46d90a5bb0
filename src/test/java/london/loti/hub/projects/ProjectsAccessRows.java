package london.loti.hub.projects;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.INVALID;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;
import static london.loti.hub.support.Outcome.UNAUTHORISED;

/**
 * The register's endpoints. Demo projects 4 (Camden's, public, owned by Camden's editor), 6 (Camden's, for its own
 * organisation only) and 7 (Hackney's, for members) are the records; forms are posted invalid, so nothing changes.
 */
class ProjectsAccessRows implements AccessRows {

    private static final String TOO_LONG = "x".repeat(5001);

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /projects", OK, OK, OK, OK, OK),
                AccessRows.row("GET /projects?phase=beta&organisation={this}", OK, OK, OK, OK, OK),
                AccessRows.row("GET /projects/export.csv", OK, OK, OK, OK, OK),
                AccessRows.row("GET /projects/4", OK, OK, OK, OK, OK),
                AccessRows.row("GET /projects/6", NOT_FOUND, OK, NOT_FOUND, OK, OK),
                AccessRows.row("GET /projects/7", NOT_FOUND, OK, OK, OK, OK),
                AccessRows.row("GET /projects/new", SIGN_IN, FORBIDDEN, OK, OK, OK),
                AccessRows.row("POST /projects/new title=", SIGN_IN, FORBIDDEN, OK, OK, OK),
                AccessRows.row("GET /projects/4/edit", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /projects/4/edit title=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET /projects/6/edit", NOT_FOUND, FORBIDDEN, NOT_FOUND, OK, OK),
                AccessRows.row("POST /projects/6/edit title=", NOT_FOUND, FORBIDDEN, NOT_FOUND, OK, OK),
                AccessRows.row("GET /projects/4/updates/new", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /projects/4/updates/new update=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET /projects/4/close", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /projects/4/close note=" + TOO_LONG, SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET /projects/4/assets/new", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /projects/4/assets/new kind=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /projects/4/assets/0/remove", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /projects/999999/follow", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /projects/999999/unfollow", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /projects/4/join", SIGN_IN, OK, OK, OK, OK),
                AccessRows.row("POST /projects/4/join message=" + TOO_LONG, SIGN_IN, OK, OK, OK, OK),
                AccessRows.row("POST /projects/4/join-requests/0/accept", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /projects/4/join-requests/0/decline", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /projects/activity", OK, OK, OK, OK, OK),
                AccessRows.row("GET /projects/activity?following=yes", SIGN_IN, OK, OK, OK, OK),
                AccessRows.row("GET /projects/coalitions?problem=repairs", OK, OK, OK, OK, OK),
                AccessRows.row("GET /projects/coalitions?project=6", NOT_FOUND, OK, NOT_FOUND, OK, OK),
                AccessRows.row("GET /projects/import", SIGN_IN, FORBIDDEN, OK, OK, OK),
                AccessRows.row("POST /projects/import organisation=", SIGN_IN, FORBIDDEN, OK, OK, OK),
                AccessRows.row("GET /projects/import/0", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /projects/import/0", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /api/v1/projects", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/projects/4", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/projects/6", NOT_FOUND, OK, NOT_FOUND, OK, OK),
                AccessRows.row("GET /api/v1/projects/4/updates", OK, OK, OK, OK, OK),
                AccessRows.row("POST /api/v1/projects", UNAUTHORISED, FORBIDDEN, INVALID, INVALID, INVALID),
                AccessRows.row("PUT /api/v1/projects/4", UNAUTHORISED, FORBIDDEN, FORBIDDEN, INVALID, INVALID),
                AccessRows.row("PUT /api/v1/projects/6", NOT_FOUND, FORBIDDEN, NOT_FOUND, INVALID, INVALID),
                AccessRows.row("POST /api/v1/projects/4/updates", UNAUTHORISED, FORBIDDEN, FORBIDDEN, INVALID, INVALID));
    }
}
