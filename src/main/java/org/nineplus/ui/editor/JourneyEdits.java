package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import org.nineplus.edit.JourneyCommands;
import org.nineplus.model.Journey;
import org.nineplus.model.WorkshopTemplates;

/** The journeys of the workshop (its tabs): add, rename, duplicate, delete, persona. FX thread only. */
public final class JourneyEdits {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final EditorSession session;
    private final BooleanBinding canDelete;

    public JourneyEdits(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        canDelete = Bindings.createBooleanBinding(() -> session.current().journeys().size() > 1,
                session.workshopProperty());
    }

    /** Adds a journey with the starting lanes and no stages, and shows it. */
    public void add(String title) {
        String id = JourneyCommands.freeId(session.current());
        Journey journey = new Journey(id, title.strip(), "", null, java.util.List.of(),
                WorkshopTemplates.startingLanes(), java.util.List.of(), java.util.List.of());
        if (session.execute(JourneyCommands.add(journey))) {
            session.journeyIdProperty().set(id);
        }
    }

    public void rename(String journeyId, String title) {
        session.execute(JourneyCommands.rename(journeyId, title.strip()));
    }

    /** Copies the journey right after itself and shows the copy. */
    public void duplicate(String journeyId, String title) {
        String id = JourneyCommands.freeId(session.current());
        if (session.execute(JourneyCommands.duplicate(journeyId, title.strip()))) {
            session.journeyIdProperty().set(id);
        }
    }

    /** Deletes a journey; the last one is refused and the reason shows as the session's problem. */
    public void delete(String journeyId) {
        session.execute(JourneyCommands.delete(journeyId));
    }

    public void changePersona(String journeyId, String persona) {
        session.execute(JourneyCommands.changePersona(journeyId, persona));
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    /** "Home insurance claim (copy)". */
    public static String copyTitle(String title) {
        return TEXTS.get("journey.copy", title);
    }
}
