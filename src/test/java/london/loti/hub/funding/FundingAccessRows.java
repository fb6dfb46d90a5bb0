package london.loti.hub.funding;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.INVALID;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;
import static london.loti.hub.support.Outcome.UNAUTHORISED;

/**
 * Finance is for admins and Core councils' representatives (none of the matrix's users is one: FundingAccessIT
 * covers them); a council's editors see its own invoices; only admins change anything.
 */
class FundingAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /funding", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /funding/years/2019-20", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /funding/lines/0/edit", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                AccessRows.row("POST /funding/lines/0/edit amount=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                AccessRows.row("GET /funding/scenarios/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /funding/scenarios/new name=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /funding/scenarios/0", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                AccessRows.row("GET /funding/commitments/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /funding/commitments/new annualAmount=30k", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /funding/invoices", SIGN_IN, FORBIDDEN, OK, OK, OK),
                AccessRows.row("GET /funding/invoices/new", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /funding/invoices/new amount=-1", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /funding/invoices/0", SIGN_IN, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /funding/invoices/0/payments amount=", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                AccessRows.row("GET /api/v1/funding/years", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /api/v1/funding/years/2019-20", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("POST /api/v1/funding/scenarios/evaluate", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("GET /api/v1/funding/invoices", UNAUTHORISED, FORBIDDEN, OK, OK, OK),
                AccessRows.row("POST /api/v1/funding/commitments", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("POST /api/v1/funding/invoices", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("POST /api/v1/funding/invoices/0/payments", UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
    }
}
