package org.nineplus.cli;

/** The text of {@code --help}. */
final class HelpText {

    private HelpText() {
    }

    static String usage(String version) {
        return """
                NinePlus %s: customer-experience workshop workbench

                Usage:
                  java -jar nineplus.jar [--db PATH]        open the workbench window
                  java -jar nineplus.jar [--db PATH] FILE   open the window, import FILE (.nineplus/.json), open it
                  java -jar nineplus.jar advise    [--journey ID] [--budget N] FILE.json
                  java -jar nineplus.jar import    [--db PATH] FILE.json
                  java -jar nineplus.jar list      [--db PATH]
                  java -jar nineplus.jar save-json [--db PATH] --workshop ID --out FILE.json
                  java -jar nineplus.jar --help | --version

                Commands:
                  advise     judge a journey of a workshop file: stage verdicts, idea classes, what to fund
                             with the budget, peak-end index; prints one JSON document
                  import     check a workshop file and add it to the library; prints the new workshop's id
                  list       one line per workshop: ID, TITLE, NUMBER OF JOURNEYS, LAST CHANGED (ISO-8601),
                             separated by tabs
                  save-json  write a workshop from the library to a workshop file

                Options:
                  --db PATH        the library file (default: the library in your data folder)
                  --workshop ID    a workshop id as printed by 'list' or 'import'
                  --out FILE       the file to write
                  --journey ID     the journey to advise on (default: the first)
                  --budget N       the money to spend, e.g. 120000 (default: none, nothing is funded)

                Exit status: 0 success, 2 bad input or bad arguments, 1 any other failure.
                """.formatted(version);
    }
}
