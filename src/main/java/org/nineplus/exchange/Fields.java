package org.nineplus.exchange;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON object of a workshop file at a known path, with typed access to its fields. A field that is absent or
 * {@code null} is "not given"; a field of the wrong type, or a required field that is not given, stops the reading
 * with a {@link BadValue} naming the exact path. Fields the program does not know are simply never asked for.
 */
final class Fields {

    static final Texts TEXTS = Texts.of("org.nineplus.exchange.messages");

    private static final int SHOWN_TEXT = 40;

    private final JsonNode node;
    private final String path;

    private Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The document itself, which must be a JSON object. */
    static Fields root(JsonNode document) {
        if (!document.isObject()) {
            throw new BadValue("", TEXTS.get("notWorkshop", describe(document)));
        }
        return new Fields(document, "");
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        return value(name) != null;
    }

    String text(String name) {
        JsonNode value = value(name);
        return value == null ? null : text(value, pathOf(name));
    }

    String requiredText(String name) {
        return text(required(name), pathOf(name));
    }

    boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadValue(pathOf(name), TEXTS.get("mustBeBoolean", describe(value)));
        }
        return value.booleanValue();
    }

    Double number(String name) {
        JsonNode value = value(name);
        return value == null ? null : number(value, pathOf(name));
    }

    Integer integer(String name) {
        JsonNode value = value(name);
        return value == null ? null : integer(value, pathOf(name));
    }

    int requiredInteger(String name) {
        return integer(required(name), pathOf(name));
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonNode value = value(name);
        return value == null ? null : enumValue(value, pathOf(name), type);
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        if (value(name) == null) {
            throw new BadValue(pathOf(name), TEXTS.get("missingEnum", allowed(type)));
        }
        return enumValue(name, type);
    }

    List<String> texts(String name) {
        return list(name, (item, itemPath) -> text(item, itemPath));
    }

    <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        return list(name, (item, itemPath) -> enumValue(item, itemPath, type));
    }

    /** A list of objects, each turned into a value by {@code reader}. */
    <T> List<T> objects(String name, Function<Fields, T> reader) {
        return list(name, (item, itemPath) -> reader.apply(object(item, itemPath)));
    }

    /** An optional nested object. */
    Fields object(String name) {
        JsonNode value = value(name);
        return value == null ? null : object(value, pathOf(name));
    }

    /** An optional object of names to whole numbers, in document order. */
    Map<String, Integer> integers(String name) {
        Fields fields = object(name);
        Map<String, Integer> result = new LinkedHashMap<>();
        if (fields != null) {
            fields.node.properties().forEach(e -> result.put(e.getKey(),
                    e.getValue().isNull() ? null : integer(e.getValue(), fields.pathOf(e.getKey()))));
        }
        return result;
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode required(String name) {
        JsonNode value = value(name);
        if (value == null) {
            throw new BadValue(pathOf(name), TEXTS.get("missingRequired"));
        }
        return value;
    }

    private interface ItemReader<T> {
        T read(JsonNode item, String itemPath);
    }

    private <T> List<T> list(String name, ItemReader<T> reader) {
        JsonNode value = value(name);
        if (value == null) {
            return List.of();
        }
        String listPath = pathOf(name);
        if (!value.isArray()) {
            throw new BadValue(listPath, TEXTS.get("mustBeList", describe(value)));
        }
        List<T> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            result.add(reader.read(value.get(i), listPath + "[" + i + "]"));
        }
        return result;
    }

    private static Fields object(JsonNode value, String path) {
        if (!value.isObject()) {
            throw new BadValue(path, TEXTS.get("mustBeObject", describe(value)));
        }
        return new Fields(value, path);
    }

    private static String text(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw new BadValue(path, TEXTS.get("mustBeText", describe(value)));
        }
        return value.textValue();
    }

    private static double number(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw new BadValue(path, TEXTS.get("mustBeNumber", describe(value)));
        }
        return value.doubleValue();
    }

    private static int integer(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw new BadValue(path, TEXTS.get("mustBeWhole", describe(value)));
        }
        if (!value.canConvertToExactIntegral()) {
            throw new BadValue(path, TEXTS.get("mustBeWhole", value.asText()));
        }
        if (!value.canConvertToInt()) {
            throw new BadValue(path, TEXTS.get("outOfRange", value.asText()));
        }
        return value.intValue();
    }

    private static <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type) {
        String name = text(value, path);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new BadValue(path, TEXTS.get("unknownValue", shown(name), allowed(type)));
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** What a value is, for messages: {@code text "eight"}, {@code the number 5}, {@code a list}. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return TEXTS.get("value.text", shown(value.textValue()));
        }
        if (value.isNumber()) {
            return TEXTS.get("value.number", value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return TEXTS.get("value.list");
        }
        if (value.isObject()) {
            return TEXTS.get("value.object");
        }
        return value.isNull() ? "null" : TEXTS.get("value.empty");
    }

    /** {@code "text"}, cut after its first characters so a hostile value cannot flood a message. */
    static String shown(String text) {
        String shortened = text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "…" : text;
        return "\"" + shortened + "\"";
    }
}
