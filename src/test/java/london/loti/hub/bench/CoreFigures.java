package london.loti.hub.bench;

import java.util.List;

/** W1 and W2: what any request costs, before any page does its work. */
class CoreFigures implements BenchFigures {

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure(FigureId.W1, "GET " + BenchServer.NO_OP + ", a handler that answers 204 and does nothing"
                        + " (registered by the bench only), measured alone", bench -> bench.alone(bench.w1())),
                new Figure(FigureId.W2, "GET " + BenchServer.NO_OP + " with the session cookie of a member who signed"
                        + " in through the sign-in form, one member a client",
                        bench -> bench.againstW1(bench.noOp("W2", bench.members()))));
    }
}
