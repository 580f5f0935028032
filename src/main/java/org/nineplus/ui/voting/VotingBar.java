package org.nineplus.ui.voting;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The bar over the canvas while a round runs: what the round is, a toggle chip per participant with the dots left
 * ("Anna ●●○"; keys 1–9 pick the voter), a hint on how to vote, and End round. Hidden when no round runs. Only binds
 * to the {@link VotingModel}.
 */
final class VotingBar extends HBox {

    private final VotingModel model;
    private final VotingTexts texts;
    private final HBox chipBox = new HBox(6);
    private final ToggleGroup group = new ToggleGroup();
    private final Label round = new Label();

    VotingBar(VotingModel model, VotingTexts texts) {
        super(10);
        this.model = model;
        this.texts = texts;
        setId("votingBar");
        getStyleClass().add("voting-bar");
        setAlignment(Pos.CENTER_LEFT);
        round.setId("votingRoundLabel");
        round.setGraphic(new FontIcon(MaterialDesignV.VOTE_OUTLINE));
        round.getStyleClass().add("voting-round");
        round.setMinWidth(USE_PREF_SIZE);
        chipBox.setId("votingChips");
        chipBox.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(texts.get("bar.hint"));
        hint.getStyleClass().add("voting-hint");
        hint.setMinWidth(0);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setTooltip(new Tooltip(hint.getText()));
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button end = new Button(texts.get("bar.end"));
        end.setId("endVotingButton");
        end.setFocusTraversable(false);
        end.setTooltip(new Tooltip(texts.get("bar.end.tooltip")));
        end.setOnAction(e -> model.end());
        end.setMinWidth(USE_PREF_SIZE);
        chipBox.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(round, chipBox, hint, end);

        visibleProperty().bind(model.roundProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.roundProperty().addListener((obs, old, now) -> round.setText(now == null ? ""
                : texts.get("bar.round", now.dotsPerParticipant())));
        model.chips().addListener((ListChangeListener<VoterChip>) c -> rebuild());
        model.activeVoterProperty().addListener((obs, old, now) -> showActive());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null && model.isRunning()) {
                old.setSelected(true); // one voter is always chosen
            } else if (now != null) {
                model.activeVoterProperty().set((String) now.getUserData());
            }
        });
    }

    private void rebuild() {
        group.getToggles().clear();
        chipBox.getChildren().clear();
        int index = 0;
        for (VoterChip chip : model.chips()) {
            index++;
            ToggleButton button = new ToggleButton(text(chip));
            button.setId("voter-" + index);
            button.setUserData(chip.name());
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setMnemonicParsing(false);
            button.getStyleClass().add("voter-chip");
            button.setMinWidth(USE_PREF_SIZE);
            if (chip.dotsLeft() == 0) {
                button.getStyleClass().add("voter-chip-spent");
            }
            String tip = texts.get("chip.tooltip", chip.name(), chip.dotsLeft(), chip.dotsPerParticipant());
            button.setTooltip(new Tooltip(index <= 9 ? tip + " (" + index + ")" : tip));
            button.setAccessibleText(tip);
            chipBox.getChildren().add(button);
        }
        showActive();
    }

    private String text(VoterChip chip) {
        String dots = chip.dots();
        return dots != null ? texts.get("chip.dots", chip.name(), dots)
                : texts.get("chip.count", chip.name(), chip.dotsLeft(), chip.dotsPerParticipant());
    }

    private void showActive() {
        String active = model.activeVoterProperty().get();
        group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(active)));
    }
}
