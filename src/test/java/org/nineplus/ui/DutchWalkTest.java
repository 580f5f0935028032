package org.nineplus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nineplus.testing.FxWait.onFx;
import static org.nineplus.testing.FxWait.waitUntil;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.MapLabels;
import org.nineplus.render.MapLayout;
import org.nineplus.render.PaintState;
import org.nineplus.render.Painter;
import org.nineplus.render.Viewport;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.testing.TextSurface;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.export.ExportMemory;
import org.nineplus.ui.library.LibraryViewModel;
import org.nineplus.ui.settings.LanguageSetting;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.NodeList;

/**
 * The window in Dutch: the library, the sample workshop in the editor, the advisor, the export dialog, Settings and
 * Versions. Every text a person can see (labels, buttons, tabs, menus, column headers, tooltips, prompt texts,
 * dialog headers, and the words the painter draws on the map) is collected, and none may be an English text of a
 * bundle whose Dutch translation differs.
 */
@ExtendWith(ApplicationExtension.class)
class DutchWalkTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{[^{}]*\\}");
    private static Locale saved;

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private final Preferences prefs = Preferences.userRoot().node("org/nineplus/test/dutchWalk-" + System.nanoTime());
    private final List<CanvasView> canvases = new ArrayList<>();
    private final ChosenFiles files = new ChosenFiles();
    private Stage stage;
    private Workbench workbench;

    @BeforeAll
    static void dutch() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = new Workbench(services, files, session -> {
            CanvasView canvas = new JourneyCanvas(session);
            canvases.add(canvas);
            return canvas;
        });
        workbench.setExportMemory(new ExportMemory(() -> prefs.node("export")));
        workbench.setLanguageSetting(new LanguageSetting(() -> prefs.node("settings")));
        workbench.start(stage, folder.resolve("library.mv.db"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        hideOtherWindows(robot);
        robot.interact(stage::close);
        assertThat(workbench.awaitClosed(20, TimeUnit.SECONDS)).isTrue();
        prefs.removeNode();
        prefs.flush();
    }

    @Test
    void theMainScreensShowNoEnglishOnlyText(FxRobot robot) throws Exception {
        English english = English.load();
        assertThat(english.exact).as("English texts that have a different Dutch one").hasSizeGreaterThan(300);
        Set<String> seen = new LinkedHashSet<>();

        waitUntil(() -> workbench.library().phaseProperty().get() == LibraryViewModel.Phase.READY
                && !workbench.library().busyProperty().get());
        String sampleTitle = WindowSteps.sampleTitle(services);
        TableView<WorkshopSummary> table = robot.lookup("#workshopTable").queryTableView();
        onFx(() -> {
            table.getItems().stream().filter(w -> w.title().equals(sampleTitle)).findFirst()
                    .ifPresent(w -> table.getSelectionModel().select(w));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        collect(seen);
        assertThat(seen).as("the library in Dutch").contains("Workshops zoeken", "Laatst gewijzigd", "Bestand");

        onFx(() -> {
            table.requestFocus();
            return null;
        });
        robot.push(KeyCode.ENTER);
        waitUntil(() -> workbench.editorSession().map(s -> s.current().title().equals(sampleTitle)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Workshop workshop = onFx(() -> workbench.editorSession().orElseThrow().current());
        Journey journey = workshop.journeys().get(0);
        // The inspector of a card, then of a stage.
        onFx(() -> workbench.editorSession().orElseThrow().selectedCards().add(journey.cards().get(0).id()));
        WaitForAsyncUtils.waitForFxEvents();
        collect(seen);
        onFx(() -> {
            workbench.editorSession().orElseThrow().selectedCards().clear();
            workbench.editorSession().orElseThrow().selectedStageProperty().set(journey.stages().get(0).id());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        collect(seen);
        assertThat(seen).as("the editor in Dutch").contains("Bewerken", "Inspector", "Adviseur");

        fire(robot, "advisorMenu");
        collect(seen);
        assertThat(seen).as("the advisor in Dutch").contains("Fasen", "Ideeën", "Waarschuwingen");

        List<String> painted = paintedOnTheMap();
        assertThat(painted).as("the map's own words in Dutch").contains("SNEL", "GENIET", "IDEE",
                "Moment van de waarheid", "Kernbelofte", "Verrassende service")
                .anyMatch(t -> t.endsWith(" 7+ basis"));
        assertThat(painted).as("the advisor's peak and end on the emotion curve")
                .anyMatch(t -> t.startsWith("Piek")).anyMatch(t -> t.endsWith("Einde"));
        MapLabels en = MapLabels.ENGLISH;
        assertThat(painted).as("no English word painted on the Dutch map").doesNotContain(en.save(), en.spend(),
                en.momentOfTruth(), en.momentOfTruthShort(), en.idea(), en.peak(), en.end(), en.peakEnd(true, true));
        seen.addAll(painted);

        fire(robot, "exportMapMenu");
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        collect(seen);
        assertThat(seen).as("the export dialog in Dutch").contains("Exporteren", "Paginaformaat");
        assertThat(exportedSvgTexts(robot)).as("an SVG exported from the Dutch window")
                .contains("SNEL", "GENIET", "IDEE", "Moment van de waarheid", "Kernbelofte")
                .doesNotContain("SAVE", "SPEND", "IDEA", "Moment of truth", "Core promise");
        hideOtherWindows(robot);

        Platform.runLater(workbench::openSettings);
        waitUntil(() -> dialogShowing("settingsDialog"));
        collect(seen);
        assertThat(seen).as("the settings dialog in Dutch").contains("Taal", "Instellingen", "Annuleren");
        hideOtherWindows(robot);

        fire(robot, "versionsMenu");
        waitUntil(() -> dialogShowing("versionsDialog"));
        collect(seen);
        assertThat(seen).as("the versions dialog in Dutch").contains("Versies", "Vergelijken met", "Sluiten");
        hideOtherWindows(robot);

        Set<String> data = workshopTexts(workshop);
        List<String> englishOnly = new ArrayList<>();
        for (String text : seen) {
            // A card title or stage name is painted as wrapped lines: a line of what the team typed is theirs too.
            boolean typed = data.contains(text)
                    || painted.contains(text) && data.stream().anyMatch(d -> d.contains(text));
            if (!typed && english.matches(text)) {
                englishOnly.add(text + "  <- " + english.source(text));
            }
        }
        assertThat(englishOnly).as("texts shown in English in the Dutch window").isEmpty();
    }

    /**
     * Every text the shared painter draws for the map on screen: the canvas's own layout (laid out in the window's
     * language) with the marks it shows, painted whole at full detail.
     */
    private List<String> paintedOnTheMap() throws Exception {
        CanvasView canvas = canvases.get(canvases.size() - 1);
        return onFx(() -> {
            MapLayout layout = canvas.mapLayout();
            MapDecorations marks = canvas.decorationsProperty().get();
            TextSurface surface = new TextSurface();
            Painter.paint(layout, surface, Viewport.whole(layout), PaintState.NONE.withDecorations(marks));
            return surface.texts();
        });
    }

    /** Exports the journey on screen as SVG through the open export dialog and returns the SVG's texts. */
    private List<String> exportedSvgTexts(FxRobot robot) throws Exception {
        Path svg = folder.resolve("kaart.svg");
        files.next = svg;
        robot.clickOn("#formatSVG");
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#exportButton");
        Label message = robot.lookup("#exportMessage").queryAs(Label.class);
        waitUntil(60, () -> onFx(message::getText).startsWith("Geëxporteerd naar"));
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            found.add(texts.item(i).getTextContent());
        }
        return found;
    }

    // ---- walking the windows

    private void fire(FxRobot robot, String menuItemId) throws Exception {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup("#menuBar");
        MenuItem item = onFx(() -> items(bar.getMenus()).stream()
                .filter(i -> !(i instanceof Menu) && menuItemId.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + menuItemId)));
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean dialogShowing(String id) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane pane && id.equals(pane.getId()));
    }

    private void hideOtherWindows(FxRobot robot) {
        robot.interact(() -> Stream.of(Window.getWindows().toArray(Window[]::new))
                .filter(w -> w != stage && w.isShowing()).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Adds every visible text of every showing window to {@code into}, without mnemonic underscores. */
    private void collect(Set<String> into) throws Exception {
        Set<String> raw = new LinkedHashSet<>();
        collectRaw(raw);
        raw.stream().filter(t -> t != null && !t.isBlank()).map(DutchWalkTest::plain).forEach(into::add);
    }

    private void collectRaw(Set<String> into) throws Exception {
        onFx(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    if (window instanceof Stage s) {
                        into.add(s.getTitle());
                    }
                    walk(window.getScene().getRoot(), into);
                }
            }
            return null;
        });
    }

    private static void walk(Node node, Set<String> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            into.add(labeled.getText());
        }
        if (node instanceof Control control) {
            Tooltip tooltip = control.getTooltip();
            if (tooltip != null) {
                into.add(tooltip.getText());
            }
        }
        if (node instanceof TextInputControl input) {
            into.add(input.getPromptText());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                into.add(tab.getText());
                if (tab.getTooltip() != null) {
                    into.add(tab.getTooltip().getText());
                }
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().stream().map(TableColumnBase::getText).forEach(into::add);
        }
        if (node instanceof DialogPane pane) {
            into.add(pane.getHeaderText());
            into.add(pane.getContentText());
        }
        if (node instanceof MenuBar bar) {
            for (MenuItem item : items(bar.getMenus())) {
                into.add(item.getText());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, into);
            }
        }
    }

    private static List<MenuItem> items(List<? extends MenuItem> menus) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menus) {
            all.add(item);
            if (item instanceof Menu menu) {
                all.addAll(items(menu.getItems()));
            }
        }
        return all;
    }

    /** What the people in the workshop typed: titles, names, notes. Shown as they are, in any language. */
    private static Set<String> workshopTexts(Workshop w) {
        Set<String> texts = new HashSet<>(List.of(w.title(), w.organization(), w.facilitator()));
        texts.addAll(w.participants());
        for (Journey j : w.journeys()) {
            texts.add(j.title());
            texts.add(j.persona());
            j.stages().forEach(s -> texts.add(s.name()));
            j.lanes().forEach(l -> texts.add(l.name()));
            j.cards().forEach(c -> {
                texts.add(c.title());
                texts.add(c.note());
            });
        }
        Set<String> plain = new HashSet<>();
        texts.stream().filter(t -> t != null).map(DutchWalkTest::plain).forEach(plain::add);
        return plain;
    }

    /** A text without mnemonic underscores. */
    private static String plain(String text) {
        return text.replace("_", "").strip();
    }

    /** The English texts of every bundle whose Dutch text differs, as exact texts and as patterns. */
    private static final class English {
        final Map<String, String> exact = new HashMap<>();
        final Map<Pattern, String> patterns = new HashMap<>();

        static English load() throws IOException {
            English english = new English();
            List<Path> bases;
            try (Stream<Path> files = Files.walk(RESOURCES)) {
                bases = files.filter(p -> p.getFileName().toString().matches("(messages|map|reasons)\\.properties"))
                        .toList();
            }
            for (Path base : bases) {
                Properties en = load(base);
                Properties nl = load(base.resolveSibling(base.getFileName().toString()
                        .replace(".properties", "_nl.properties")));
                for (String key : en.stringPropertyNames()) {
                    String value = en.getProperty(key);
                    if (value.equals(nl.getProperty(key))) {
                        continue;
                    }
                    String where = RESOURCES.relativize(base) + " " + key;
                    if (!ARGUMENT.matcher(value).find()) {
                        english.exact.put(plain(value), where);
                    } else if (!value.contains("choice")) {
                        String literal = value.replace("''", "'");
                        String[] parts = ARGUMENT.split(literal, -1);
                        if (String.join("", parts).replaceAll("[^A-Za-z]", "").length() >= 6) {
                            StringBuilder regex = new StringBuilder();
                            for (int i = 0; i < parts.length; i++) {
                                regex.append(Pattern.quote(parts[i].replace("_", "")));
                                if (i < parts.length - 1) {
                                    regex.append(".*");
                                }
                            }
                            english.patterns.put(Pattern.compile(regex.toString(), Pattern.DOTALL), where);
                        }
                    }
                }
            }
            return english;
        }

        boolean matches(String text) {
            return source(text) != null;
        }

        String source(String text) {
            if (exact.containsKey(text)) {
                return exact.get(text);
            }
            return patterns.entrySet().stream().filter(e -> e.getKey().matcher(text).matches())
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        private static Properties load(Path file) throws IOException {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            return properties;
        }
    }
}
