package london.loti.hub.bench;

import java.util.List;

/**
 * A module's figures. Each module puts one implementation in its test package (such as
 * {@code members.MembersBenchFigures}); the bench finds them all on the class path and measures them in the
 * order of {@link FigureId}, one after another, on the same running LOTI Hub.
 */
public interface BenchFigures {

    List<Figure> figures();
}
