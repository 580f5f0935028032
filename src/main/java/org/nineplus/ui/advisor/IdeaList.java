package org.nineplus.ui.advisor;

import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The ideas grouped by class, in a virtual list (a map may hold a thousand ideas). A click or Enter on an idea
 * selects its card in the session; the list highlights whatever cards are selected, wherever that happened. The list
 * never writes its own selection back: only clicks do, so refreshing the items cannot clear the canvas's selection.
 */
final class IdeaList extends ListView<IdeaEntry> {

    private static final double HEADER_HEIGHT = 40;
    private static final double IDEA_HEIGHT = 112;
    private static final double MAX_HEIGHT = 640;
    private static final double CELL_INSETS = 36;

    private final AdvisorViewModel model;

    IdeaList(AdvisorViewModel model) {
        super(model.ideaEntries());
        this.model = model;
        setId("advisorIdeas");
        getStyleClass().add(AdvisorStyles.IDEA_LIST);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(list -> new EntryCell());
        Label empty = new Label(AdvisorTexts.TEXTS.get("noIdeas"));
        empty.getStyleClass().add(AdvisorStyles.MUTED);
        setPlaceholder(empty);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                select(getFocusModel().getFocusedItem());
                e.consume();
            }
        });
        getItems().addListener((ListChangeListener<IdeaEntry>) change -> {
            fitHeight();
            showSelection();
        });
        model.selectedCards().addListener((SetChangeListener<String>) change -> showSelection());
        fitHeight();
        showSelection();
    }

    /** Tall enough for a few groups without a scroll bar of its own; longer lists scroll inside. */
    private void fitHeight() {
        double height = 8;
        for (IdeaEntry entry : getItems()) {
            height += entry instanceof IdeaEntry.Header ? HEADER_HEIGHT : IDEA_HEIGHT;
            if (height > MAX_HEIGHT) {
                break;
            }
        }
        setPrefHeight(Math.max(120, Math.min(height, MAX_HEIGHT)));
    }

    private void select(IdeaEntry entry) {
        if (entry instanceof IdeaEntry.Idea idea) {
            model.selectCard(idea.cardId());
        }
        showSelection(); // a click on a heading must not leave the heading highlighted
    }

    private void showSelection() {
        Set<String> selected = model.selectedCards();
        var selection = getSelectionModel();
        selection.clearSelection();
        if (selected.isEmpty()) {
            return;
        }
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i) instanceof IdeaEntry.Idea idea && selected.contains(idea.cardId())) {
                selection.select(i);
            }
        }
    }

    private final class EntryCell extends ListCell<IdeaEntry> {
        private final Label header = new Label();
        private final Label title = new Label();
        private final Label funded = new Label();
        private final FontIcon fundedIcon = new FontIcon(MaterialDesignC.CHECK_CIRCLE);
        private final FontIcon notFundedIcon = new FontIcon(MaterialDesignC.CIRCLE_OUTLINE);
        private final Label facts = new Label();
        private final Label reason = new Label();
        private final VBox idea;
        private String classStyle;

        EntryCell() {
            setPrefWidth(0); // let the list, not the text, decide the width
            header.getStyleClass().add(AdvisorStyles.IDEA_HEADER);
            header.setMaxWidth(Double.MAX_VALUE);
            title.getStyleClass().add(AdvisorStyles.IDEA_TITLE);
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            funded.getStyleClass().addAll(AdvisorStyles.BADGE, AdvisorStyles.FUNDED_MARK);
            funded.setMinWidth(Region.USE_PREF_SIZE);
            facts.getStyleClass().add(AdvisorStyles.IDEA_FACTS);
            facts.setWrapText(true);
            facts.setMinHeight(Region.USE_PREF_SIZE);
            reason.getStyleClass().add(AdvisorStyles.REASON);
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            HBox top = new HBox(8, title, funded);
            top.setAlignment(Pos.TOP_LEFT);
            idea = new VBox(3, top, facts, reason);
            idea.getStyleClass().add(AdvisorStyles.IDEA_ROW);
            // Wrapped text needs the real width to report its height; room for the cell padding and scroll bar.
            idea.prefWidthProperty().bind(IdeaList.this.widthProperty().subtract(CELL_INSETS));
            idea.maxWidthProperty().bind(idea.prefWidthProperty());
            header.prefWidthProperty().bind(idea.prefWidthProperty());
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                    select(getItem());
                }
            });
        }

        @Override
        protected void updateItem(IdeaEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            getStyleClass().remove(classStyle);
            classStyle = null;
            if (empty || entry == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            classStyle = AdvisorStyles.ideaClass(entry.ideaClass());
            getStyleClass().add(classStyle);
            if (entry instanceof IdeaEntry.Header h) {
                setId(null);
                header.setText(AdvisorTexts.TEXTS.get("idea.header", h.title(), h.count()));
                setGraphic(header);
            } else if (entry instanceof IdeaEntry.Idea i) {
                setId("advisorIdea-" + i.cardId());
                title.setText(i.title());
                funded.setText(AdvisorTexts.TEXTS.get(i.funded() ? "idea.funded" : "idea.notFunded"));
                funded.setGraphic(i.funded() ? fundedIcon : notFundedIcon);
                funded.pseudoClassStateChanged(AdvisorStyles.FUNDED, i.funded());
                facts.setText(AdvisorTexts.TEXTS.get("idea.facts", i.cost(), i.uplift(), i.where()));
                reason.setText(i.reason());
                setGraphic(idea);
            }
        }
    }
}
