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
                  java -jar nineplus.jar import    [--db PATH] FILE.json
                  java -jar nineplus.jar list      [--db PATH]
                  java -jar nineplus.jar save-json [--db PATH] --workshop ID --out FILE.json
                  java -jar nineplus.jar --help | --version

                Commands:
                  import     check a workshop file and add it to the library; prints the new workshop's id
                  list       one line per workshop: ID, TITLE, NUMBER OF JOURNEYS, LAST CHANGED (ISO-8601),
                             separated by tabs
                  save-json  write a workshop from the library to a workshop file

                Options:
                  --db PATH        the library file (default: the library in your data folder)
                  --workshop ID    a workshop id as printed by 'list' or 'import'
                  --out FILE       the file to write

                Exit status: 0 success, 2 bad input or bad arguments, 1 any other failure.
                """.formatted(version);
    }
}
