package london.loti.hub.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import london.loti.hub.calendar.LondonClock;

/**
 * The clock of the integration tests: the real time in London, until a test moves it on to see what happens
 * after 60 or 90 days. A test that moves it calls {@link #reset()} when it finishes.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return LondonClock.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("LOTI Hub keeps London time");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
