package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

import org.nineplus.edit.Ids;
import org.nineplus.edit.LaneCommands;
import org.nineplus.edit.StageCommands;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;

/**
 * Stages and lanes of the journey on screen, as the menus see them: add, rename, delete, move. Works on the
 * selected stage or lane; no window needed. FX thread only.
 */
public final class StructureEdits {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final EditorSession session;
    private final BooleanBinding hasStage;
    private final BooleanBinding hasLane;
    private final BooleanBinding canDeleteLane;
    private final StringBinding deleteLaneHint;
    private final BooleanBinding canMoveStageLeft;
    private final BooleanBinding canMoveStageRight;
    private final BooleanBinding canMoveLaneUp;
    private final BooleanBinding canMoveLaneDown;

    public StructureEdits(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        hasStage = when(() -> stage().isPresent());
        hasLane = when(() -> lane().isPresent());
        canDeleteLane = when(() -> lane().filter(l -> !l.kind().isPyramid()).isPresent());
        deleteLaneHint = Bindings.createStringBinding(() -> lane()
                .map(l -> l.kind().isPyramid() ? TEXTS.get("structure.pyramidLane", l.name())
                        : TEXTS.get("structure.deleteLane", l.name()))
                .orElse(TEXTS.get("structure.selectLane")), dependencies());
        canMoveStageLeft = when(() -> stageIndex() > 0);
        canMoveStageRight = when(() -> stageIndex() >= 0 && stageIndex() < count(Journey::stages) - 1);
        canMoveLaneUp = when(() -> laneIndex() > 0);
        canMoveLaneDown = when(() -> laneIndex() >= 0 && laneIndex() < count(Journey::lanes) - 1);
    }

    private javafx.beans.Observable[] dependencies() {
        return new javafx.beans.Observable[] {session.workshopProperty(), session.journeyIdProperty(),
            session.selectedStageProperty(), session.selectedLaneProperty()};
    }

    private BooleanBinding when(java.util.concurrent.Callable<Boolean> condition) {
        return Bindings.createBooleanBinding(condition, dependencies());
    }

    // ---- stages

    /** Adds a stage right after the selected one (or at the end) and selects it. */
    public void addStage(String name) {
        session.journey().ifPresent(j -> {
            String id = new Ids(j).next("s");
            int at = stageIndex() >= 0 ? stageIndex() + 1 : j.stages().size();
            if (session.execute(StageCommands.add(j.id(), new Stage(id, name.strip()), at))) {
                session.selectedStageProperty().set(id);
            }
        });
    }

    public void renameStage(String name) {
        stage().filter(s -> !s.name().equals(name.strip())).ifPresent(s -> session.execute(
                StageCommands.update(journeyId(), s.withName(name.strip()), TEXTS.get("stage.rename"))));
    }

    /** How many cards deleting the selected stage takes with it. */
    public int cardsInSelectedStage() {
        return stage().map(s -> (int) session.journey().orElseThrow().cards().stream()
                .filter(c -> c.stage().equals(s.id())).count()).orElse(0);
    }

    public void deleteStage() {
        stage().ifPresent(s -> session.execute(StageCommands.delete(journeyId(), s.id())));
    }

    /** Moves the selected stage one column left (-1) or right (+1). */
    public void moveStage(int by) {
        int index = stageIndex();
        int target = index + by;
        if (index >= 0 && target >= 0 && target < count(Journey::stages)) {
            session.execute(StageCommands.move(journeyId(), stage().orElseThrow().id(), target));
        }
    }

    // ---- lanes

    /** Adds a NOTES lane below the selected lane (or at the bottom) and selects it. */
    public void addNotesLane(String name) {
        session.journey().ifPresent(j -> {
            String id = new Ids(j).next("lane");
            int at = laneIndex() >= 0 ? laneIndex() + 1 : j.lanes().size();
            if (session.execute(LaneCommands.add(j.id(), new Lane(id, name.strip(), LaneKind.NOTES), at))) {
                session.selectedLaneProperty().set(id);
            }
        });
    }

    public void renameLane(String name) {
        lane().filter(l -> !l.name().equals(name.strip()))
                .ifPresent(l -> session.execute(LaneCommands.rename(journeyId(), l.id(), name.strip())));
    }

    public int cardsInSelectedLane() {
        return lane().map(l -> (int) session.journey().orElseThrow().cards().stream()
                .filter(c -> c.lane().equals(l.id())).count()).orElse(0);
    }

    public void deleteLane() {
        lane().ifPresent(l -> session.execute(LaneCommands.delete(journeyId(), l.id())));
    }

    /** Moves the selected lane one row up (-1) or down (+1). */
    public void moveLane(int by) {
        int index = laneIndex();
        int target = index + by;
        if (index >= 0 && target >= 0 && target < count(Journey::lanes)) {
            session.execute(LaneCommands.move(journeyId(), lane().orElseThrow().id(), target));
        }
    }

    // ---- what is selected

    public Optional<Stage> stage() {
        return session.journey().flatMap(j -> j.stage(session.selectedStageProperty().get()));
    }

    public Optional<Lane> lane() {
        return session.journey().flatMap(j -> j.lane(session.selectedLaneProperty().get()));
    }

    private int stageIndex() {
        return stage().map(s -> session.journey().orElseThrow().stages().indexOf(s)).orElse(-1);
    }

    private int laneIndex() {
        return lane().map(l -> session.journey().orElseThrow().lanes().indexOf(l)).orElse(-1);
    }

    private int count(java.util.function.Function<Journey, List<?>> part) {
        return session.journey().map(j -> part.apply(j).size()).orElse(0);
    }

    private String journeyId() {
        return session.journeyIdProperty().get();
    }

    public BooleanBinding hasStageProperty() {
        return hasStage;
    }

    public BooleanBinding hasLaneProperty() {
        return hasLane;
    }

    public BooleanBinding canDeleteLaneProperty() {
        return canDeleteLane;
    }

    /** Why Delete lane is disabled, or what it does. */
    public StringBinding deleteLaneHintProperty() {
        return deleteLaneHint;
    }

    public BooleanBinding canMoveStageLeftProperty() {
        return canMoveStageLeft;
    }

    public BooleanBinding canMoveStageRightProperty() {
        return canMoveStageRight;
    }

    public BooleanBinding canMoveLaneUpProperty() {
        return canMoveLaneUp;
    }

    public BooleanBinding canMoveLaneDownProperty() {
        return canMoveLaneDown;
    }
}
