package org.nineplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestPictures;
import org.nineplus.testing.TestWorkshops;

/** Personas with embedded pictures and a journey's personaId are kept by the library, its versions and copies. */
class H2PersonaTest {

    @TempDir
    Path dir;

    @Test
    void personasSurviveSaveVersionAndDuplicate() {
        Workshop base = TestWorkshops.workedExample();
        Persona anna = new Persona("p1", "Anna", "Home owner", List.of("Quick payout"), List.of("Waiting", "Forms"),
                TestPictures.noisePng(256, 3));
        Persona bas = new Persona("p2", "Bas", "", List.of(), List.of(), "bundled:penguin");
        Workshop workshop = base.withPersonas(List.of(anna, bas))
                .withJourney(base.journeys().get(0).withPersonaId("p1"));
        try (H2WorkshopStore store = H2WorkshopStore.open(dir.resolve("library"))) {
            long id = store.create(workshop);
            assertThat(store.load(id).workshop()).isEqualTo(workshop);

            long version = store.saveVersion(id, "with personas").id();
            Workshop fewer = workshop.withPersonas(List.of(bas))
                    .withJourney(workshop.journeys().get(0).withPersonaId("p2"));
            store.save(id, fewer);

            assertThat(store.load(id).workshop()).isEqualTo(fewer);
            assertThat(store.loadVersion(version)).isEqualTo(workshop);
            assertThat(store.load(store.duplicate(id)).workshop().personas()).isEqualTo(fewer.personas());
        }
        try (H2WorkshopStore reopened = H2WorkshopStore.open(dir.resolve("library"))) {
            assertThat(reopened.list()).hasSize(2);
        }
    }
}
