package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.nineplus.edit.JourneyCommands;
import org.nineplus.model.Journey;

/** What the inspector edits when nothing is selected: the title and persona line of the journey on screen. */
public final class JourneyInspectorModel {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final EditorSession session;
    private final ReadOnlyObjectWrapper<Journey> journey = new ReadOnlyObjectWrapper<>(this, "journey");
    private final ValidatedField<String> title;
    private final ValidatedField<String> persona;

    public JourneyInspectorModel(EditorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        title = new ValidatedField<>(FieldFormats.required(TEXTS.get("journey.titleNeeded")), s -> s,
                () -> journey.get() == null ? null : journey.get().title(),
                value -> session.execute(JourneyCommands.rename(journey.get().id(), value)));
        persona = new ValidatedField<>(FieldFormats.anyText(), s -> s,
                () -> journey.get() == null ? null : journey.get().persona(),
                value -> session.execute(JourneyCommands.changePersona(journey.get().id(), value)));
        session.workshopProperty().addListener((obs, old, now) -> refresh());
        session.journeyIdProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Journey before = journey.get();
        Journey now = session.journey().orElse(null);
        journey.set(now);
        if (now != null) {
            boolean other = before == null || !before.id().equals(now.id());
            title.reload(other);
            persona.reload(other);
        }
    }

    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    public ValidatedField<String> title() {
        return title;
    }

    public ValidatedField<String> persona() {
        return persona;
    }
}
