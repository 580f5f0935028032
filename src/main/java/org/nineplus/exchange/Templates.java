package org.nineplus.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import org.nineplus.model.Workshop;

/**
 * The workshop templates that ship inside the jar ({@code assets/templates}): exchange-format files listed, in order,
 * in {@code index.properties} as {@code file name = display title}, so they can be listed without scanning the jar.
 * A template is read like any workshop file, so it is checked by the same rules.
 */
public final class Templates {

    /** Where the templates ship inside the jar. */
    public static final String FOLDER = "/org/nineplus/assets/templates/";
    /** The listing of the templates in {@link #FOLDER}. */
    public static final String INDEX = "index.properties";

    /** One template: its file name in {@link #FOLDER} and the title shown in the library. */
    public record Template(String file, String title) {
        public Template {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(title, "title");
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private Templates() {
    }

    /** The bundled templates in the order of the listing. */
    public static List<Template> list() {
        try (InputStream in = resource(INDEX)) {
            List<Template> templates = new ArrayList<>();
            OrderedProperties listing = new OrderedProperties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                listing.load(reader);
            }
            for (String file : listing.keysInOrder) {
                templates.add(new Template(file, listing.getProperty(file).strip()));
            }
            return List.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException(Fields.TEXTS.get("templates.unreadable"), e);
        }
    }

    /** Reads and checks a template as it is in the jar. */
    public static Workshop load(Template template) throws ExchangeException {
        Objects.requireNonNull(template, "template");
        byte[] bytes;
        try (InputStream in = resource(template.file())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(Fields.TEXTS.get("template.unreadable", template.file()), e);
        }
        return new WorkshopJson().read(bytes, template.file());
    }

    /** A new workshop from a template: the template's content with the given title and date. */
    public static Workshop instantiate(Template template, String title, LocalDate date) throws ExchangeException {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException(Fields.TEXTS.get("template.noTitle"));
        }
        Workshop content = load(template);
        return new Workshop(title.strip(), content.organization(), date, content.facilitator(),
                content.participants(), content.notes(), content.personas(), content.journeys());
    }

    private static InputStream resource(String name) {
        InputStream in = Templates.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException(Fields.TEXTS.get("template.missing", name));
        }
        return in;
    }

    /** Properties that remember the order in which keys were read. */
    private static final class OrderedProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient List<String> keysInOrder = new ArrayList<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (!containsKey(key)) {
                keysInOrder.add((String) key);
            }
            return super.put(key, value);
        }
    }
}
