package org.nineplus.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Moves one element of a list to another position. */
final class Reorder {

    private Reorder() {
    }

    /** Removes the first element matching {@code which} and inserts it at {@code index} of the remaining list. */
    static <T> List<T> move(List<T> list, Predicate<T> which, int index) {
        List<T> result = new ArrayList<>(list);
        for (int i = 0; i < result.size(); i++) {
            if (which.test(result.get(i))) {
                T element = result.remove(i);
                result.add(Math.max(0, Math.min(index, result.size())), element);
                return result;
            }
        }
        return list;
    }
}
