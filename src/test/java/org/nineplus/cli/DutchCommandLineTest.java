package org.nineplus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineplus.testing.InDutch;

/** The command line speaks Dutch when the locale is Dutch: --help and its one-line errors. */
@ExtendWith(InDutch.class)
class DutchCommandLineTest {

    @TempDir
    Path folder;

    private Path library() {
        return folder.resolve("library.mv.db");
    }

    @Test
    void helpIsDutchAndKeepsTheCommandNames() {
        CliRun help = CliRun.run(library(), "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("NinePlus 9.9.9-test: werkbank voor klantbelevingsworkshops")
                .contains("Gebruik:", "Opdrachten:", "Opties:", "Afsluitstatus:")
                .contains("advise", "export", "import", "list", "save-json", "--db PAD", "--budget N")
                .contains("een workshop-id zoals 'list' of 'import' het afdrukt")
                .doesNotContain("Usage:", "Exit status", "''");
        assertThat(help.out().lines()).as("the option table keeps its indentation")
                .anyMatch(line -> line.startsWith("  --journey ID     de klantreis"));
        assertThat(help.err()).isEmpty();
    }

    @Test
    void errorsAreOneDutchLineNamingWhatIsWrong() throws Exception {
        CliRun unknown = CliRun.run(library(), "frobnicate");
        assertThat(unknown.status()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(unknown.errLines()).containsExactly("nineplus: onbekende opdracht 'frobnicate' (probeer --help)");

        Path file = folder.resolve("w.json");
        Files.writeString(file, "{}");
        CliRun budget = CliRun.run(library(), "advise", "--budget", "veel", file.toString());
        assertThat(budget.status()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(budget.errLines()).containsExactly(
                "nineplus: advise: --budget 'veel' is geen bedrag (schrijf het als 120000 of 120000.50)");

        CliRun missing = CliRun.run(library(), "export", "--format", "png", file.toString());
        assertThat(missing.errLines()).containsExactly("nineplus: export: optie --out is verplicht");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void aLeadingLangOptionChoosesTheLanguageForThisRun() {
        Locale.setDefault(Locale.UK);
        assertThat(CommandLine.takeLanguage(new String[] {"--lang", "nl", "--help"})).containsExactly("--help");
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("nl");
        assertThat(CliRun.run(library(), "--help").out()).contains("Gebruik:", "--lang en|nl");

        assertThat(CommandLine.takeLanguage(new String[] {"--lang=en", "list"})).containsExactly("list");
        assertThat(CliRun.run(library(), "--help").out()).contains("Usage:", "--lang en|nl");
        assertThat(CommandLine.takeLanguage(new String[] {"list", "--lang", "nl"})).as("only a leading option")
                .containsExactly("list", "--lang", "nl");
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.takeLanguage(new String[] {"--lang", "fr", "list"}))
                .withMessage("--lang takes en or nl, not 'fr'");
    }

    @Test
    void exportWithLangNlDrawsTheMapInDutch() throws Exception {
        Path sample = Path.of("assets/samples/claims-workshop.json").toAbsolutePath();
        Locale.setDefault(Locale.UK);
        String[] args = CommandLine.takeLanguage(new String[] {"--lang", "nl", "export", "--format", "svg", "--out",
                folder.resolve("nl.svg").toString(), sample.toString()});
        CliRun dutch = CliRun.run(library(), args);
        assertThat(dutch.status()).as(dutch.err()).isZero();
        String svg = Files.readString(folder.resolve("nl.svg"));
        assertThat(svg).contains(">SNEL<", ">GENIET<", ">IDEE<", ">Moment van de waarheid<", ">Kernbelofte<")
                .doesNotContain(">SAVE<", ">SPEND<", ">IDEA<", ">Moment of truth<", ">Core promise<");

        Locale.setDefault(Locale.UK);
        CliRun english = CliRun.run(library(), "export", "--format", "svg", "--out",
                folder.resolve("en.svg").toString(), sample.toString());
        assertThat(english.status()).as(english.err()).isZero();
        assertThat(Files.readString(folder.resolve("en.svg"))).contains(">SAVE<", ">SPEND<", ">IDEA<",
                ">Moment of truth<", ">Core promise<").doesNotContain(">SNEL<", ">IDEE<");
    }

    @Test
    void englishStaysTheDefaultForOtherLanguages() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(CliRun.run(library(), "frobnicate").errLines())
                .containsExactly("nineplus: unknown command 'frobnicate' (try --help)");
    }
}
