package london.loti.hub.members;

import java.util.List;
import london.loti.hub.support.AccessRows;

import static london.loti.hub.support.Outcome.OK;

class MembersAccessRows implements AccessRows {

    @Override
    public List<Row> rows() {
        return List.of(
                AccessRows.row("GET /organisations", OK, OK, OK, OK, OK),
                AccessRows.row("GET /organisations/{this}", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/organisations", OK, OK, OK, OK, OK),
                AccessRows.row("GET /api/v1/organisations/{this}", OK, OK, OK, OK, OK));
    }
}
