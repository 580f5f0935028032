package org.nineplus.crash;

import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.Command;
import org.nineplus.model.Card;
import org.nineplus.model.Workshop;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.TestServices;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.library.LibraryViewModel;

/**
 * A child process for {@link CrashIT} and {@link FullDiskIT}: the real workbench window, headless (Monocle), on a
 * library file, wired as the app wires it (the H2 store, the JSON reader and writer, the journey canvas, the window's
 * autosave delay). It starts the window the way the app does (first frame, then the workbench), waits for the
 * library, prints {@code notice TEXT} (the notice bar as shown, empty when hidden: what was recovered after a kill),
 * selects the workshop titled {@value #TITLE} in the library table and presses Enter, and then makes a numbered edit
 * every 20-50 ms on the FX thread through the open editor's session, printing {@code edit N} (flushed) after each.
 * The store prints {@code saving N} and {@code saved N} around every save (see {@link EditingDriver}).
 *
 * <p>Arguments: the library file and a mode. {@code small} or {@code large} (the 5,000-card map) retitle the first
 * card until killed. {@code grow} also adds a card with a 16 KiB note each time, so the library file must grow;
 * it prints {@code problem TEXT} whenever the editor's save-problem bar changes, stops editing
 * {@value #EDITS_AFTER_PROBLEM} edits after the first problem, and then prints, every second, {@code held N dirty D}:
 * the last edit in the open session and whether it is still unsaved.
 */
public final class WindowDriver {

    /** The workshop the driver edits; made when the library does not exist yet. */
    static final String TITLE = "Crash test map";
    static final int EDITS_AFTER_PROBLEM = 3;
    static final int NOTE_CHARS = 16 * 1024;

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        String mode = args[1];
        if (!Files.exists(library)) {
            try (H2WorkshopStore store = H2WorkshopStore.open(library)) {
                Workshop workshop = mode.equals("large") ? TestWorkshops.large5000() : TestWorkshops.workedExample();
                store.create(workshop.withTitle(TITLE));
            }
        }
        WorkbenchServices real = TestServices.services();
        WorkbenchServices services = new WorkbenchServices(path -> EditingDriver.timed(H2WorkshopStore.open(path)),
                real.importer(), real.exporter(), real.sampleBytes());
        Platform.startup(() -> { });
        CompletableFuture<Workbench> started = new CompletableFuture<>();
        CompletableFuture<Stage> window = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            window.complete(stage);
            // What WorkbenchApp.start does, with the services above.
            Workbench.showFirstFrame(stage, () -> {
                Workbench workbench = new Workbench(services, JourneyCanvas::new);
                workbench.start(stage, library);
                started.complete(workbench);
            });
        });
        Workbench workbench = started.get(60, TimeUnit.SECONDS);
        Stage stage = window.get();
        waitUntil(60, () -> workbench.library().phaseProperty().get() == LibraryViewModel.Phase.READY
                && !workbench.library().busyProperty().get());
        Node root = onFx(() -> stage.getScene().getRoot());
        Label notice = (Label) root.lookup("#noticeLabel");
        say("notice " + onFx(() -> notice.getParent().isVisible() ? notice.getText() : ""));

        EditorSession session = openLikeAPerson(workbench, root);
        String journeyId = onFx(() -> session.current().journeys().get(0).id());
        long edit = onFx(() -> EditingDriver.lastEdit(session.current()));
        say("ready " + edit);
        if (mode.equals("grow")) {
            grow(session, journeyId, edit, (Label) root.lookup("#editorProblemLabel"));
        } else {
            boolean large = mode.equals("large");
            Random random = new Random();
            while (true) {
                long number = ++edit;
                if (!onFx(() -> EditingDriver.edit(session, journeyId, number, large))) {
                    throw new IllegalStateException("edit " + number + " was refused");
                }
                say("edit " + number);
                Thread.sleep(20 + random.nextInt(31));
            }
        }
    }

    /** Selects the workshop in the library table and presses Enter on it; returns the editor's session. */
    private static EditorSession openLikeAPerson(Workbench workbench, Node root) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<WorkshopSummary> table = (TableView<WorkshopSummary>) root.lookup("#workshopTable");
        onFx(() -> {
            WorkshopSummary summary = table.getItems().stream().filter(w -> w.title().equals(TITLE)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no workshop " + TITLE + " in " + table.getItems()));
            table.getSelectionModel().select(summary);
            table.requestFocus();
            table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
        waitUntil(60, () -> workbench.editorSession().map(s -> s.current().title().equals(TITLE)).orElse(false));
        return onFx(() -> workbench.editorSession().orElseThrow());
    }

    /** Edits that grow the library until saving fails, a few more, then reports what the session holds. */
    private static void grow(EditorSession session, String journeyId, long from, Label problem) throws Exception {
        onFx(() -> {
            problem.textProperty().addListener((obs, old, now) -> say("problem " + now));
            return null;
        });
        Random random = new Random();
        long edit = from;
        int afterProblem = 0;
        while (afterProblem < EDITS_AFTER_PROBLEM) {
            long number = ++edit;
            String note = randomText(random);
            if (!onFx(() -> {
                List<Card> cards = session.current().journeys().get(0).cards();
                Card first = cards.get(0);
                Command titled = CardCommands.update(journeyId, first.withTitle(EditingDriver.title(number)), "Title");
                int inCell = (int) cards.stream().filter(c -> c.stage().equals(first.stage())
                        && c.lane().equals(first.lane())).count();
                Command added = CardCommands.add(journeyId, Card.idea("grown-" + number, first.stage(), first.lane(),
                        "Grown " + number).withNote(note), inCell);
                return session.execute(Command.of("Title and a card", w -> added.apply(titled.apply(w))));
            })) {
                throw new IllegalStateException("edit " + number + " was refused");
            }
            say("edit " + number);
            if (onFx(() -> !problem.getText().isEmpty())) {
                afterProblem++;
            }
            Thread.sleep(50 + random.nextInt(50));
        }
        while (true) {
            say(onFx(() -> "held " + EditingDriver.lastEdit(session.current()) + " dirty "
                    + session.dirtyProperty().get()));
            Thread.sleep(1_000);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder(NOTE_CHARS);
        for (int i = 0; i < NOTE_CHARS; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private WindowDriver() {
    }
}
