package london.loti.hub.web;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;

class WebAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /", OK, OK, OK, OK, OK),
                AccessRows.row("GET /no-such-page", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                AccessRows.row("GET /actuator/health/liveness", OK, OK, OK, OK, OK),
                AccessRows.row("GET /actuator/health/readiness", OK, OK, OK, OK, OK),
                AccessRows.row("GET /actuator/prometheus", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /api/docs", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/docs/openapi.json", OK, OK, OK, OK, OK));
    }
}
