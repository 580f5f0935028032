package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.library.LibraryViewModel;
import org.nineplus.ui.settings.Language;
import org.nineplus.ui.settings.LanguageSetting;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Settings… (Ctrl+Comma): the language is chosen, stored for the next start, and the dialog says so. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {

    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("org/nineplus/test/settings-" + System.nanoTime());
    private Stage stage;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = new Workbench(TestServices.services(), new ChosenFiles(), JourneyCanvas::new);
        workbench.setLanguageSetting(new LanguageSetting(() -> node));
        workbench.start(stage, folder.resolve("library.mv.db"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> Stream.of(Window.getWindows().toArray(Window[]::new))
                .filter(w -> w != stage && w.isShowing()).forEach(Window::hide));
        robot.interact(stage::close);
        assertThat(workbench.awaitClosed(20, TimeUnit.SECONDS)).isTrue();
        node.removeNode();
        node.flush();
    }

    private DialogPane settings() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "settingsDialog".equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    @Test
    void choosingDutchStoresItAndSaysItAppliesAtTheNextStart(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.library().phaseProperty().get() == LibraryViewModel.Phase.READY);
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        waitUntil(() -> settings() != null);

        DialogPane pane = onFx(this::settings);
        @SuppressWarnings("unchecked")
        ComboBox<Language> choice = (ComboBox<Language>) pane.lookup("#languageChoice");
        Label note = (Label) pane.lookup("#languageRestartNote");
        assertThat(onFx(choice::getValue)).isEqualTo(Language.SYSTEM);
        assertThat(onFx(note::isVisible)).as("no note while nothing changes").isFalse();

        robot.interact(() -> choice.setValue(Language.DUTCH));
        assertThat(onFx(note::isVisible)).isTrue();
        assertThat(onFx(note::getText)).contains("next time it starts");
        ButtonType ok = onFx(() -> pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        robot.interact(() -> ((Button) pane.lookupButton(ok)).fire());

        waitUntil(() -> "nl".equals(node.get(LanguageSetting.KEY, null)));
        assertThat(new LanguageSetting(() -> node).stored()).isEqualTo(Language.DUTCH);
        assertThat(onFx(() -> stage.getTitle())).as("the open window keeps its language until restarted")
                .isEqualTo("NinePlus — Library");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancelKeepsTheStoredLanguage(FxRobot robot) throws Exception {
        new LanguageSetting(() -> node).store(Language.ENGLISH);
        waitUntil(() -> workbench.library().phaseProperty().get() == LibraryViewModel.Phase.READY);
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        waitUntil(() -> settings() != null);
        DialogPane pane = onFx(this::settings);
        @SuppressWarnings("unchecked")
        ComboBox<Language> choice = (ComboBox<Language>) pane.lookup("#languageChoice");
        assertThat(onFx(choice::getValue)).isEqualTo(Language.ENGLISH);

        robot.interact(() -> choice.setValue(Language.DUTCH));
        ButtonType cancel = onFx(() -> pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow());
        robot.interact(() -> ((Button) pane.lookupButton(cancel)).fire());

        waitUntil(() -> settings() == null);
        assertThat(node.get(LanguageSetting.KEY, null)).isEqualTo("en");
    }
}
