package org.nineplus.ui.voting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.nineplus.edit.voting.VotingRound;
import org.nineplus.ui.Dialogs;
import org.nineplus.ui.UiWords;

/**
 * Asks how to start a round: dots per participant (default 3), the participants one per line (the workshop's list,
 * editable here), and, when the journey already has dots, whether to clear them. Start stays disabled without a
 * participant. Empty when cancelled.
 */
final class StartRoundDialog {

    static final int DEFAULT_DOTS = 3;

    private final Window owner;
    private final List<String> stylesheets;
    private final VotingTexts texts;

    StartRoundDialog(Window owner, List<String> stylesheets, VotingTexts texts) {
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
        this.texts = texts;
    }

    Optional<RoundSetup> ask(List<String> participants, int dotsOnJourney) {
        Dialog<RoundSetup> dialog = new Dialog<>();
        DialogPane pane = Dialogs.prepare(dialog, owner, stylesheets, "votingDialog", texts.get("dialog.title"),
                texts.get("dialog.header"));

        Spinner<Integer> dots = new Spinner<>(1, VotingRound.MAX_DOTS, DEFAULT_DOTS);
        dots.setId("votingDotsField");
        dots.setEditable(true);
        dots.setPrefWidth(100);
        Label dotsLabel = new Label(texts.get("dialog.dots"));
        dotsLabel.setLabelFor(dots);
        TextArea names = new TextArea(String.join("\n", participants));
        names.setId("votingParticipantsField");
        names.setPrefRowCount(6);
        names.setPrefColumnCount(24);
        names.setPromptText(texts.get("dialog.participants.prompt"));
        Label namesLabel = new Label(texts.get("dialog.participants"));
        namesLabel.setLabelFor(names);
        BooleanBinding none = Bindings.createBooleanBinding(
                () -> VotingRound.cleanNames(lines(names.getText())).isEmpty(), names.textProperty());
        Label hint = Dialogs.hint(texts.get("dialog.participants.needed"), none);
        CheckBox clear = new CheckBox(texts.get("dialog.clear", dotsOnJourney));
        clear.setId("votingClearBox");
        clear.setWrapText(true);
        clear.setVisible(dotsOnJourney > 0);
        clear.setManaged(dotsOnJourney > 0);
        Label keep = Dialogs.hint(texts.get("dialog.keep"), clear.visibleProperty().and(clear.selectedProperty().not()));
        keep.setWrapText(true);
        keep.managedProperty().bind(clear.managedProperty());
        VBox content = new VBox(8, dotsLabel, dots, namesLabel, names, hint, clear, keep);
        content.setPrefWidth(420);
        pane.setContent(content);
        Dialogs.okCancel(dialog, texts.get("dialog.start"), UiWords.cancel(), none, () -> {
            dots.increment(0); // commits a number still being typed
            return new RoundSetup(dots.getValue(), lines(names.getText()), clear.isSelected());
        }).setId("votingStartButton");
        Platform.runLater(names::requestFocus);
        return dialog.showAndWait();
    }

    /** Says why the round did not start. */
    void tell(String problem) {
        Dialogs.message(Alert.AlertType.WARNING, owner, stylesheets, "votingProblemDialog", texts.get("dialog.title"),
                null, problem).showAndWait();
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\\R"));
    }
}
