package org.nineplus.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The round timer on a clock moved by hand: no test waits on real time. */
class RoundTimerTest {

    /** A clock of nanoseconds that only moves when told to. */
    private static final class HandClock {
        long nanos = 1_000_000_000L;

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final HandClock clock = new HandClock();
    private final RoundTimer timer = new RoundTimer(() -> clock.nanos);

    @Test
    void aFreshTimerShowsFiveMinutesPausedAndDoesNotCount() {
        assertThat(timer.roundLength()).isEqualTo(Duration.ofMinutes(5));
        assertThat(timer.display()).isEqualTo("05:00");
        assertThat(timer.isRunning()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void startCountsDownWithTheClock() {
        timer.start();
        clock.advance(Duration.ofSeconds(61));
        assertThat(timer.isRunning()).isTrue();
        assertThat(timer.remaining()).isEqualTo(Duration.ofSeconds(239));
        assertThat(timer.display()).isEqualTo("03:59");
    }

    @Test
    void partSecondsRoundUpSoTheRoomNeverSeesZeroEarly() {
        timer.start();
        clock.advance(Duration.ofMillis(299_400));
        assertThat(timer.display()).isEqualTo("00:01");
        assertThat(timer.isOver()).isFalse();
    }

    @Test
    void pauseKeepsWhatIsLeftWhileTheClockMovesOn() {
        timer.start();
        clock.advance(Duration.ofSeconds(30));
        timer.pause();
        clock.advance(Duration.ofMinutes(10));
        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.remaining()).isEqualTo(Duration.ofSeconds(270));
        timer.toggle();
        clock.advance(Duration.ofSeconds(10));
        assertThat(timer.isRunning()).isTrue();
        assertThat(timer.display()).isEqualTo("04:20");
        timer.toggle();
        assertThat(timer.isRunning()).isFalse();
    }

    @Test
    void plusOneMinuteAddsToARunningTimerAndKeepsItRunning() {
        timer.start();
        clock.advance(Duration.ofSeconds(100));
        timer.addMinute();
        assertThat(timer.isRunning()).isTrue();
        assertThat(timer.remaining()).isEqualTo(Duration.ofSeconds(260));
        clock.advance(Duration.ofSeconds(20));
        assertThat(timer.display()).isEqualTo("04:00");
    }

    @Test
    void plusOneMinuteOnAPausedTimerAddsWithoutStartingIt() {
        timer.addMinute();
        clock.advance(Duration.ofSeconds(30));
        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.display()).isEqualTo("06:00");
    }

    @Test
    void reachingZeroStopsAtZeroAndReportsTheTimeIsUp() {
        timer.start();
        clock.advance(Duration.ofMinutes(7));
        assertThat(timer.isOver()).isTrue();
        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.remaining()).isEqualTo(Duration.ZERO);
        assertThat(timer.display()).isEqualTo("00:00");
        timer.start();
        clock.advance(Duration.ofSeconds(5));
        assertThat(timer.display()).as("start does nothing once the time is up").isEqualTo("00:00");
    }

    @Test
    void aMinuteAfterTheTimeIsUpGivesOneMinutePausedThenCountsFromThere() {
        timer.start();
        clock.advance(Duration.ofMinutes(6));
        timer.addMinute();
        assertThat(timer.isOver()).isFalse();
        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.display()).isEqualTo("01:00");
        timer.start();
        clock.advance(Duration.ofSeconds(45));
        assertThat(timer.display()).isEqualTo("00:15");
    }

    @Test
    void resetGoesBackToTheRoundLengthPaused() {
        timer.start();
        clock.advance(Duration.ofSeconds(200));
        timer.reset();
        clock.advance(Duration.ofSeconds(5));
        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.display()).isEqualTo("05:00");
    }

    @Test
    void aNewRoundLengthResetsToIt() {
        timer.start();
        clock.advance(Duration.ofSeconds(10));
        timer.setRoundLength(Duration.ofSeconds(150));
        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.display()).isEqualTo("02:30");
        timer.start();
        clock.advance(Duration.ofSeconds(150));
        assertThat(timer.isOver()).isTrue();
        timer.reset();
        assertThat(timer.display()).isEqualTo("02:30");
        assertThatThrownBy(() -> timer.setRoundLength(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timer.setRoundLength(Duration.ofMinutes(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundLengthsAreTypedAsMinutesOrMinutesAndSeconds() {
        assertThat(RoundTimer.parseLength("7")).contains(Duration.ofMinutes(7));
        assertThat(RoundTimer.parseLength(" 2:30 ")).contains(Duration.ofSeconds(150));
        assertThat(RoundTimer.parseLength("0:45")).contains(Duration.ofSeconds(45));
        assertThat(RoundTimer.parseLength("99")).contains(Duration.ofMinutes(99));
        assertThat(RoundTimer.parseLength("0")).isEmpty();
        assertThat(RoundTimer.parseLength("2:75")).isEmpty();
        assertThat(RoundTimer.parseLength("99:01")).isEmpty();
        assertThat(RoundTimer.parseLength("five")).isEmpty();
        assertThat(RoundTimer.parseLength("")).isEmpty();
        assertThat(RoundTimer.parseLength(null)).isEmpty();
    }
}
