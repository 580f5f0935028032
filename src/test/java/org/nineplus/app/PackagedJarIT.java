package org.nineplus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.testing.TestWorkshops;

/** The packaged jar, run as a user would run it: {@code java -jar target/nineplus.jar ...}, with no display. */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("nineplus.jar", "target/nineplus.jar"));

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theManifestPutsTheLibrariesOnTheClassPath() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo(Main.class.getName());
            String classPath = manifest.getMainAttributes().getValue("Class-Path");
            for (String entry : classPath.split(" ")) {
                assertThat(JAR.resolveSibling(entry)).as(entry).exists();
            }
            assertThat(classPath).contains("lib/h2-", "lib/flyway-core-", "lib/jackson-databind-", "lib/javafx-");
        }
    }

    @Test
    void versionRunsHeadless() throws Exception {
        Result result = run("--version");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).matches("NinePlus \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void importThenListThenSaveJsonRoundTripsHeadless() throws Exception {
        Path file = dir.resolve("example.json");
        WorkshopJson json = new WorkshopJson();
        json.write(TestWorkshops.workedExample(), file);

        Result imported = run("import", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        String id = imported.out().strip();
        assertThat(dir.resolve("xdg/NinePlus/library.mv.db")).as("the default library in the data folder").exists();

        Result list = run("list");
        assertThat(list.out()).startsWith(id + "\t" + TestWorkshops.workedExample().title() + "\t1\t");

        Path saved = dir.resolve("saved.json");
        Result save = run("save-json", "--workshop", id, "--out", saved.toString());
        assertThat(save.status()).as(save.err()).isZero();
        assertThat(json.read(saved)).isEqualTo(TestWorkshops.workedExample());
    }

    @Test
    void adviseRunsHeadlessOnTheWorkedExample() throws Exception {
        Path file = dir.resolve("example.json");
        new WorkshopJson().write(TestWorkshops.workedExample(), file);
        Result result = run("advise", "--budget", "60000", file.toString());
        assertThat(result.status()).as(result.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode advice = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(result.out());
        assertThat(advice.path("totals").path("basic").asDouble()).isEqualTo(20_000);
        assertThat(advice.path("totals").path("distinctive").asDouble()).isEqualTo(39_000);
        assertThat(advice.path("totals").path("left").asDouble()).isEqualTo(1_000);
        assertThat(advice.path("peakEnd").path("index").asDouble()).isEqualTo(-0.5);
    }

    @Test
    void badInputIsOneLineWithStatusTwo() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"nineplus.workshop\", \"version\": 1, \"journeys\": [");
        Result result = run("import", file.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().startsWith("nineplus: ").contains("broken.json");
    }
}
