package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Nothing listens on the network: with the real window, a real H2 library, the sample open in the editor, an edit
 * autosaved and a backup taken, this process holds no listening TCP socket and no bound UDP socket that it did not
 * hold before the workbench started. Read from Linux's {@code /proc}, where the tests run.
 */
@ExtendWith(ApplicationExtension.class)
class NothingListensWindowTest {

    private static final Path PROC_NET = Path.of("/proc/net");
    private static final String TCP_LISTEN = "0A";

    @TempDir
    Path folder;

    private Stage stage;
    private Workbench workbench;
    private Set<String> listeningBefore;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        listeningBefore = listening();
        workbench = new Workbench(TestServices.services(), new ChosenFiles(), JourneyCanvas::new);
        workbench.setAutosaveDelay(java.time.Duration.ofMillis(100));
        workbench.editSampleOnFirstStart();
        workbench.start(stage, folder.resolve("library.mv.db"));
    }

    @AfterEach
    void close(FxRobot robot) throws InterruptedException {
        WindowSteps.closeWindow(robot, stage, workbench);
    }

    @Test
    void theWorkbenchOpensNoListeningSocket(FxRobot robot) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")) && Files.isReadable(PROC_NET.resolve("tcp")),
                "needs Linux's /proc");
        waitUntil(() -> workbench.editorSession().isPresent());
        String renamed = "Checked for sockets";
        onFx(() -> {
            var session = workbench.editorSession().orElseThrow();
            session.execute(org.nineplus.edit.Command.of("Rename", w -> w.withTitle(renamed)));
            return null;
        });
        // saved: the autosave wrote through H2, which would be when a server mode or a lock server shows itself
        waitUntil(() -> workbench.editorSession().map(s -> s.current().title().equals(renamed)
                && !s.dirtyProperty().get()).orElse(false));

        Set<String> now = listening();
        now.removeAll(listeningBefore);
        assertThat(now).as("listening or bound sockets the workbench opened").isEmpty();
    }

    @Test
    void theCheckSeesAListeningSocketOfThisProcess() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")) && Files.isReadable(PROC_NET.resolve("tcp")),
                "needs Linux's /proc");
        Set<String> seen;
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            seen = listening();
            seen.removeAll(listeningBefore);
        }
        assertThat(seen).hasSize(1);
    }

    /** The inodes of this process's sockets that listen (TCP) or are bound (UDP). */
    private static Set<String> listening() throws IOException {
        Set<String> own = ownSockets();
        Set<String> result = new HashSet<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = PROC_NET.resolve(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                boolean open = table.startsWith("udp") || TCP_LISTEN.equals(f[3]);
                if (open && own.contains(f[9])) {
                    result.add(table + ":" + f[1] + ":" + f[9]);
                }
            }
        }
        return result;
    }

    private static Set<String> ownSockets() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed while listed
                }
            }
        }
        return inodes;
    }
}
