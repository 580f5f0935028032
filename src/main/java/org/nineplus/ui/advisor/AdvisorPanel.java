package org.nineplus.ui.advisor;

import java.util.Locale;
import java.util.ResourceBundle;

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
                section("Budget", new BudgetField(model), new BudgetBar(model)),
                section("Stages", new StageList(model)),
                section("Ideas", new IdeaList(model)),
                teamVote(model, locale),
                section("Peak\u2013end", new PeakEndView(model)),
                section("Kano", kano(model)),
                section("Warnings", new WarningList(model)));
        content.getStyleClass().add(AdvisorStyles.CONTENT);
        content.setPadding(new Insets(12));
        setContent(content);
    }

    public AdvisorViewModel viewModel() {
        return model;
    }

    private static Node kano(AdvisorViewModel model) {
        Label none = new Label(AdvisorTexts.NO_KANO);
        none.getStyleClass().add(AdvisorStyles.MUTED);
        none.setWrapText(true);
        KanoPlot plot = new KanoPlot(model);
        none.visibleProperty().bind(Bindings.isEmpty(model.kanoPoints()));
        none.managedProperty().bind(none.visibleProperty());
        return new VBox(6, none, plot);
    }

    private static VBox teamVote(AdvisorViewModel model, Locale locale) {
        String title = ResourceBundle.getBundle("org.nineplus.ui.advisor.messages", locale)
                .getString("section.teamVote");
        VBox section = section(title, new TeamVoteView(model, locale));
        section.setId("advisorSection-team-vote");
        return section;
    }

    private static VBox section(String title, Node... children) {
        Label heading = new Label(title);
        heading.getStyleClass().add(AdvisorStyles.SECTION_TITLE);
        VBox section = new VBox(8, heading);
        section.getChildren().addAll(children);
        section.getStyleClass().add(AdvisorStyles.SECTION);
        section.setId("advisorSection-" + title.replace('\u2013', '-').toLowerCase(Locale.ROOT));
        return section;
    }
}
