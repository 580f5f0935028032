package org.nineplus.edit;

import java.util.HashSet;
import java.util.Set;

import org.nineplus.model.Journey;

/** Hands out ids that are free within a journey (ids are unique across its stages, lanes and cards). */
public final class Ids {

    private final Set<String> taken = new HashSet<>();

    public Ids(Journey journey) {
        journey.stages().forEach(s -> taken.add(s.id()));
        journey.lanes().forEach(l -> taken.add(l.id()));
        journey.cards().forEach(c -> taken.add(c.id()));
    }

    /** The first free id of the form prefix1, prefix2, …; it is taken from then on. */
    public String next(String prefix) {
        for (int n = 1; ; n++) {
            String id = prefix + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }
}
