package org.nineplus.ui.editor;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The text of one inspector field, checked as it is typed and committed to the model only when valid. The view
 * binds a text field to {@link #textProperty()} and shows {@link #errorProperty()} under it.
 *
 * @param <T> the model value (null where the field may be empty)
 */
public final class ValidatedField<T> {

    /** Turns typed text into a value, or throws {@link IllegalArgumentException} naming the problem. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Parser<T> parser;
    private final Function<T, String> format;
    private final Supplier<T> current;
    private final Consumer<T> commit;
    private T loaded;
    private boolean hasLoaded;

    /**
     * @param current the value in the model now
     * @param commit applies a changed valid value (as one command)
     */
    public ValidatedField(Parser<T> parser, Function<T, String> format, Supplier<T> current, Consumer<T> commit) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.format = Objects.requireNonNull(format, "format");
        this.current = Objects.requireNonNull(current, "current");
        this.commit = Objects.requireNonNull(commit, "commit");
        text.addListener((obs, old, now) -> validate(now));
    }

    private void validate(String now) {
        try {
            parser.parse(now == null ? "" : now);
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /**
     * Shows the model's value. Unless {@code force}, a field whose model value has not changed keeps what is being
     * typed in it.
     */
    public void reload(boolean force) {
        T value = current.get();
        if (force || !hasLoaded || !Objects.equals(value, loaded)) {
            loaded = value;
            hasLoaded = true;
            text.set(format.apply(value));
            error.set("");
        }
    }

    /** Commits a valid, changed value (Enter or focus loss); false when the text is invalid. */
    public boolean commit() {
        T value;
        try {
            value = parser.parse(text.get() == null ? "" : text.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        if (!Objects.equals(value, current.get())) {
            commit.accept(value);
        }
        return true;
    }

    /** Drops what was typed and shows the model's value again (Escape). */
    public void revert() {
        reload(true);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The problem with the typed text, in one sentence; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }
}
