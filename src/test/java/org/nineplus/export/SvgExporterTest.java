package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {

    @TempDir
    Path dir;

    @Test
    void theSvgParsesAsXmlAndKeepsEveryCardTitleAsText() throws Exception {
        Workshop sample = ExportFixtures.sample();
        for (ExportSource source : List.of(ExportFixtures.worked(), ExportSource.of(sample,
                sample.journeys().get(0)))) {
            Path svg = dir.resolve("map.svg");
            new SvgExporter().export(source, svg, ExportProgress.NONE);
            Document document = parse(svg);
            Element root = document.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + SvgSurface.num(source.layout().width())
                    + " " + SvgSurface.num(source.layout().height()));
            assertThat(root.getAttribute("font-family")).startsWith("'Liberation Sans'").endsWith("sans-serif");
            String text = ExportFixtures.normalised(String.join(" ", texts(document)));
            for (String title : ExportFixtures.titles(source)) {
                assertThat(text).contains(ExportFixtures.normalised(title));
            }
            assertThat(document.getElementsByTagName("image").getLength()).isZero();
            assertThat(document.getElementsByTagName("rect").getLength()).isGreaterThan(source.layout().cards()
                    .size());
        }
    }

    @Test
    void markupInTitlesIsEscaped() throws Exception {
        Workshop worked = TestWorkshops.workedExample();
        Journey journey = worked.journeys().get(0);
        List<org.nineplus.model.Card> cards = new ArrayList<>(journey.cards());
        cards.add(TestWorkshops.fullCard("x1", "S1", "core"));
        cards.add(org.nineplus.model.Card.existing("x2", "S1", "core", "<script>alert('x')</script> & \"so\"", 7.0));
        Journey changed = new Journey(journey.id(), "Tags <b> & 'quotes'", journey.persona(), null,
                journey.stages(), journey.lanes(), cards, journey.links());
        ExportSource source = ExportSource.of(worked.withJourney(changed), changed);
        Path svg = dir.resolve("escaped.svg");
        new SvgExporter().export(source, svg, ExportProgress.NONE);
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("b").getLength()).isZero();
        String text = ExportFixtures.normalised(String.join(" ", texts(document)));
        assertThat(text).contains("Everything \"quoted\" & ünïcode ✓", "<script>alert('x')</script> & \"so\"",
                "Tags <b> & 'quotes'");
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoExponent() {
        assertThat(SvgSurface.num(12)).isEqualTo("12");
        assertThat(SvgSurface.num(-0.5)).isEqualTo("-0.5");
        assertThat(SvgSurface.num(3.14159)).isEqualTo("3.14");
        assertThat(SvgSurface.num(0.05)).isEqualTo("0.05");
        assertThat(SvgSurface.num(1e7)).isEqualTo("10000000");
        assertThat(SvgSurface.escape("a\u0001b")).isEqualTo("a b");
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path svg = dir.resolve("cancelled.svg");
        Workshop big = TestWorkshops.large(10, 7, 600, 9L);
        ExportSource source = ExportSource.of(big, big.journeys().get(0));
        assertThatThrownBy(() -> new SvgExporter().export(source, svg, new ExportFixtures.CancelAfter(1)))
                .isInstanceOf(CancellationException.class);
        assertThat(svg).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(svg));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
