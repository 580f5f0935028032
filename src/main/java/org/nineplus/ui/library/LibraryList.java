package org.nineplus.ui.library;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.nineplus.store.StoredWorkshop;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.ui.library.LibraryViewModel.Editing;

/**
 * What the library screen lists and shows, for {@link LibraryViewModel}: every workshop (most recently changed
 * first), those matching the search, the selected one, the one in the overview and the one handed to the editor.
 * Changed from the results of the view model's commands ({@link Change}); FX thread.
 */
final class LibraryList {

    /** What an action left behind: the new list, what to select (null: nothing), what to show (null: unchanged). */
    record Change(List<WorkshopSummary> workshops, Long select, StoredWorkshop open, Editing edit) {
        Change(List<WorkshopSummary> workshops, Long select, StoredWorkshop open) {
            this(workshops, select, open, null);
        }
    }

    private final ObservableList<WorkshopSummary> workshops = FXCollections.observableArrayList();
    private final FilteredList<WorkshopSummary> visibleWorkshops = new FilteredList<>(workshops);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<WorkshopSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<StoredWorkshop> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<Editing> editing = new ReadOnlyObjectWrapper<>(this, "editing");

    LibraryList() {
        filter.addListener((obs, old, text) -> visibleWorkshops.setPredicate(WorkshopTitles.matching(text)));
    }

    /** A new library is being opened: nothing listed, selected or shown. */
    void clear() {
        workshops.clear();
        selected.set(null);
        opened.set(null);
    }

    void setAll(List<WorkshopSummary> list) {
        workshops.setAll(list);
    }

    /**
     * A library just opened: the sample, when it was just added, is selected and shown; otherwise the most recently
     * changed workshop is selected, ready for Enter.
     */
    void showOpened(StoredWorkshop sample) {
        if (sample != null) {
            select(sample.id());
            opened.set(sample);
        } else if (!workshops.isEmpty()) {
            selected.set(workshops.get(0));
        }
    }

    void apply(Change change) {
        StoredWorkshop shown = opened.get();
        workshops.setAll(change.workshops());
        if (change.select() != null) {
            select(change.select());
        } else {
            selected.set(null);
        }
        if (change.open() != null) {
            opened.set(change.open());
            if (change.edit() != null) {
                editing.set(change.edit());
            }
        } else if (shown != null && workshops.stream().noneMatch(w -> w.id() == shown.id())) {
            opened.set(null);
        }
    }

    private void select(long id) {
        selected.set(workshops.stream().filter(w -> w.id() == id).findFirst().orElse(null));
    }

    /** Whether the workshop with {@code id} is the one in the overview. */
    boolean isOpened(long id) {
        return opened.get() != null && opened.get().id() == id;
    }

    /** The workshop in the editor, which is gone from here from now on; null when there is none. */
    Editing takeEditing() {
        Editing was = editing.get();
        editing.set(null);
        return was;
    }

    ObservableList<WorkshopSummary> workshops() {
        return workshops;
    }

    ObservableList<WorkshopSummary> visibleWorkshops() {
        return visibleWorkshops;
    }

    StringProperty filterProperty() {
        return filter;
    }

    ObjectProperty<WorkshopSummary> selectedProperty() {
        return selected;
    }

    Optional<WorkshopSummary> selected() {
        return Optional.ofNullable(selected.get());
    }

    ReadOnlyObjectProperty<StoredWorkshop> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Editing> editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
