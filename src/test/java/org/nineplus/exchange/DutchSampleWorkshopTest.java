package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Lane;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Texts;

/**
 * The Dutch sample ({@code claims-workshop_nl.json}) is the English sample in other words: walking both files side
 * by side, every id, number, enum, link, order and key is the same, and only the texts a person reads differ. An edit
 * of one sample without the other fails here.
 */
class DutchSampleWorkshopTest {

    /** The fields a person reads: translated in the Dutch sample. Everything else must be equal. */
    private static final Set<String> WORDS = Set.of("title", "notes", "persona", "name", "note");

    private static JsonNode english;
    private static JsonNode dutch;

    @BeforeAll
    static void readBoth() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        english = mapper.readTree(Path.of("assets/samples/claims-workshop.json").toFile());
        dutch = mapper.readTree(Path.of("assets/samples/claims-workshop_nl.json").toFile());
    }

    @Test
    void hasTheSameStructureIdsNumbersAndLinksAsTheEnglishSample() {
        List<String> differences = new ArrayList<>();
        compare("", english, dutch, differences);
        assertThat(differences).as("where the Dutch sample differs from the English one other than in words")
                .isEmpty();
    }

    @Test
    void everyTextIsTranslated() {
        List<String> untranslated = new ArrayList<>();
        collectUntranslated("", english, dutch, untranslated);
        assertThat(untranslated).as("texts left in English in the Dutch sample").isEmpty();
        // The walk reached the texts of every card, stage and lane, not only the top.
        assertThat(count(english, "title")).isEqualTo(1 + 1 + english.at("/journeys/0/cards").size());
    }

    @Test
    void thePyramidLanesCarryTheDutchStandardNamesTheMapTranslates() throws Exception {
        Journey englishJourney = new WorkshopJson().read(Path.of("assets/samples/claims-workshop.json"))
                .journeys().get(0);
        Journey dutchJourney = new WorkshopJson().read(Path.of("assets/samples/claims-workshop_nl.json"))
                .journeys().get(0);
        Texts map = Texts.of("org.nineplus.export.map").in(Locale.forLanguageTag("nl-NL"));
        for (LaneKind kind : LaneKind.PYRAMID) {
            assertThat(laneName(dutchJourney, kind)).as(kind.name()).isEqualTo(map.get("lane." + kind.name()));
        }
        assertThat(laneName(englishJourney, LaneKind.CORE)).isEqualTo("Core promise");
        assertThat(laneName(dutchJourney, LaneKind.EMOTION)).isEqualTo("Emotie");
        assertThat(dutchJourney.title()).isEqualTo("Waterschade na een gesprongen leiding");
    }

    private static String laneName(Journey journey, LaneKind kind) {
        return journey.lanes().stream().filter(l -> l.kind() == kind).map(Lane::name).findFirst().orElseThrow();
    }

    /** Records every place below {@code at} where the two trees differ in anything but a word field's text. */
    private static void compare(String at, JsonNode en, JsonNode nl, List<String> differences) {
        if (en.getNodeType() != nl.getNodeType()) {
            differences.add(at + ": " + en.getNodeType() + " vs " + nl.getNodeType());
        } else if (en.isObject()) {
            List<String> enKeys = keys(en);
            if (!enKeys.equals(keys(nl))) {
                differences.add(at + ": keys " + enKeys + " vs " + keys(nl));
                return;
            }
            for (String key : enKeys) {
                if (!(WORDS.contains(key) && en.get(key).isTextual() && nl.get(key).isTextual())) {
                    compare(at + "/" + key, en.get(key), nl.get(key), differences);
                }
            }
        } else if (en.isArray()) {
            if (en.size() != nl.size()) {
                differences.add(at + ": " + en.size() + " vs " + nl.size() + " entries");
                return;
            }
            for (int i = 0; i < en.size(); i++) {
                compare(at + "/" + i, en.get(i), nl.get(i), differences);
            }
        } else if (!en.equals(nl)) {
            differences.add(at + ": " + en + " vs " + nl);
        }
    }

    /** Records word fields that are empty in one file only, or read the same in both (left in English). */
    private static void collectUntranslated(String at, JsonNode en, JsonNode nl, List<String> untranslated) {
        if (en.isObject() && nl.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) en::fields) {
                JsonNode other = nl.get(field.getKey());
                String path = at + "/" + field.getKey();
                if (other == null) {
                    continue;
                }
                if (WORDS.contains(field.getKey()) && field.getValue().isTextual()) {
                    String e = field.getValue().asText();
                    String n = other.asText();
                    if (e.isEmpty() != n.isEmpty() || !e.isEmpty() && e.equals(n)) {
                        untranslated.add(path + ": '" + e + "' / '" + n + "'");
                    }
                } else {
                    collectUntranslated(path, field.getValue(), other, untranslated);
                }
            }
        } else if (en.isArray() && nl.isArray()) {
            for (int i = 0; i < Math.min(en.size(), nl.size()); i++) {
                collectUntranslated(at + "/" + i, en.get(i), nl.get(i), untranslated);
            }
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static int count(JsonNode node, String key) {
        int found = node.isObject() && node.has(key) ? 1 : 0;
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            found += count(children.next(), key);
        }
        return found;
    }
}
