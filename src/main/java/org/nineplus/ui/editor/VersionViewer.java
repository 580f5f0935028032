package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.ui.Dialogs;

/**
 * A saved version in a window of its own, read-only: its journeys on a canvas over a session that refuses every
 * edit. Nothing here touches the library; the content was read before the window opens.
 */
public final class VersionViewer {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private VersionViewer() {
    }

    /** Opens the window next to {@code owner} and returns its read-only session. FX thread. */
    public static EditorSession open(Window owner, List<String> stylesheets, CanvasView.Factory canvases,
                                     long workshopId, String heading, Workshop content) {
        EditorSession session = EditorSession.readOnly(workshopId, content);
        CanvasView canvas = canvases.create(session);

        ComboBox<Journey> journeys = new ComboBox<>();
        journeys.setId("versionJourneyChoice");
        journeys.getItems().setAll(content.journeys());
        journeys.setButtonCell(new JourneyCell());
        journeys.setCellFactory(view -> new JourneyCell());
        session.journey().ifPresent(journeys::setValue);
        journeys.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                session.journeyIdProperty().set(now.id());
            }
        });

        Label title = new Label(TEXTS.get("versions.readOnly", heading));
        title.setId("versionViewerHeading");
        Label problem = new Label();
        problem.setId("versionViewerProblem");
        problem.getStyleClass().add("hint");
        problem.textProperty().bind(session.problemProperty());
        HBox top = new HBox(12, title, journeys);
        top.setStyle("-fx-padding: 8; -fx-alignment: center-left;");
        BorderPane root = new BorderPane(canvas.node(), top, null, problem, null);
        root.setId("versionViewer");

        Dialogs.window(owner, stylesheets, TEXTS.get("versions.windowTitle", content.title(), heading), root, 1000, 650)
                .show();
        return session;
    }

    private static final class JourneyCell extends ListCell<Journey> {
        @Override
        protected void updateItem(Journey item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
