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
                  java -jar nineplus.jar export    --format png|pdf|svg|csv [--journey ID] [--page A4|A3|A2|A1|A0]
                                                   [--scale K] [--budget N] --out OUT FILE.json
                  java -jar nineplus.jar import    [--db PATH] FILE.json
                  java -jar nineplus.jar list      [--db PATH]
                  java -jar nineplus.jar save-json [--db PATH] --workshop ID --out FILE.json
                  java -jar nineplus.jar --help | --version

                Commands:
                  advise     judge a journey of a workshop file: stage verdicts, idea classes, what to fund
                             with the budget, peak-end index; prints one JSON document
                  export     draw a journey's map into a PNG, a vector PDF or an SVG file (no display needed),
                             or write its cards to a CSV file for spreadsheets
                  import     check a workshop file and add it to the library; prints the new workshop's id
                  list       one line per workshop: ID, TITLE, NUMBER OF JOURNEYS, LAST CHANGED (ISO-8601),
                             separated by tabs
                  save-json  write a workshop from the library to a workshop file

                Options:
                  --db PATH        the library file (default: the library in your data folder)
                  --workshop ID    a workshop id as printed by 'list' or 'import'
                  --out FILE       the file to write
                  --journey ID     the journey to advise on or export (default: the first)
                  --format F       export: png, pdf, svg or csv (one row per card; ideas with the advisor's
                                   class and whether they are funded under --budget)
                  --page SIZE      export: A4, A3, A2, A1 or A0, orientation chosen to suit the map.
                                   pdf: the map fitted to that page; png: that page at 300 dpi.
                                   Without it: the map's own size (1 pt per map point)
                  --scale K        export: png: pixels per map point (with --page: 72 x K dpi, 72 to 600);
                                   pdf: the map's own size times K (with --page: tiled over sheets of that
                                   size at K, overlapping 10 mm, with crop marks)
                  --budget N       advise, export csv: the money to spend, e.g. 120000 (default: none,
                                   nothing is funded)

                Exit status: 0 success, 2 bad input, bad arguments or a library in use, 1 any other failure.
                """.formatted(version);
    }
}
