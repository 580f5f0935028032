package org.nineplus.ui.present;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The room's round timer: counts a round length down while it runs, pauses, gains a minute, resets. Plain Java
 * driven by a clock of nanoseconds ({@link System#nanoTime} in the app, a hand-moved clock in tests), so nothing
 * here waits on real time; the view only reads {@link #remaining()} a few times a second.
 */
public final class RoundTimer {

    public static final Duration DEFAULT_ROUND = Duration.ofMinutes(5);
    public static final Duration MAX_ROUND = Duration.ofMinutes(99);
    static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Pattern LENGTH = Pattern.compile("\\s*(\\d{1,2})(?:\\s*:\\s*(\\d{1,2}))?\\s*");

    private final LongSupplier nanos;
    private Duration roundLength = DEFAULT_ROUND;
    /** What was left when the timer last started, paused or changed. */
    private long leftAtMark = DEFAULT_ROUND.toNanos();
    /** The clock when the timer last started or changed while running. */
    private long mark;
    private boolean running;

    public RoundTimer(LongSupplier nanos) {
        this.nanos = Objects.requireNonNull(nanos, "nanos");
    }

    /** With the system's monotonic clock. */
    public static RoundTimer systemTimer() {
        return new RoundTimer(System::nanoTime);
    }

    public Duration roundLength() {
        return roundLength;
    }

    /** Sets the round length (1 second to 99 minutes) and resets the timer to it, paused. */
    public void setRoundLength(Duration length) {
        if (length.isNegative() || length.isZero() || length.compareTo(MAX_ROUND) > 0) {
            throw new IllegalArgumentException("A round lasts 1 second to 99 minutes, not " + length);
        }
        roundLength = length;
        reset();
    }

    /** Counts down from what is left; nothing when the time is up (add a minute or reset first). */
    public void start() {
        if (!running && !isOver()) {
            mark = nanos.getAsLong();
            running = true;
        }
    }

    /** Stops counting and keeps what is left. */
    public void pause() {
        if (running) {
            settle();
            running = false;
        }
    }

    /** Start when paused, pause when running (the T key and the start/pause button). */
    public void toggle() {
        if (isRunning()) {
            pause();
        } else {
            start();
        }
    }

    /** One more minute left; a running timer keeps running, a timer that ran out shows 1:00, paused. */
    public void addMinute() {
        boolean wasOver = isOver();
        settle();
        leftAtMark = Math.min(leftAtMark + MINUTE.toNanos(), MAX_ROUND.toNanos());
        if (wasOver) {
            running = false;
        }
    }

    /** Back to the full round length, paused. */
    public void reset() {
        running = false;
        leftAtMark = roundLength.toNanos();
    }

    /** Whether it is counting down now (false once the time is up). */
    public boolean isRunning() {
        return running && leftNanos() > 0;
    }

    /** Whether the time is up. */
    public boolean isOver() {
        return leftNanos() <= 0;
    }

    /** What is left of the round, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(leftNanos());
    }

    /**
     * What is left as the room sees it: "mm:ss", whole seconds rounded up, so a fresh five-minute round shows 05:00
     * and 00:00 appears only when the time is up.
     */
    public String display() {
        return format(remaining());
    }

    static String format(Duration left) {
        long seconds = (left.toNanos() + 999_999_999L) / 1_000_000_000L;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    /** A round length typed as minutes ("7") or minutes and seconds ("2:30"); empty when not one (1 s to 99 min). */
    public static Optional<Duration> parseLength(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LENGTH.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long minutes = Long.parseLong(m.group(1));
        long seconds = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        if (seconds > 59) {
            return Optional.empty();
        }
        Duration length = Duration.ofMinutes(minutes).plusSeconds(seconds);
        return length.isZero() || length.compareTo(MAX_ROUND) > 0 ? Optional.empty() : Optional.of(length);
    }

    private long leftNanos() {
        long left = running ? leftAtMark - (nanos.getAsLong() - mark) : leftAtMark;
        return Math.max(0, left);
    }

    /** Moves the mark to now, keeping what is left. */
    private void settle() {
        leftAtMark = leftNanos();
        mark = nanos.getAsLong();
    }
}
