package org.nineplus.ui.advisor;

import org.nineplus.model.Texts;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineplus.ui.advisor.VoteComparison.Overlap;
import org.nineplus.ui.advisor.VoteComparison.Row;

/**
 * "Team vote vs advisor": the team's top 5 ideas by dots beside what the advisor funds, ideas in both lists marked,
 * and one line saying how many agree. A click on an idea selects its card. Binds to
 * {@link AdvisorViewModel#voteComparisonProperty()}; the words come from this package's messages bundle.
 */
final class TeamVoteView extends VBox {

    static final String ROW = "advisor-vote-row";
    static final String BOTH = "advisor-vote-both";
    static final String ONE_ONLY = "advisor-vote-one-only";

    private final AdvisorViewModel model;
    private final Texts texts;
    private final Locale locale;
    private final Label summary = new Label();
    private final VBox team = new VBox(4);
    private final VBox advisor = new VBox(4);

    TeamVoteView(AdvisorViewModel model, Locale locale) {
        super(8);
        this.model = model;
        this.locale = locale;
        this.texts = Texts.of("org.nineplus.ui.advisor.messages").in(locale);
        setId("advisorTeamVote");
        summary.setId("teamVoteSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(AdvisorStyles.MUTED);
        team.setId("teamVoteTop");
        advisor.setId("teamVoteFunded");
        GridPane columns = new GridPane();
        columns.setHgap(12);
        columns.setVgap(4);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        columns.getColumnConstraints().addAll(half, half);
        columns.add(heading(text("vote.teamTop", VoteComparison.TOP)), 0, 0);
        columns.add(heading(text("vote.advisorFunds")), 1, 0);
        columns.add(team, 0, 1);
        columns.add(advisor, 1, 1);
        getChildren().addAll(summary, columns);
        model.voteComparisonProperty().addListener((obs, old, now) -> show(now));
        show(model.voteComparisonProperty().get());
    }

    private String text(String key, Object... args) {
        return texts.get(key, args);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("advisor-vote-heading");
        label.setWrapText(true);
        return label;
    }

    private void show(VoteComparison comparison) {
        summary.setText(summaryText(comparison));
        team.getChildren().setAll(rows(comparison.teamTop(), "teamVote-",
                comparison.hasVotes() ? null : text("vote.noVotes")));
        advisor.getChildren().setAll(rows(comparison.advisorFunds(), "advisorFunds-",
                comparison.budgeted() ? text("vote.fundsNothing") : text("vote.noBudget")));
    }

    private String summaryText(VoteComparison comparison) {
        if (!comparison.hasVotes()) {
            return text("vote.summary.noVotes");
        }
        return text("vote.summary", comparison.agreed(), comparison.teamTop().size());
    }

    private List<javafx.scene.Node> rows(List<Row> rows, String idPrefix, String empty) {
        if (rows.isEmpty()) {
            Label none = new Label(empty);
            none.setWrapText(true);
            none.getStyleClass().add(AdvisorStyles.MUTED);
            return List.of(none);
        }
        return rows.stream().map(row -> (javafx.scene.Node) row(row, idPrefix)).toList();
    }

    private HBox row(Row row, String idPrefix) {
        Label dots = new Label(text("vote.dots", row.dots()));
        dots.getStyleClass().add("advisor-vote-dots");
        dots.setMinWidth(USE_PREF_SIZE);
        Label title = new Label(row.title());
        title.setWrapText(true);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox box = new HBox(6, dots, title);
        box.setAlignment(Pos.TOP_LEFT);
        box.setId(idPrefix + row.cardId());
        box.getStyleClass().addAll(ROW, row.overlap() == Overlap.BOTH ? BOTH : ONE_ONLY);
        box.setCursor(Cursor.HAND);
        String mark = switch (row.overlap()) {
            case BOTH -> text("vote.overlap.both");
            case TEAM_ONLY -> text("vote.overlap.teamOnly");
            case ADVISOR_ONLY -> text("vote.overlap.advisorOnly");
        };
        box.setAccessibleText(row.title() + ", " + dots.getText() + ", " + mark);
        Tooltip.install(box, new Tooltip(mark));
        if (row.overlap() == Overlap.BOTH) {
            Label both = new Label("\u2713");
            both.getStyleClass().add("advisor-vote-mark");
            box.getChildren().add(both);
        }
        box.setOnMouseClicked(e -> model.selectCard(row.cardId()));
        return box;
    }
}
