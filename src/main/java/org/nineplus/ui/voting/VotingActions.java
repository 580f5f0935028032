package org.nineplus.ui.voting;

import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.nineplus.ui.Command;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.EditorSession;

/**
 * Dot voting in the editor: the "Start voting round…" command (Ctrl+Shift+V), the bar over the canvas, and the
 * canvas's clicks and keys while a round runs (a click on an idea casts a dot, a right-click or Alt+click takes one
 * back, 1–9 choose the voter). The window places {@link #bar()} and adds {@link #addTo} to its menus.
 */
public final class VotingActions {

    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final VotingModel model;
    private final VotingTexts texts;
    private final StartRoundDialog dialog;
    private final EditorSession session;
    private final VotingBar bar;
    private final Command start;

    public VotingActions(EditorSession session, CanvasView canvas, Window owner, List<String> stylesheets,
                         Locale locale) {
        this.session = session;
        this.texts = new VotingTexts(locale);
        this.model = new VotingModel(session, locale);
        this.dialog = new StartRoundDialog(owner, stylesheets, texts);
        this.bar = new VotingBar(model, texts);
        this.start = new Command("startVoting", texts.get("menu.start"), null, MaterialDesignV.VOTE_OUTLINE,
                SHORTCUT, session.journeyIdProperty().isNull(), this::startRound);
        canvas.cardClickModeProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> model.isRunning() ? model : null, model.roundProperty()));
        canvas.node().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (model.isRunning() && !e.isShortcutDown() && !e.isAltDown() && voterKey(e.getCode()) >= 0
                    && model.selectVoter(voterKey(e.getCode()))) {
                e.consume();
            }
        });
    }

    /** 0 for 1, … 8 for 9 (top row or keypad); -1 for other keys. */
    static int voterKey(KeyCode code) {
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '1';
        }
        return -1;
    }

    public VotingModel model() {
        return model;
    }

    /** The voting bar, shown over the canvas while a round runs. */
    public Node bar() {
        return bar;
    }

    public Command startCommand() {
        return start;
    }

    /**
     * Adds "Start voting round…" to the Journey menu (the menu holding the new-journey item), or as a menu of its own
     * when there is none.
     */
    public void addTo(List<Menu> menus) {
        for (Menu menu : menus) {
            if (menu.getItems().stream().anyMatch(i -> "addJourneyMenu".equals(i.getId()))) {
                menu.getItems().addAll(new SeparatorMenuItem(), start.menuItem());
                return;
            }
        }
        Menu own = new Menu(texts.get("menu.voting"));
        own.getItems().add(start.menuItem());
        menus.add(own);
    }

    void startRound() {
        if (session.isReadOnly() || session.journey().isEmpty()) {
            return;
        }
        dialog.ask(model.workshopParticipants(), model.dotsOnJourney())
                .flatMap(model::start)
                .ifPresent(problem -> dialog.tell(problem));
    }
}
