package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.nineplus.edit.Command;
import org.nineplus.edit.History;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;
import org.nineplus.model.Workshop;

/**
 * One open workshop in the editor: its undo history seen as JavaFX properties, the journey on screen and the
 * selection. Every panel reads from here and edits only through {@link #execute}; FX thread only.
 */
public final class EditorSession {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    /** What a read-only session says when asked to edit. */
    public static final String READ_ONLY = TEXTS.get("session.readOnly");

    private final long workshopId;
    private final boolean readOnly;
    private final History history;
    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>(this, "workshop");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", TEXTS.get("session.undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", TEXTS.get("session.redo"));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringProperty journeyId = new SimpleStringProperty(this, "journeyId");
    private final ObservableSet<String> selectedCards = FXCollections.observableSet();
    private final StringProperty selectedStage = new SimpleStringProperty(this, "selectedStage");
    private final StringProperty selectedLane = new SimpleStringProperty(this, "selectedLane");
    private final ObjectProperty<Link> selectedLink = new SimpleObjectProperty<>(this, "selectedLink");

    public EditorSession(long workshopId, Workshop initial, int undoLimit) {
        this(workshopId, initial, undoLimit, false);
    }

    private EditorSession(long workshopId, Workshop initial, int undoLimit, boolean readOnly) {
        this.workshopId = workshopId;
        this.readOnly = readOnly;
        this.history = new History(Objects.requireNonNull(initial, "initial"), undoLimit);
        history.addListener(h -> refresh());
        refresh();
        journeyId.set(initial.journeys().isEmpty() ? null : initial.journeys().get(0).id());
    }

    /**
     * Applies an edit as one undo step. A command the workshop refuses (e.g. deleting a pyramid lane) changes
     * nothing and its reason appears in {@link #problemProperty()}.
     */
    public boolean execute(Command command) {
        if (readOnly) {
            problem.set(READ_ONLY);
            return false;
        }
        try {
            boolean changed = history.execute(command);
            problem.set("");
            return changed;
        } catch (IllegalArgumentException refused) {
            problem.set(refused.getMessage());
            return false;
        }
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Records that this revision is in the library (from the autosave, on the FX thread). */
    public void markSaved(long savedRevision) {
        history.markSaved(savedRevision);
    }

    private void refresh() {
        workshop.set(history.current());
        revision.set(history.revision());
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> TEXTS.get("session.undoWhat", d)).orElse(TEXTS.get("session.undo")));
        redoText.set(history.redoDescription().map(d -> TEXTS.get("session.redoWhat", d)).orElse(TEXTS.get("session.redo")));
        Workshop current = history.current();
        if (journeyId.get() != null && current.journey(journeyId.get()).isEmpty()) {
            journeyId.set(current.journeys().isEmpty() ? null : current.journeys().get(0).id());
        }
        Optional<Journey> shown = journey();
        selectedCards.removeIf(id -> shown.flatMap(j -> j.card(id)).isEmpty());
        if (selectedLink.get() != null && shown.map(j -> !j.links().contains(selectedLink.get())).orElse(true)) {
            selectedLink.set(null);
        }
    }

    /**
     * A session that shows {@code shown} (a saved version) and refuses every edit: {@link #execute} changes nothing
     * and says why in {@link #problemProperty()}. Selecting, zooming and switching journeys still work.
     */
    public static EditorSession readOnly(long workshopId, Workshop shown) {
        return new EditorSession(workshopId, shown, 1, true);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public long workshopId() {
        return workshopId;
    }

    public Workshop current() {
        return history.current();
    }

    /** The journey on screen. */
    public Optional<Journey> journey() {
        return journeyId.get() == null ? Optional.empty() : history.current().journey(journeyId.get());
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move card", for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Why the last edit was refused, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty journeyIdProperty() {
        return journeyId;
    }

    /** Ids of the selected cards of the journey on screen. */
    public ObservableSet<String> selectedCards() {
        return selectedCards;
    }

    public StringProperty selectedStageProperty() {
        return selectedStage;
    }

    public StringProperty selectedLaneProperty() {
        return selectedLane;
    }

    public ObjectProperty<Link> selectedLinkProperty() {
        return selectedLink;
    }

    /** The one selected card (what F2 edits), if exactly one card is selected. */
    public Optional<String> singleSelectedCard() {
        return selectedCards.size() == 1 ? Optional.of(selectedCards.iterator().next()) : Optional.empty();
    }

    /** The stage whose header is selected (no cards, no lane, only the stage): F2 renames it. */
    public Optional<String> selectedStageHeader() {
        return selectedCards.isEmpty() && selectedLane.get() == null ? Optional.ofNullable(selectedStage.get())
                : Optional.empty();
    }
}
