package org.nineplus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM on the test class path, for the tests that kill a real process or starve it of disk: each line it
 * prints is kept with the moment the parent read it, so a test knows what the child had done when it killed it.
 * Its standard error goes to a file; it never sees a display.
 */
public final class ChildJvm {

    /** The system properties that run JavaFX without a display, as the surefire configuration sets them. */
    public static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dheadless.geometry=1920x1080-32", "-Dprism.order=sw", "-Dprism.text=t2k", "-Dtestfx.headless=true",
            "-Dtestfx.robot=glass", "-Djava.awt.headless=true");

    /** One line the child printed and when the parent read it ({@link System#nanoTime()}). */
    public record Line(long atNanos, String text) {
    }

    private final Process process;
    private final Path errors;
    private final List<Line> lines = new ArrayList<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Line read = new Line(System.nanoTime(), line);
                    synchronized (lines) {
                        lines.add(read);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
            synchronized (lines) {
                lines.notifyAll();
            }
        }, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code main} with {@code args} in a JVM of its own: this JVM's {@code java}, the test class path, the
     * parent's language and country, {@code options} before the class name; standard error appended to
     * {@code errors}.
     */
    public static ChildJvm start(Path errors, List<String> options, Class<?> main, String... args)
            throws IOException {
        return start(errors, javaCommand(options, main, args));
    }

    /**
     * As {@link #start(Path, List, Class, String...)}, with the size of every file the child writes limited to
     * {@code kib} KiB (bash's {@code ulimit -S -f}, the soft RLIMIT_FSIZE): a write that would grow a file past it
     * fails with EFBIG ("File too large"), as on a full disk, without root or a mount. HotSpot ignores the SIGXFSZ
     * that comes with it. {@link #liftFileSizeLimit()} makes room again.
     */
    public static ChildJvm startWithFileSizeLimit(long kib, Path errors, List<String> options, Class<?> main,
                                                  String... args) throws IOException {
        StringBuilder command = new StringBuilder("ulimit -S -f " + kib + " && exec");
        for (String word : javaCommand(options, main, args)) {
            command.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        return start(errors, List.of("bash", "-c", command.toString()));
    }

    /**
     * Lifts the soft file size limit of a child started by {@link #startWithFileSizeLimit} while it runs
     * ({@code prlimit}, util-linux): the disk has room again.
     */
    public void liftFileSizeLimit() throws IOException, InterruptedException {
        Process prlimit = new ProcessBuilder("prlimit", "--pid", String.valueOf(process.pid()), "--fsize=unlimited:")
                .redirectErrorStream(true).start();
        String said = new String(prlimit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(prlimit.waitFor(30, TimeUnit.SECONDS) && prlimit.exitValue() == 0)
                .as("prlimit lifted the limit of the child: " + said).isTrue();
    }

    private static ChildJvm start(Path errors, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()));
        builder.environment().remove("DISPLAY");
        return new ChildJvm(builder.start(), errors);
    }

    private static List<String> javaCommand(List<String> options, Class<?> main, String... args) {
        Locale locale = Locale.getDefault();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.language=" + locale.getLanguage(), "-Duser.country=" + locale.getCountry()));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** The test class path: surefire and failsafe may hand the forked JVM a manifest-only jar instead. */
    private static String classPath() {
        String full = System.getProperty("surefire.test.class.path");
        return full != null && !full.isBlank() ? full : System.getProperty("java.class.path");
    }

    /** The process, to ask whether it is alive or to find its pid. */
    public Process process() {
        return process;
    }

    /** Waits up to {@code seconds} for the first line that starts with {@code prefix}; fails naming {@code context}. */
    public Line awaitLineStartingWith(String prefix, String context, long seconds) throws InterruptedException {
        return awaitLine(line -> line.startsWith(prefix), "'" + prefix + "'", context, seconds);
    }

    /** Waits up to {@code seconds} for the first line that {@code wanted} accepts; fails naming {@code context}. */
    public Line awaitLine(Predicate<String> wanted, String what, String context, long seconds)
            throws InterruptedException {
        return awaitLine(wanted, 1, what, context, seconds);
    }

    /** Waits up to {@code seconds} for the {@code nth} line that {@code wanted} accepts (counting from 1). */
    public Line awaitLine(Predicate<String> wanted, int nth, String what, String context, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            while (true) {
                int found = 0;
                for (Line line : lines) {
                    if (wanted.test(line.text()) && ++found == nth) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as(context + ": the child said " + what + " in time; it printed " + lines
                        + ", alive " + process.isAlive() + ", errors: " + errors()).isPositive();
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Everything printed so far. */
    public List<Line> snapshot() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** SIGKILL ({@link Process#destroyForcibly()}), then waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
    }

    /** What the child wrote on standard error (shared by all children with the same file). */
    public String errors() {
        try {
            return Files.exists(errors) ? Files.readString(errors) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Sleeps until {@link System#nanoTime()} reaches {@code nanos}. */
    public static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
