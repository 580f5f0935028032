package org.nineplus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.exchange.AdviceJson;
import org.nineplus.exchange.ExchangeException;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;

/** {@code advise [--journey ID] [--budget N] FILE.json}: the advisor's judgement as one JSON document. */
final class AdviseCommand implements CommandLine.Command {

    /** A plain amount: digits with an optional fraction. No sign, exponent, NaN or Infinity. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");

    private final WorkshopJson json;

    AdviseCommand(WorkshopJson json) {
        this.json = json;
    }

    @Override
    public void run(List<String> args, PrintStream out) throws ExchangeException {
        Arguments arguments = Arguments.parse("advise", args, Set.of("journey", "budget"));
        Double budget = arguments.option("budget").map(text -> budget("advise", text)).orElse(null);
        Path file = arguments.singleFile("FILE.json");
        Workshop workshop = json.read(file);
        Journey journey = journey(workshop, arguments.option("journey").orElse(null), file);
        Advice advice = Advisor.advise(journey, budget);
        out.print(AdviceJson.write(advice));
    }

    /** A --budget value of {@code command}: a plain amount of 0 or more, or a usage error naming the command. */
    static Double budget(String command, String text) {
        String value = text.strip();
        if (value.startsWith("-") && AMOUNT.matcher(value.substring(1)).matches()) {
            throw new UsageException(CommandLine.TEXTS.get("budget.negative", command, value));
        }
        if (!AMOUNT.matcher(value).matches()) {
            throw new UsageException(CommandLine.TEXTS.get("budget.notAmount", command, text));
        }
        return Double.valueOf(value);
    }

    private static Journey journey(Workshop workshop, String id, Path file) {
        if (id == null) {
            return workshop.journeys().stream().findFirst().orElseThrow(() -> new UsageException(
                    CommandLine.TEXTS.get("journey.none", "advise", String.valueOf(file.getFileName()))));
        }
        return workshop.journey(id).orElseThrow(() -> new UsageException(CommandLine.TEXTS.get("journey.unknown", "advise", id, String.valueOf(file.getFileName()),
                workshop.journeys().stream().map(Journey::id).collect(Collectors.joining(", ")))));
    }
}
