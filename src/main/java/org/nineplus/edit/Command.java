package org.nineplus.edit;

import java.util.function.UnaryOperator;

import org.nineplus.model.Workshop;

/** One edit of a workshop, with the words the Edit menu shows for it ("Move card 'Claim tracker'"). */
public interface Command {

    String description();

    /** The edited workshop; the given one is never changed. */
    Workshop apply(Workshop workshop);

    static Command of(String description, UnaryOperator<Workshop> change) {
        return new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Workshop apply(Workshop workshop) {
                return change.apply(workshop);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** Several commands as one undo step, described by {@code description}. */
    static Command compound(String description, Iterable<? extends Command> parts) {
        return of(description, workshop -> {
            Workshop result = workshop;
            for (Command part : parts) {
                result = part.apply(result);
            }
            return result;
        });
    }
}
