package london.loti.hub.search;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.OK;

class SearchAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /search", OK, OK, OK, OK, OK),
                AccessRows.row("GET /search?q=repairs", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/search?q=repairs", OK, OK, OK, OK, OK));
    }
}
