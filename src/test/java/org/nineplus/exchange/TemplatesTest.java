package org.nineplus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineplus.exchange.Templates.Template;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.LaneKind;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;

/** The bundled templates: every one is listed, reads, keeps the contract and is a usable starting point. */
class TemplatesTest {

    private static final Path FOLDER = Path.of("assets", "templates");

    static List<Template> templates() {
        return Templates.list();
    }

    @Test
    void everyTemplateFileInTheFolderIsListedAndEveryListedFileExists() throws IOException {
        List<String> listed = Templates.list().stream().map(Template::file).toList();
        List<String> files;
        try (Stream<Path> folder = Files.list(FOLDER)) {
            files = folder.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files).doesNotHaveDuplicates();
        assertThat(listed).containsExactly("blank-pyramid.json", "insurance-claim.json", "online-order.json",
                "energy-switch.json", "hospital-visit.json");
        assertThat(Templates.list()).allSatisfy(t -> assertThat(t.title()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateReadsAndKeepsTheRules(Template template) throws Exception {
        Workshop fromJar = Templates.load(template);
        Workshop fromFolder = new WorkshopJson().read(FOLDER.resolve(template.file()));

        assertThat(fromJar).isEqualTo(fromFolder);
        assertThat(WorkshopRules.check(fromJar)).isEmpty();
        assertThat(fromJar.journeys()).hasSize(1);
        Journey journey = fromJar.journeys().get(0);
        assertThat(journey.lanes()).extracting(l -> l.kind()).contains(LaneKind.CORE, LaneKind.COMPLAINTS,
                LaneKind.INDIVIDUAL, LaneKind.SURPRISE, LaneKind.EMOTION, LaneKind.NOTES);
        // A round trip through the writer changes nothing.
        assertThat(new WorkshopJson().read(new WorkshopJson().toJson(fromJar), template.file())).isEqualTo(fromJar);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyStarterIsRealisticAndTheBlankOneIsBlank(Template template) throws Exception {
        Journey journey = Templates.load(template).journeys().get(0);
        if (template.file().equals("blank-pyramid.json")) {
            assertThat(journey.stages()).hasSize(4);
            assertThat(journey.cards()).isEmpty();
            assertThat(journey.lanes().stream().filter(l -> l.kind() == LaneKind.NOTES)).hasSizeGreaterThanOrEqualTo(2);
            return;
        }
        assertThat(journey.stages()).hasSizeBetween(5, 7);
        assertThat(journey.stages()).anyMatch(Stage::momentOfTruth);
        assertThat(journey.cards()).hasSizeBetween(15, 30);
        assertThat(journey.cards()).anyMatch(c -> c.isExisting() && c.score() != null);
        assertThat(journey.cards().stream().filter(Card::isIdea)).hasSizeBetween(1, 2 * journey.stages().size());
        assertThat(journey.persona()).isNotBlank();
        assertThat(Templates.load(template).personas()).isNotEmpty();
    }

    @Test
    void aWorkshopFromATemplateIsTheTemplateWithTheNewTitleAndDate() throws Exception {
        Template claim = Templates.list().get(1);
        LocalDate day = LocalDate.of(2027, 3, 4);

        Workshop created = Templates.instantiate(claim, "  Claims at Domstad  ", day);

        Workshop template = Templates.load(claim);
        assertThat(created.title()).isEqualTo("Claims at Domstad");
        assertThat(created.date()).isEqualTo(day);
        assertThat(created.withTitle(template.title())).isEqualTo(new Workshop(template.title(),
                template.organization(), day, template.facilitator(), template.participants(), template.notes(),
                template.personas(), template.journeys()));
    }
}
