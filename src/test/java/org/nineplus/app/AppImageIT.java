package org.nineplus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The jpackage app image that the build makes before the integration tests ({@code target/dist/NinePlus}), run
 * through its own launcher with its own jlink'd runtime, with no display. Linux: the build makes the Linux layout
 * ({@code bin/NinePlus}) and its class-data-sharing archive only there.
 */
@EnabledOnOs(OS.LINUX)
class AppImageIT {

    private static final Path APP = Path.of(System.getProperty("nineplus.appImage", "target/dist/NinePlus"));
    private static final Path LAUNCHER = APP.resolve("bin/NinePlus");
    private static final Path SAMPLE = Path.of(System.getProperty("nineplus.sample",
            "assets/samples/claims-workshop.json"));

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    private Result run(List<String> extraEnvironment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        for (int i = 0; i < extraEnvironment.size(); i += 2) {
            builder.environment().put(extraEnvironment.get(i), extraEnvironment.get(i + 1));
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    @Test
    void theAppImageHasItsLauncherItsOwnTrimmedRuntimeAndTheJar() throws IOException {
        assertThat(LAUNCHER).isExecutable();
        assertThat(APP.resolve("lib/app/nineplus.jar")).isRegularFile();
        assertThat(APP.resolve("lib/app/lib")).isDirectoryContaining("glob:**/javafx-graphics-*-linux.jar");
        Path runtime = APP.resolve("lib/runtime");
        assertThat(runtime.resolve("lib/modules")).isRegularFile();
        // Trimmed: the modules the app needs, none of the JDK's compiler, tools, headers or man pages.
        String modules = Files.readAllLines(runtime.resolve("release")).stream()
                .filter(line -> line.startsWith("MODULES=")).findFirst().orElseThrow();
        assertThat(modules).contains("java.base", "java.desktop", "java.sql", "jdk.unsupported", "jdk.localedata")
                .doesNotContain("jdk.compiler", "java.net.http", "jdk.jshell");
        assertThat(runtime.resolve("bin/javac")).doesNotExist();
        assertThat(runtime.resolve("include")).doesNotExist();
        assertThat(runtime.resolve("man")).doesNotExist();
    }

    @Test
    void versionRunsHeadlessThroughTheLauncher() throws Exception {
        Result result = run("--version");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).matches("NinePlus \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void adviseRunsHeadlessOnTheSampleThroughTheLauncher() throws Exception {
        Result result = run("advise", "--budget", "120000", SAMPLE.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode advice = new ObjectMapper().readTree(result.out());
        assertThat(advice.path("budget").asDouble()).isEqualTo(120_000);
        assertThat(advice.path("stages").size()).isPositive();
        JsonNode totals = advice.path("totals");
        assertThat(totals.path("basic").asDouble() + totals.path("distinctive").asDouble()
                + totals.path("left").asDouble()).isEqualTo(120_000);
    }

    @Test
    void importThenListUseTheLibraryFileThroughTheLauncher() throws Exception {
        Path library = dir.resolve("x.mv.db");
        Result imported = run("import", "--db", library.toString(), SAMPLE.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        Result list = run("list", "--db", library.toString());
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).startsWith(imported.out().strip() + "\t");
        assertThat(library).exists();
    }

    @Test
    void theLauncherMapsTheClassDataSharingArchiveBuiltAtPackageTime() throws Exception {
        assertThat(APP.resolve("lib/app/nineplus.jsa")).isRegularFile();
        Path log = dir.resolve("class-load.txt");
        Result result = run(List.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log),
                "advise", "--budget", "120000", SAMPLE.toString());
        assertThat(result.status()).as(result.err()).isZero();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).as("the app's own classes come from the archive, not the jar")
                .anyMatch(line -> line.contains(" org.nineplus.app.Main source: shared objects file"))
                .anyMatch(line -> line.contains(" org.nineplus.advice.Advisor source: shared objects file"));
        long fromArchive = lines.stream().filter(line -> line.contains("source: shared objects file")).count();
        assertThat(fromArchive).as("classes from the archive, of " + lines.size()).isGreaterThan(lines.size() * 9 / 10);
    }
}
