package org.nineplus.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every resource bundle of the program exists in English and Dutch with exactly the same keys. */
class BundleParityTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** The base names that are translated bundles (other .properties files, e.g. the version stamp, are not). */
    private static final Set<String> TRANSLATED = Set.of("messages", "map", "reasons");
    private static final Pattern VARIANT = Pattern.compile("(.+)_([a-z]{2})(_[A-Z]{2})?\\.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyTranslatedBundleHasADutchSibling() throws IOException {
        List<Path> bases = bases();
        assertThat(bases).as("bundles found under " + RESOURCES).hasSizeGreaterThanOrEqualTo(4);
        List<String> missing = new ArrayList<>();
        for (Path base : bases) {
            if (!Files.exists(sibling(base, "nl"))) {
                missing.add(RESOURCES.relativize(base).toString());
            }
        }
        assertThat(missing).as("bundles without a _nl file").isEmpty();
    }

    @Test
    void everyLanguageVariantHasExactlyTheKeysOfItsBase() throws IOException {
        List<String> problems = new ArrayList<>();
        int variants = 0;
        for (Path variant : allProperties()) {
            Matcher m = VARIANT.matcher(variant.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            variants++;
            Path base = variant.resolveSibling(m.group(1) + ".properties");
            String where = RESOURCES.relativize(variant).toString();
            if (!Files.exists(base)) {
                problems.add(where + ": no base bundle " + base.getFileName());
                continue;
            }
            Properties english = load(base);
            Properties translated = load(variant);
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(translated.stringPropertyNames());
            Set<String> onlyTranslated = new TreeSet<>(translated.stringPropertyNames());
            onlyTranslated.removeAll(english.stringPropertyNames());
            if (!onlyEnglish.isEmpty()) {
                problems.add(where + " lacks " + onlyEnglish);
            }
            if (!onlyTranslated.isEmpty()) {
                problems.add(where + " has keys the base lacks: " + onlyTranslated);
            }
            for (String key : translated.stringPropertyNames()) {
                String value = translated.getProperty(key);
                if (value.isBlank()) {
                    problems.add(where + ": " + key + " is empty");
                } else if (english.containsKey(key)
                        && !arguments(english.getProperty(key)).equals(arguments(value))) {
                    problems.add(where + ": " + key + " uses arguments " + arguments(value) + ", English "
                            + arguments(english.getProperty(key)));
                }
            }
        }
        assertThat(variants).as("language variants found").isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPatternWithArgumentsIsAValidMessageFormat() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : allProperties()) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                if (!ARGUMENT.matcher(value).find()) {
                    continue;
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    problems.add(RESOURCES.relativize(file) + ": " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * {@code Texts} returns a text without arguments as written and formats one with arguments, so the apostrophe
     * is {@code '} in the first and {@code ''} in the second ({@code reasons} are always formatted).
     */
    @Test
    void apostrophesAreWrittenAsTextsReadsThem() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (Path file : allProperties()) {
            if (!file.getFileName().toString().startsWith("messages")) {
                continue;
            }
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                boolean formatted = ARGUMENT.matcher(value).find();
                if (formatted && lone.matcher(value).find()) {
                    problems.add(RESOURCES.relativize(file) + ": " + key + " has arguments, so an apostrophe is ''");
                } else if (!formatted && value.contains("''")) {
                    problems.add(RESOURCES.relativize(file) + ": " + key + " has no arguments, so an apostrophe is '");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> bases() throws IOException {
        return allProperties().stream()
                .filter(p -> TRANSLATED.contains(p.getFileName().toString().replace(".properties", "")))
                .toList();
    }

    private static Path sibling(Path base, String language) {
        String name = base.getFileName().toString().replace(".properties", "_" + language + ".properties");
        return base.resolveSibling(name);
    }

    private static List<Path> allProperties() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
