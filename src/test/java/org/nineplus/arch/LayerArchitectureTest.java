package org.nineplus.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "org.nineplus", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    private static final String JAVAFX = "javafx..";

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("app").definedBy("org.nineplus.app..")
            .layer("ui").definedBy("org.nineplus.ui..")
            .layer("cli").definedBy("org.nineplus.cli..")
            .layer("export").definedBy("org.nineplus.export..")
            .layer("render").definedBy("org.nineplus.render..")
            .layer("store").definedBy("org.nineplus.store..")
            .layer("exchange").definedBy("org.nineplus.exchange..")
            .layer("edit").definedBy("org.nineplus.edit..")
            .layer("advice").definedBy("org.nineplus.advice..")
            .layer("model").definedBy("org.nineplus.model..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("export").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("render").mayOnlyBeAccessedByLayers("app", "ui", "cli", "export")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("app", "ui", "cli", "store")
            .whereLayer("edit").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("advice").mayOnlyBeAccessedByLayers("app", "ui", "cli", "render", "exchange", "export")
            .whereLayer("model").mayOnlyBeAccessedByLayers("app", "ui", "cli", "render", "store", "exchange",
                    "edit", "advice", "export");

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses().that().resideOutsideOfPackages("org.nineplus.ui..",
            "org.nineplus.app..").should().dependOnClassesThat().resideInAnyPackage(JAVAFX, "atlantafx..",
            "org.controlsfx..", "org.kordamp..")
            .because("JavaFX is used only in the UI layer (app only launches it)");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("org.nineplus.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.fasterxml..",
                    "org.h2..", "org.flywaydb..", "java.awt..", "java.io..", "java.nio..")
            .because("the model is records and enums: no SQL, no JSON, no IO");

    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses().that().resideOutsideOfPackage("org.nineplus.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..");

    @ArchTest
    static final ArchRule onlyTheExchangeTalksJson = noClasses().that().resideOutsideOfPackage(
            "org.nineplus.exchange..").should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule onlyTheExportTalksPdf = noClasses().that().resideOutsideOfPackage("org.nineplus.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("PDFBox is the export layer's detail; others go through PdfExporter");

    /** The layer rules allow empty layers; this makes sure none of them passes only because its layer is empty. */
    @org.junit.jupiter.api.Test
    void everyLayerOfTheRulesHasClasses() {
        com.tngtech.archunit.core.domain.JavaClasses classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.nineplus");
        for (String layer : java.util.List.of("app", "ui", "cli", "export", "render", "store", "exchange", "edit",
                "advice", "model")) {
            org.assertj.core.api.Assertions.assertThat(classes.stream()
                    .filter(c -> c.getPackageName().startsWith("org.nineplus." + layer)).count())
                    .as("classes in org.nineplus.%s", layer).isPositive();
        }
    }

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("org.nineplus.(*)..").should()
            .beFreeOfCycles();
}
