package org.nineplus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The options and operands of one command, parsed against the options that command accepts. */
final class Arguments {

    private final String command;
    private final Map<String, String> options;
    private final List<String> operands;

    private Arguments(String command, Map<String, String> options, List<String> operands) {
        this.command = command;
        this.options = options;
        this.operands = operands;
    }

    /** Parses {@code --name VALUE} and {@code --name=VALUE} options (all take a value) and plain operands. */
    static Arguments parse(String command, List<String> args, Set<String> allowedOptions) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                operands.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!allowedOptions.contains(name)) {
                throw new UsageException(CommandLine.TEXTS.get("args.unknownOption", command, name));
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(CommandLine.TEXTS.get("args.needsValue", command, name));
                }
                value = args.get(++i);
            }
            if (options.put(name, value) != null) {
                throw new UsageException(CommandLine.TEXTS.get("args.twice", command, name));
            }
        }
        return new Arguments(command, options, List.copyOf(operands));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException(CommandLine.TEXTS.get("args.required", command, name)));
    }

    Optional<Path> path(String name) {
        return option(name).map(value -> toPath(name, value));
    }

    /** The single FILE operand the command works on. */
    Path singleFile(String what) {
        if (operands.isEmpty()) {
            throw new UsageException(CommandLine.TEXTS.get("args.missing", command, what));
        }
        if (operands.size() > 1) {
            throw new UsageException(CommandLine.TEXTS.get("args.expectedOne", command, what, String.valueOf(operands.size()),
                    String.join(" ", operands)));
        }
        return toPath(what, operands.get(0));
    }

    void noOperands() {
        if (!operands.isEmpty()) {
            throw new UsageException(CommandLine.TEXTS.get("args.unexpected", command, operands.get(0)));
        }
    }

    private Path toPath(String what, String value) {
        if (value.isBlank()) {
            throw new UsageException(CommandLine.TEXTS.get("args.empty", command, what));
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(CommandLine.TEXTS.get("args.badPath", command, what, value));
        }
    }
}
