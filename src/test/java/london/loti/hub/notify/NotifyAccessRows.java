package london.loti.hub.notify;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.FORBIDDEN;
import static london.loti.hub.support.Outcome.NOT_FOUND;
import static london.loti.hub.support.Outcome.OK;
import static london.loti.hub.support.Outcome.SIGN_IN;

class NotifyAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /admin/outbox", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                AccessRows.row("GET /admin/outbox/0", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
    }
}
