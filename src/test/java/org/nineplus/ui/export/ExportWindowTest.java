package org.nineplus.ui.export;

import static org.nineplus.testing.FxWait.waitUntil;
import static org.nineplus.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.export.PageSize;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.ui.FileDialogs;
import org.nineplus.ui.TestServices;
import org.nineplus.ui.WindowSteps;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export… on the real window, headless, with a real library holding the sample: Ctrl+Shift+E opens the
 * dialog, its controls choose the export, the file comes through the FileDialogs seam into a temporary folder, and
 * the file written is read back.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

    @TempDir
    Path folder;

    private final WorkbenchServices services = TestServices.services();
    private final Preferences node = Preferences.userRoot().node("org/nineplus/test/export-window-"
            + UUID.randomUUID());
    private final Chosen files = new Chosen();
    private Stage stage;
    private Workbench workbench;

    /** Answers the export's save dialog with the path the test put here. */
    private static final class Chosen implements FileDialogs {
        volatile Path next;

        @Override
        public Optional<Path> chooseImportFile(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseExportFile(Window owner, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseMapExportFile(Window owner, Path suggested, String filterDescription,
                                                  String extension) {
            return Optional.ofNullable(next);
        }

        @Override
        public Optional<Path> chooseImageFile(Window owner, String title, String filterDescription) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseLibrary(Window owner) {
            return Optional.empty();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = new Workbench(services, files, JourneyCanvas::new);
        workbench.setExportMemory(new ExportMemory(() -> node));
        workbench.start(stage, folder.resolve("library.mv.db"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> Stream.of(Window.getWindows().toArray(Window[]::new))
                .filter(w -> w != stage && w.isShowing()).forEach(Window::hide));
        robot.interact(stage::close);
        assertThat(workbench.awaitClosed(20, TimeUnit.SECONDS)).isTrue();
        node.removeNode();
        node.flush();
    }

    // ---- helpers

    private Journey openSampleAndExport(FxRobot robot) throws Exception {
        String title = WindowSteps.sampleTitle(services);
        WindowSteps.openInEditor(robot, workbench, title);
        onFx(() -> {
            robot.lookup("#journeyCanvas").query().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        // Ready when the map is laid out and its thumbnail painted off the FX thread.
        waitUntil(15, () -> robot.lookup("#exportThumbnail").tryQuery().isPresent());
        return onFx(() -> workbench.editorSession().orElseThrow().journey().orElseThrow());
    }

    private static void pick(FxRobot robot, String comboId, String item) throws Exception {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.Labeled cell) ->
                item.equals(cell.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> combo = robot.lookup(comboId).queryComboBox();
        assertThat(onFx(() -> combo.getConverter() == null || combo.getValue() == null ? String.valueOf(
                combo.getValue()) : converted(combo))).isEqualTo(item);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String converted(ComboBox combo) {
        return combo.getConverter().toString(combo.getValue());
    }

    private String message(FxRobot robot) throws Exception {
        Label label = robot.lookup("#exportMessage").queryAs(Label.class);
        return onFx(label::getText);
    }

    private void chooseFileAndExport(FxRobot robot, Path file) {
        files.next = file;
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#exportButton");
    }

    // ---- tests

    @Test
    void ctrlShiftEExportsAnA3PdfChosenInTheDialogWithTheCardTitlesAsText(FxRobot robot) throws Exception {
        Journey journey = openSampleAndExport(robot);
        robot.clickOn("#formatPNG");
        robot.clickOn("#formatPDF");
        robot.clickOn("#placementFIT_TO_PAGE");
        pick(robot, "#pageCombo", "A2");
        pick(robot, "#pageCombo", "A3");
        pick(robot, "#orientationCombo", "Landscape");
        Path pdf = folder.resolve("claims.pdf");

        chooseFileAndExport(robot, pdf);
        waitUntil(60, () -> message(robot).startsWith("Exported to"));

        assertThat(message(robot)).isEqualTo("Exported to " + pdf);
        Card shortest = journey.cards().stream().filter(c -> !c.title().isBlank())
                .min(Comparator.comparingInt(c -> c.title().length())).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat((double) size.getWidth()).isCloseTo(PageSize.A3.height(), org.assertj.core.data.Offset
                    .offset(0.5));
            assertThat((double) size.getHeight()).isCloseTo(PageSize.A3.width(), org.assertj.core.data.Offset
                    .offset(0.5));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(shortest.title().replaceAll("\\s+", " ").strip());
            assertThat(document.getNumberOfPages()).as("the map and the advisor page").isGreaterThan(1);
            // The advisor's class badges, as the canvas shows them (no budget in the panel: classes before funding).
            java.util.Set<String> badges = new java.util.TreeSet<>();
            org.nineplus.export.AdviceMarks.of(journey, org.nineplus.advice.Advisor.advise(journey, null))
                    .cardBadges().values().forEach(b -> badges.add(b.label()));
            badges.removeIf(label -> label.length() < 3);
            assertThat(badges).isNotEmpty();
            assertThat(text).contains(badges);
        }
    }

    @Test
    void aPngExportedThroughTheDialogHasThePixelSizeItShows(FxRobot robot) throws Exception {
        openSampleAndExport(robot);
        robot.clickOn("#formatPNG");
        robot.clickOn("#placementFIT_TO_PAGE");
        pick(robot, "#pageCombo", "A4");
        pick(robot, "#orientationCombo", "Portrait");
        robot.clickOn("#dpiField").push(KeyCode.CONTROL, KeyCode.A).write("100");
        WaitForAsyncUtils.waitForFxEvents();
        Label pixels = robot.lookup("#pixelSizeLabel").queryAs(Label.class);
        java.text.NumberFormat integers = java.text.NumberFormat.getIntegerInstance();
        assertThat(onFx(pixels::getText)).isEqualTo(integers.format(827) + " \u00d7 " + integers.format(1169)
                + " px");
        Path png = folder.resolve("claims.png");

        chooseFileAndExport(robot, png);
        waitUntil(60, () -> message(robot).startsWith("Exported to"));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(827);
        assertThat(image.getHeight()).isEqualTo(1169);
    }

    @Test
    void cancellingALongExportLeavesNoFile(FxRobot robot) throws Exception {
        openSampleAndExport(robot);
        robot.clickOn("#formatPNG");
        robot.clickOn("#placementFIT_TO_PAGE");
        pick(robot, "#pageCombo", "A0");
        robot.clickOn("#dpiField").push(KeyCode.CONTROL, KeyCode.A).write("600");
        Path png = folder.resolve("poster.png");

        chooseFileAndExport(robot, png);
        waitUntil(15, () -> robot.lookup("#cancelExportButton").query().isVisible());
        robot.clickOn("#cancelExportButton");
        waitUntil(30, () -> message(robot).equals("Cancelled; no file was written."));

        assertThat(png).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("poster"));
        }
        assertThat(robot.lookup("#exportButton").query().isDisabled()).isFalse();
    }

    @Test
    void theDialogRemembersItsChoicesInThePreferencesNode(FxRobot robot) throws Exception {
        openSampleAndExport(robot);
        robot.clickOn("#formatSVG");
        robot.clickOn("#closeExportButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "SVG".equals(node.get("format", null)));

        onFx(() -> {
            robot.lookup("#journeyCanvas").query().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitUntil(15, () -> robot.lookup("#exportThumbnail").tryQuery().isPresent());
        assertThat(robot.lookup("#formatSVG").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#pageCombo").query().isDisabled()).isTrue();
    }
}
