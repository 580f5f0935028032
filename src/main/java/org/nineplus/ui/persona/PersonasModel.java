package org.nineplus.ui.persona;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineplus.edit.PersonaCommands;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.render.PersonaPictures;
import org.nineplus.ui.BackgroundWork;
import org.nineplus.ui.editor.EditorSession;

/**
 * The personas of the open workshop, without controls: the list, the one selected for editing, and every change as
 * one command of the session (so each is one undo step). An image file is read and scaled on the background thread.
 * FX thread only.
 */
public final class PersonasModel {

    /** Image files larger than this are refused before they are read. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final EditorSession session;
    private final BackgroundWork work;
    private final ObservableList<Persona> personas = FXCollections.observableArrayList();
    private final StringProperty selectedId = new SimpleStringProperty();
    private final StringProperty problem = new SimpleStringProperty("");

    public PersonasModel(EditorSession session, BackgroundWork work) {
        this.session = Objects.requireNonNull(session, "session");
        this.work = Objects.requireNonNull(work, "work");
        session.workshopProperty().addListener((obs, old, now) -> refresh(now));
        refresh(session.current());
    }

    private void refresh(Workshop workshop) {
        if (!personas.equals(workshop.personas())) {
            personas.setAll(workshop.personas());
        }
        if (selectedId.get() == null || find(selectedId.get()).isEmpty()) {
            selectedId.set(personas.isEmpty() ? null : personas.get(0).id());
        }
    }

    public ObservableList<Persona> personas() {
        return FXCollections.unmodifiableObservableList(personas);
    }

    public EditorSession session() {
        return session;
    }

    /** The id of the persona the form edits, or null. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public Optional<Persona> selected() {
        return selectedId.get() == null ? Optional.empty() : find(selectedId.get());
    }

    public Optional<Persona> find(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The last refused change or unreadable picture, in a sentence; empty when the last action worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Adds a persona with a fresh id and a placeholder name, and selects it. */
    public void add() {
        Workshop w = session.current();
        String id = PersonaCommands.freeId(w);
        String name = PersonaTexts.text("persona.newName", w.personas().size() + 1);
        if (run(PersonaCommands.add(new Persona(id, name, "", List.of(), List.of(), "")))) {
            selectedId.set(id);
        }
    }

    /** Deletes a persona; journeys that picked it show none (one undo step). */
    public void delete(String id) {
        run(PersonaCommands.delete(id));
    }

    public void rename(String id, String name) {
        change(id, p -> new Persona(p.id(), name.strip(), p.description(), p.goals(), p.frustrations(),
                p.picture()));
    }

    public void describe(String id, String description) {
        change(id, p -> new Persona(p.id(), p.name(), description.strip(), p.goals(), p.frustrations(),
                p.picture()));
    }

    /** The goals, one per line; blank lines are dropped. */
    public void goals(String id, String lines) {
        change(id, p -> new Persona(p.id(), p.name(), p.description(), lines(lines), p.frustrations(), p.picture()));
    }

    /** The frustrations, one per line; blank lines are dropped. */
    public void frustrations(String id, String lines) {
        change(id, p -> new Persona(p.id(), p.name(), p.description(), p.goals(), lines(lines), p.picture()));
    }

    /** Sets the picture value: empty, {@code bundled:NAME} or an embedded image. */
    public void picture(String id, String picture) {
        change(id, p -> new Persona(p.id(), p.name(), p.description(), p.goals(), p.frustrations(), picture));
    }

    /**
     * Reads an image file on the background thread, scales it to at most {@value PersonaPictures#MAX_EDGE} pixels,
     * embeds it and then sets it as the persona's picture (one undo step). A file that is no image, too large or
     * unreadable leaves the persona as it was and names the file in {@link #problemProperty()}.
     */
    public void pictureFromFile(String id, Path file) {
        work.run(PersonaTexts.text("work.readPicture", file.getFileName()), () -> embed(file),
                value -> picture(id, value), failure -> problem.set(failure.getMessage()));
    }

    static String embed(Path file) throws IOException {
        long size;
        byte[] bytes;
        try {
            size = Files.size(file);
            bytes = size > MAX_FILE_BYTES ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException(PersonaTexts.text("problem.unreadable", file, e.getClass().getSimpleName()), e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new IOException(PersonaTexts.text("problem.fileTooLarge", file, size / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)));
        }
        try {
            return PersonaPictures.embed(bytes, file.toString());
        } catch (PersonaPictures.NotAnImage notAnImage) {
            throw new IOException(PersonaTexts.text("problem.notAnImage", file), notAnImage);
        }
    }

    /** Makes the journey show this persona in its header (null: none). */
    public void pick(String journeyId, String personaId) {
        run(PersonaCommands.pick(journeyId, personaId));
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void change(String id, UnaryOperator<Persona> edit) {
        find(id).ifPresent(p -> {
            Persona changed = edit.apply(p);
            if (!changed.equals(p)) {
                run(PersonaCommands.change(changed));
            }
        });
    }

    private boolean run(org.nineplus.edit.Command command) {
        boolean changed = session.execute(command);
        problem.set(session.problemProperty().get());
        return changed;
    }
}
