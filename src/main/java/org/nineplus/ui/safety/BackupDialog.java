package org.nineplus.ui.safety;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.nineplus.store.BackupInfo;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

/**
 * "Restore from backup…": lists the library's backups (when, why, size), newest first, and asks which one to put in
 * place of the library. Restore stays disabled until one is chosen; the question names what happens to the current
 * file. FX thread.
 */
public final class BackupDialog {

    private BackupDialog() {
    }

    /** The chosen backup, or empty when cancelled or when there are none (then says so). */
    public static Optional<BackupInfo> choose(Window owner, List<String> stylesheets, List<BackupInfo> backups) {
        Dialog<BackupInfo> dialog = new Dialog<>();
        DialogPane pane = Dialogs.prepare(dialog, owner, stylesheets, "backupDialog", SafetyTexts.text("backups.title"),
                SafetyTexts.text(backups.isEmpty() ? "backups.none" : "backups.question"));
        ListView<BackupInfo> list = new ListView<>();
        Dialogs.okCancel(dialog, SafetyTexts.text("backups.restore"), UiWords.cancel(),
                list.getSelectionModel().selectedItemProperty().isNull(), list.getSelectionModel()::getSelectedItem)
                .setId("restoreBackupButton");
        if (backups.isEmpty()) {
            dialog.showAndWait();
            return Optional.empty();
        }
        list.setId("backupList");
        list.getItems().setAll(backups);
        list.setPrefSize(520, 280);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        list.getSelectionModel().selectFirst();
        Label note = new Label(SafetyTexts.text("backups.note"));
        note.setWrapText(true);
        note.setMaxWidth(520);
        pane.setContent(new VBox(10, list, note));
        return dialog.showAndWait();
    }

    /** "24 Nov 2026, 09:05:00 · daily · 1.2 MB". */
    static String describe(BackupInfo backup) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
        return SafetyTexts.text("backups.row", when.format(backup.taken()), reason(backup.reason()),
                size(backup.size()));
    }

    private static String reason(String reason) {
        return switch (reason) {
            case "daily" -> SafetyTexts.text("backups.reason.daily");
            case "before-migration" -> SafetyTexts.text("backups.reason.migration");
            default -> reason;
        };
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return SafetyTexts.text("size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return SafetyTexts.text("size.mb", Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0);
    }
}
