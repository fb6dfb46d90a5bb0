package london.loti.hub.techmap;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.INVALID;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;
import static london.loti.hub.support.Outcome.UNAUTHORISED;

/**
 * Every technology map endpoint. Product, supplier and contract 1 are the first of the demo data (public).
 * Changing a real contract of this council or another is checked in {@code ContractEditingIT}.
 */
class TechMapAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /techmap", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/products", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/products/1", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/products/1/renewals.ics", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/suppliers", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/suppliers/1", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/councils", OK, OK, OK, OK, OK),
                AccessRows.row("GET /admin/supplier-claims", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /admin/supplier-claims?supplier=1", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /admin/supplier-claims?supplier=x", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID),
                AccessRows.row("POST /admin/supplier-claims/0/accept", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                AccessRows.row("POST /admin/supplier-claims/0/dismiss", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                AccessRows.row("GET /techmap/councils/{this}", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/councils/{this}/renewals.ics", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/councils/{this}/contracts.csv", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/councils/{this}/ocds.json", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/contracts/1", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/councils/{this}/contracts/new", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /techmap/councils/{this}/contracts/new title=", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET /techmap/contracts/0/edit", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /techmap/contracts/0/edit title=", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /techmap/contracts/0/delete", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /techmap/councils/{this}/import", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /techmap/councils/{this}/import", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET /techmap/councils/{this}/imports/0", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /techmap/councils/{this}/imports/0/check reference=", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("POST /techmap/councils/{this}/imports/0/commit", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /techmap/renewals", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/joint-procurement", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/concentration", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/satisfaction", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/skills", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/skills/matches", OK, OK, OK, OK, OK),
                AccessRows.row("GET /techmap/councils/{this}/skills", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("POST /techmap/councils/{this}/skills DATA_ANALYSIS=BOGUS", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK),
                AccessRows.row("GET /api/v1/techmap/contracts", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/techmap/contracts/1", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/techmap/products", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/techmap/suppliers", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/techmap/joint-procurement", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/techmap/councils/{this}/ocds", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/techmap/councils/{this}/skills", OK, OK, OK, OK, OK),
                AccessRows.row("PUT /api/v1/techmap/councils/{this}/contracts", UNAUTHORISED, FORBIDDEN, FORBIDDEN, INVALID, INVALID));
    }
}
