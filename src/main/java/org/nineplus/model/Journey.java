package org.nineplus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer journey: stages left to right, lanes top to bottom, cards in a cell in list order.
 *
 * @param persona the free-text persona line of the journey ("Young family in their first house")
 * @param personaId the id of one of the workshop's personas, or null
 */
public record Journey(String id, String title, String persona, String personaId, List<Stage> stages,
                      List<Lane> lanes, List<Card> cards, List<Link> links) {

    public Journey {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        persona = persona == null ? "" : persona;
        stages = stages == null ? List.of() : List.copyOf(stages);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        cards = cards == null ? List.of() : List.copyOf(cards);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    public Journey withTitle(String value) {
        return new Journey(id, value, persona, personaId, stages, lanes, cards, links);
    }

    public Journey withPersona(String value) {
        return new Journey(id, title, value, personaId, stages, lanes, cards, links);
    }

    public Journey withPersonaId(String value) {
        return new Journey(id, title, persona, value, stages, lanes, cards, links);
    }

    public Journey withId(String value) {
        return new Journey(value, title, persona, personaId, stages, lanes, cards, links);
    }

    public Journey withStages(List<Stage> value) {
        return new Journey(id, title, persona, personaId, value, lanes, cards, links);
    }

    public Journey withLanes(List<Lane> value) {
        return new Journey(id, title, persona, personaId, stages, value, cards, links);
    }

    public Journey withCards(List<Card> value) {
        return new Journey(id, title, persona, personaId, stages, lanes, value, links);
    }

    public Journey withLinks(List<Link> value) {
        return new Journey(id, title, persona, personaId, stages, lanes, cards, value);
    }
}
