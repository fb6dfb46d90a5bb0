package london.loti.hub.members;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.INVALID;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;
import static london.loti.hub.support.Outcome.UNAUTHORISED;

/** Membership, Core commitments, founding-member invitations and people. */
class MembershipAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /members", OK, OK, OK, OK, OK),
                AccessRows.row("GET /members/{this}", OK, OK, OK, OK, OK),
                AccessRows.row("GET /members/{this}/commitments/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /members/{this}/commitments/new note=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /members/{this}/commitments/0/withdraw", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                AccessRows.row("GET /members/{this}/commitments/0/evidence", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /members/invitations", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /members/invitations/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /members/invitations/new email=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /members/invitations/0/reply reply=", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /people", SIGN_IN, OK, OK, OK, OK),
                AccessRows.row("GET /people/0", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /people/0/edit", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /people/0/edit fullName=", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /api/v1/members", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/members/{this}", OK, OK, OK, OK, OK),
                AccessRows.row("POST /api/v1/members/{this}/commitments", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("GET /api/v1/people", UNAUTHORISED, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/people/0", UNAUTHORISED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }
}
