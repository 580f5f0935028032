package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Journey;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestPictures;
import org.nineplus.testing.TestWorkshops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Personas, a journey's personaId and both kinds of picture survive a file; version-1 files still read. */
class PersonaJsonTest {

    @TempDir
    Path dir;

    private final WorkshopJson json = new WorkshopJson();

    @Test
    void personasWithBundledAndEmbeddedPicturesRoundTrip() throws Exception {
        String photo = TestPictures.noisePng(256, 7);
        assertThat(photo.length()).as("the largest embedded picture fits the text limit")
                .isGreaterThan(250_000).isLessThan(WorkshopJson.MAX_TEXT_LENGTH);
        Workshop base = TestWorkshops.workedExample();
        Persona anna = new Persona("p1", "Anna", "Home owner", List.of("Quick payout", "One contact"),
                List.of("Waiting"), "bundled:owl");
        Persona bas = new Persona("p2", "Bas", "Tenant", List.of(), List.of("Forms"), photo);
        Journey second = base.journeys().get(0).withId("j2").withPersonaId("p2");
        Workshop workshop = base.withPersonas(List.of(anna, bas))
                .withJourneys(List.of(base.journeys().get(0).withPersonaId("p1"), second));
        Path file = dir.resolve("personas.json");

        json.write(workshop, file);
        Workshop read = json.read(file);

        assertThat(read).isEqualTo(workshop);
        JsonNode tree = new ObjectMapper().readTree(file.toFile());
        assertThat(tree.get("version").asInt()).as("still version 1: the fields are additive").isEqualTo(1);
        assertThat(tree.get("personas").get(1).get("picture").asText()).startsWith("data:image/png;base64,");
        assertThat(tree.get("journeys").get(1).get("personaId").asText()).isEqualTo("p2");
    }

    @Test
    void aVersionOneFileWithoutPersonasReads() throws Exception {
        Workshop read = json.read(ExchangeFiles.contractExample(), "claims.json");
        assertThat(read.personas()).isEmpty();
        assertThat(read.journeys()).allSatisfy(j -> assertThat(j.personaId()).isNull());
        assertThat(read.journeys().get(0).persona()).isNotBlank();
    }

    @Test
    void aPersonaIdThatNamesNoPersonaIsRefusedWithItsPlace() {
        ObjectMapper mapper = new ObjectMapper();
        var tree = ExchangeFiles.contractExampleTree();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("journeys").get(0)).put("personaId", "ghost");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.read(mapper.writeValueAsString(tree), "x.json"))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("journeys[0].personaId")
                .hasMessageContaining("ghost");
    }
}
