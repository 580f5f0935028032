package org.nineplus.ui.advisor;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.nineplus.ui.editor.EditorSession;

/**
 * The advisor side panel: budget, stages, ideas, peak–end, Kano and warnings for the journey on screen, in one
 * vertical scroll, for a side panel 360–420 px wide. The state lives in {@link AdvisorViewModel}; this only binds.
 */
public final class AdvisorPanel extends ScrollPane {

    private final AdvisorViewModel model;

    public AdvisorPanel(EditorSession session, Locale locale) {
        this(new AdvisorViewModel(session, locale), locale);
    }

    public AdvisorPanel(AdvisorViewModel model) {
        this(model, Locale.getDefault());
    }

    public AdvisorPanel(AdvisorViewModel model, Locale locale) {
        this.model = model;
        setId("advisorPanel");
        getStyleClass().add(AdvisorStyles.PANEL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(320);
        setPrefWidth(400);
        VBox content = new VBox(
                section("budget", AdvisorTexts.TEXTS.get("section.budget"), new BudgetField(model), new BudgetBar(model)),
                section("stages", AdvisorTexts.TEXTS.get("section.stages"), new StageList(model)),
                section("ideas", AdvisorTexts.TEXTS.get("section.ideas"), new IdeaList(model)),
                section("team-vote", AdvisorTexts.TEXTS.get("section.teamVote"), new TeamVoteView(model, locale)),
                section("peak-end", AdvisorTexts.TEXTS.get("section.peakEnd"), new PeakEndView(model)),
                section("kano", AdvisorTexts.TEXTS.get("section.kano"), kano(model)),
                section("warnings", AdvisorTexts.TEXTS.get("section.warnings"), new WarningList(model)));
        content.getStyleClass().add(AdvisorStyles.CONTENT);
        content.setPadding(new Insets(12));
        setContent(content);
    }

    public AdvisorViewModel viewModel() {
        return model;
    }

    private static Node kano(AdvisorViewModel model) {
        Label none = new Label(AdvisorTexts.TEXTS.get("noKano"));
        none.getStyleClass().add(AdvisorStyles.MUTED);
        none.setWrapText(true);
        KanoPlot plot = new KanoPlot(model);
        none.visibleProperty().bind(Bindings.isEmpty(model.kanoPoints()));
        none.managedProperty().bind(none.visibleProperty());
        return new VBox(6, none, plot);
    }

    private static VBox section(String id, String title, Node... children) {
        Label heading = new Label(title);
        heading.getStyleClass().add(AdvisorStyles.SECTION_TITLE);
        VBox section = new VBox(8, heading);
        section.getChildren().addAll(children);
        section.getStyleClass().add(AdvisorStyles.SECTION);
        section.setId("advisorSection-" + id);
        return section;
    }
}
