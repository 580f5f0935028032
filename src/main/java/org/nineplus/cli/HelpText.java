package org.nineplus.cli;

/** The text of {@code --help}, in the user's language ({@code help} in {@code messages*.properties}). */
final class HelpText {

    private HelpText() {
    }

    static String usage(String version) {
        return CommandLine.TEXTS.get("help", version);
    }
}
