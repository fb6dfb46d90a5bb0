package london.loti.hub.accounts;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;

class AccountsAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /sign-in", OK, OK, OK, OK, OK),
                AccessRows.row("GET /admin", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /admin/invitations", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /admin/invitations/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /admin/invitations/new email=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /invitations/not-a-token", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /invitations/not-a-token fullName=", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /organisations/{this}/api-tokens", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /organisations/{this}/api-tokens name=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /organisations/{this}/api-tokens/0/revoke", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND));
    }
}
