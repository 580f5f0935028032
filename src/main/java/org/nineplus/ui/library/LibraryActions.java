package org.nineplus.ui.library;

import java.util.List;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.nineplus.exchange.Templates;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.Command;
import org.nineplus.ui.FileDialogs;
import org.nineplus.ui.safety.BackupDialog;
import org.nineplus.ui.safety.SafetyTexts;

/**
 * The library's commands: asks what it must (a title, a confirmation, a file) and hands the answer to the view
 * model. No store calls and no IO here.
 */
public final class LibraryActions {

    private final LibraryViewModel model;
    private final LibraryDialogs dialogs;
    private final FileDialogs files;
    private final Window owner;

    private final Command create;
    private final Command createFromTemplate;
    private final Command open;
    private final Command rename;
    private final Command duplicate;
    private final Command delete;
    private final Command importJson;
    private final Command exportJson;
    private final Command chooseLibrary;
    private final Command restoreBackup;
    private final List<String> stylesheets;

    public LibraryActions(LibraryViewModel model, FileDialogs files, Window owner, List<String> stylesheets) {
        this.model = model;
        this.files = files;
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
        this.dialogs = new LibraryDialogs(owner, stylesheets);
        ObservableBooleanValue noSelection = model.canActOnSelectionProperty().not();
        ObservableBooleanValue noChange = model.canChangeProperty().not();
        ObservableBooleanValue noChangeToSelection = model.canChangeSelectionProperty().not();
        create = new Command("newWorkshop", Messages.TEXTS.get("command.new"),
                Messages.TEXTS.get("command.new.button"), MaterialDesignP.PLUS, shortcut(KeyCode.N),
                noChange, this::createWorkshop);
        createFromTemplate = new Command("newFromTemplate", Messages.TEXTS.get("command.fromTemplate"),
                Messages.TEXTS.get("command.fromTemplate.button"),
                MaterialDesignF.FILE_DOCUMENT_OUTLINE, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), noChange, this::createFromTemplate);
        open = new Command("openWorkshop", Messages.TEXTS.get("command.open"),
                Messages.TEXTS.get("command.open.button"), MaterialDesignF.FOLDER_OPEN_OUTLINE,
                shortcut(KeyCode.O), noSelection, this::openWorkshop);
        rename = new Command("renameWorkshop", Messages.TEXTS.get("command.rename"),
                Messages.TEXTS.get("command.rename.button"), MaterialDesignR.RENAME_BOX,
                new KeyCodeCombination(KeyCode.F2), noChangeToSelection, this::renameWorkshop);
        duplicate = new Command("duplicateWorkshop", Messages.TEXTS.get("command.duplicate"),
                Messages.TEXTS.get("command.duplicate.button"), MaterialDesignC.CONTENT_COPY,
                shortcut(KeyCode.D), noChangeToSelection, this::duplicateWorkshop);
        delete = new Command("deleteWorkshop", Messages.TEXTS.get("command.delete"),
                Messages.TEXTS.get("command.delete.button"), MaterialDesignD.DELETE_OUTLINE,
                new KeyCodeCombination(KeyCode.DELETE), noChangeToSelection, this::deleteWorkshop);
        importJson = new Command("importJson", Messages.TEXTS.get("command.import"),
                Messages.TEXTS.get("command.import.button"), MaterialDesignI.IMPORT,
                shortcut(KeyCode.I), noChange, this::importWorkshop);
        exportJson = new Command("exportJson", Messages.TEXTS.get("command.export"),
                Messages.TEXTS.get("command.export.button"), MaterialDesignE.EXPORT,
                shortcut(KeyCode.E), noSelection, this::exportWorkshop);
        restoreBackup = new Command("restoreBackup", SafetyTexts.text("menu.restore"), null,
                MaterialDesignB.BACKUP_RESTORE, null, model.busyProperty().or(model.readOnlyProperty())
                        .or(model.troubleProperty().isEqualTo(LibraryViewModel.Trouble.LOCKED)), this::restoreBackup);
        chooseLibrary = new Command("chooseLibrary", Messages.TEXTS.get("command.chooseLibrary"),
                Messages.TEXTS.get("command.chooseLibrary.button"),
                MaterialDesignF.FOLDER_OPEN, null, model.busyProperty(), this::chooseLibrary);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    public void createWorkshop() {
        dialogs.askTitle(Messages.TEXTS.get("dialog.new"), Messages.TEXTS.get("dialog.create"), "").ifPresent(model::create);
    }

    public void createFromTemplate() {
        dialogs.askTemplate(Templates.list())
                .ifPresent(choice -> model.createFromTemplate(choice.template(), choice.title()));
    }

    public void openWorkshop() {
        if (model.canActOnSelectionProperty().get()) {
            model.openSelected();
        }
    }

    public void renameWorkshop() {
        model.selected().ifPresent(summary -> dialogs.askTitle(Messages.TEXTS.get("dialog.rename"), Messages.TEXTS.get("dialog.renameButton"), summary.title())
                .filter(title -> !title.equals(summary.title()))
                .ifPresent(model::renameSelected));
    }

    public void duplicateWorkshop() {
        model.duplicateSelected();
    }

    public void deleteWorkshop() {
        model.selected().map(WorkshopSummary::title).filter(dialogs::confirmDelete)
                .ifPresent(title -> model.deleteSelected());
    }

    public void importWorkshop() {
        files.chooseImportFile(owner).ifPresent(model::importFrom);
    }

    public void exportWorkshop() {
        model.selected().flatMap(summary -> files.chooseExportFile(owner, summary.title()))
                .ifPresent(model::exportSelectedTo);
    }

    public void chooseLibrary() {
        files.chooseLibrary(owner).ifPresent(model::openLibrary);
    }

    /** Lists the backups, asks which one, and restores it (the library closes and opens again). */
    public void restoreBackup() {
        model.loadBackups(backups -> BackupDialog.choose(owner, stylesheets, backups).ifPresent(model::restore));
    }

    /** The library's menus; null marks a separator. */
    public List<Menu> menus(Command quit) {
        return List.of(menu(Messages.TEXTS.get("menu.file"), create, createFromTemplate, open, null, importJson, exportJson, null,
                        restoreBackup, chooseLibrary, null, quit),
                menu(Messages.TEXTS.get("menu.workshop"), rename, duplicate, delete));
    }

    /** The toolbar's buttons, in groups. */
    public List<List<Command>> toolbarGroups() {
        return List.of(List.of(create, createFromTemplate, open), List.of(rename, duplicate, delete), List.of(importJson, exportJson));
    }

    private static Menu menu(String text, Command... commands) {
        Menu menu = new Menu(text);
        for (Command command : commands) {
            menu.getItems().add(command == null ? new SeparatorMenuItem() : command.menuItem());
        }
        return menu;
    }
}
