package org.nineplus.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.nineplus.model.Texts;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

/** Settings: the language of the program (applied at the next start). */
public final class SettingsDialog {

    static final Texts TEXTS = Texts.of("org.nineplus.ui.settings.messages");

    private SettingsDialog() {
    }

    /** Asks for the language, starting at {@code current}; the new choice, or empty when cancelled or unchanged. */
    public static Optional<Language> ask(Window owner, List<String> stylesheets, Language current) {
        Dialog<Language> dialog = new Dialog<>();
        DialogPane pane = Dialogs.prepare(dialog, owner, stylesheets, "settingsDialog", TEXTS.get("title"),
                TEXTS.get("header"));

        ComboBox<Language> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(Language.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language choice) {
                return choice == null ? "" : name(choice);
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        language.getSelectionModel().select(current);
        language.setTooltip(new Tooltip(TEXTS.get("language.tooltip")));
        Label label = new Label(TEXTS.get("language"));
        label.setLabelFor(language);
        Label restart = new Label(TEXTS.get("restart"));
        restart.setId("languageRestartNote");
        restart.setWrapText(true);
        restart.getStyleClass().add("hint");
        restart.visibleProperty().bind(language.valueProperty().isNotEqualTo(current));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label, language);
        pane.setContent(new VBox(12, grid, restart));
        pane.setPrefWidth(460);
        Dialogs.okCancel(dialog, UiWords.TEXTS.get("ok"), UiWords.cancel(), language::getValue);
        return dialog.showAndWait().filter(choice -> choice != current);
    }

    /** Says that the language could not be stored, and why. */
    public static void failed(Window owner, List<String> stylesheets, Exception e) {
        Dialogs.message(Alert.AlertType.ERROR, owner, stylesheets, "settingsFailedDialog", TEXTS.get("title"),
                TEXTS.get("saveFailed", String.valueOf(e.getMessage())), null).show();
    }

    /** "System (Dutch)", "English", "Nederlands": each language in its own words, the system's in the current one. */
    static String name(Language language) {
        if (language == Language.SYSTEM) {
            Locale system = LanguageSetting.systemLocale();
            return TEXTS.get("language.system", system.getDisplayLanguage(Locale.getDefault()));
        }
        return TEXTS.get("language." + language.tag());
    }
}
