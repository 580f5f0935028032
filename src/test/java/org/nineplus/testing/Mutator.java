package org.nineplus.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes hostile variants of a valid workshop file for the fuzz tests: byte flips, inserts, deletes and
 * truncations, JSON-aware changes (a node deleted, duplicated or swapped for another type, huge numbers, NaN-like
 * text, very long or junk strings, very deep nesting, a key twice), byte order marks and pure random bytes. Every
 * variant comes with a short description, so a failure says what was fed in. Deterministic for a given
 * {@link Random}.
 */
public final class Mutator {

    /** One fuzz input: its bytes and how it was made. */
    public record Mutant(byte[] bytes, String how) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NUMBERS = {"1e400", "-1e400", "99999999999999999999999999999", "-0", "1e-400",
        "0.0000000000000000000001", "9223372036854775808", "-9223372036854775809", "2147483648", "1.5", "-4",
        "4", "1E2", "0x10", "NaN", "Infinity", "-Infinity", "01", "+1", ".5", "1.", "1e", "--1"};
    private static final String[] JUNK = {"\u0000", "\uD800", "\uDFFF", "\u202E", "\uFEFF", "\u00e9\u0301",
        "\uD83D\uDE00", "\n", "\r\n", "\t", "\\", "\"", "\u2028", "\uFFFF", "\u0007"};
    private static final String[] TOKENS = {"NaN", "Infinity", "-Infinity", "undefined", "null", "true", "false",
        "{", "}", "[", "]", ",", ":", "\"", "'", "//", "/*", "\\u", "\\uD800", "1e99999999", "\u0000"};

    private final Random random;

    public Mutator(Random random) {
        this.random = random;
    }

    /** A hostile variant of {@code valid} (a workshop file's UTF-8 bytes). */
    public Mutant mutate(byte[] valid) {
        int kind = random.nextInt(20);
        switch (kind) {
            case 0: return flipBits(valid);
            case 1: return insertBytes(valid);
            case 2: return deleteRange(valid);
            case 3: return truncate(valid);
            case 4: return duplicateRange(valid);
            case 5: return insertToken(valid);
            case 6: return withBom(valid);
            case 7: return randomBytes();
            case 8: return stacked(valid);
            default: return jsonAware(valid);
        }
    }

    private Mutant flipBits(byte[] in) {
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new Mutant(out, flips + " bit flips");
    }

    private Mutant insertBytes(byte[] in) {
        int at = random.nextInt(in.length + 1);
        byte[] extra = new byte[1 + random.nextInt(16)];
        random.nextBytes(extra);
        return new Mutant(splice(in, at, at, extra), extra.length + " random bytes inserted at " + at);
    }

    private Mutant deleteRange(byte[] in) {
        int from = random.nextInt(in.length + 1);
        int to = Math.min(in.length, from + 1 + random.nextInt(random.nextBoolean() ? 8 : 2000));
        return new Mutant(splice(in, from, to, new byte[0]), "bytes " + from + ".." + to + " deleted");
    }

    private Mutant truncate(byte[] in) {
        int at = random.nextInt(in.length + 1);
        byte[] out = new byte[at];
        System.arraycopy(in, 0, out, 0, at);
        return new Mutant(out, "truncated at " + at + " of " + in.length);
    }

    private Mutant duplicateRange(byte[] in) {
        int from = random.nextInt(in.length + 1);
        int to = Math.min(in.length, from + random.nextInt(500));
        int at = random.nextInt(in.length + 1);
        byte[] chunk = new byte[to - from];
        System.arraycopy(in, from, chunk, 0, chunk.length);
        return new Mutant(splice(in, at, at, chunk), "bytes " + from + ".." + to + " copied to " + at);
    }

    private Mutant insertToken(byte[] in) {
        String token = TOKENS[random.nextInt(TOKENS.length)];
        int at = random.nextInt(in.length + 1);
        return new Mutant(splice(in, at, at, token.getBytes(StandardCharsets.UTF_8)),
                "'" + printable(token) + "' inserted at " + at);
    }

    private Mutant withBom(byte[] in) {
        switch (random.nextInt(4)) {
            case 0:
                return new Mutant(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, in), "UTF-8 BOM");
            case 1:
                return new Mutant(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, in), "UTF-16 BOM on UTF-8 bytes");
            case 2: {
                String text = new String(in, StandardCharsets.UTF_8);
                return new Mutant(text.getBytes(StandardCharsets.UTF_16), "re-encoded as UTF-16 with BOM");
            }
            default:
                return new Mutant(concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, in), "UTF-32 BOM on UTF-8");
        }
    }

    private Mutant randomBytes() {
        byte[] out = new byte[random.nextInt(4096)];
        random.nextBytes(out);
        if (out.length > 0 && random.nextBoolean()) {
            out[0] = '{';
        }
        return new Mutant(out, out.length + " random bytes");
    }

    private Mutant stacked(byte[] in) {
        Mutant first = jsonAware(in);
        Mutant second = random.nextBoolean() ? flipBits(first.bytes()) : jsonAware(first.bytes());
        return new Mutant(second.bytes(), first.how() + ", then " + second.how());
    }

    /** A change to one node of the document's tree; falls back to a byte flip when the input is not JSON. */
    private Mutant jsonAware(byte[] in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (Exception e) {
            return flipBits(in);
        }
        if (!(root instanceof ContainerNode<?>)) {
            return flipBits(in);
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        int kind = random.nextInt(10);
        String how;
        switch (kind) {
            case 0:
                slot.remove();
                how = "deleted " + slot.path;
                break;
            case 1:
                how = "duplicated " + slot.path + duplicate(slot);
                break;
            case 2:
                slot.set(otherType(slot.value()));
                how = "changed the type of " + slot.path;
                break;
            case 3:
                return rawValue(root, slot, NUMBERS[random.nextInt(NUMBERS.length)], "number");
            case 4:
                slot.set(NODES.textNode(longString()));
                how = "long string at " + slot.path;
                break;
            case 5:
                slot.set(NODES.textNode(junk(slot.value())));
                how = "unicode junk at " + slot.path;
                break;
            case 6:
                return rawValue(root, slot, deep(), "deep nesting");
            case 7:
                return duplicateKey(root, slot);
            case 8:
                how = "swapped " + slot.path + " with " + swapWithAnother(slot, slots);
                break;
            default:
                slot.set(NODES.textNode(String.valueOf(slot.value().asText()).toUpperCase(java.util.Locale.ROOT)));
                how = "upper-cased " + slot.path;
        }
        return new Mutant(write(root), how);
    }

    private String duplicate(Slot slot) {
        if (slot.parent instanceof ArrayNode array) {
            array.insert(slot.index, slot.value().deepCopy());
            return " (array element)";
        }
        slot.set(NODES.arrayNode().add(slot.value().deepCopy()).add(slot.value().deepCopy()));
        return " (as a list of two)";
    }

    private String swapWithAnother(Slot slot, List<Slot> slots) {
        Slot other = slots.get(random.nextInt(slots.size()));
        JsonNode a = slot.value().deepCopy();
        JsonNode b = other.value().deepCopy();
        if (other.path.startsWith(slot.path) || slot.path.startsWith(other.path)) {
            slot.set(b);
            return other.path + " (copied over)";
        }
        slot.set(b);
        other.set(a);
        return other.path;
    }

    private JsonNode otherType(JsonNode value) {
        switch (random.nextInt(7)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(random.nextBoolean());
            case 2: return NODES.numberNode(random.nextInt(200) - 100);
            case 3: return NODES.textNode(value.toString());
            case 4: return NODES.arrayNode().add(value.deepCopy());
            case 5: return NODES.objectNode().set("value", value.deepCopy());
            default: return NODES.numberNode(random.nextDouble() * 1e6);
        }
    }

    private String longString() {
        int length = random.nextInt(4) == 0 ? 1024 * 1024 + random.nextInt(3) - 1 : 1 + random.nextInt(70_000);
        return "x".repeat(length);
    }

    private String junk(JsonNode value) {
        StringBuilder b = new StringBuilder(value.isTextual() ? value.asText() : "");
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.insert(random.nextInt(b.length() + 1), JUNK[random.nextInt(JUNK.length)]);
        }
        return b.toString();
    }

    private String deep() {
        int depth = random.nextBoolean() ? 10 + random.nextInt(40) : 1000 + random.nextInt(100_000);
        return "[".repeat(depth) + "]".repeat(random.nextInt(5) == 0 ? depth / 2 : depth);
    }

    /** Writes the tree with a marker in place of the slot, then puts raw (possibly invalid) JSON text there. */
    private Mutant rawValue(JsonNode root, Slot slot, String raw, String what) {
        String marker = "\"@@FUZZ" + random.nextInt(Integer.MAX_VALUE) + "@@\"";
        slot.set(NODES.textNode(marker.substring(1, marker.length() - 1)));
        String text = new String(write(root), StandardCharsets.UTF_8).replace(marker, raw);
        return new Mutant(text.getBytes(StandardCharsets.UTF_8),
                what + " " + (raw.length() > 20 ? raw.length() + " chars" : raw) + " at " + slot.path);
    }

    private Mutant duplicateKey(JsonNode root, Slot slot) {
        if (!(slot.parent instanceof ObjectNode) || slot.key == null) {
            return rawValue(root, slot, "{\"a\":1,\"a\":2}", "duplicate key object");
        }
        String marker = "@@DUP" + random.nextInt(Integer.MAX_VALUE) + "@@";
        ((ObjectNode) slot.parent).put(marker, 0);
        String text = new String(write(root), StandardCharsets.UTF_8);
        String repeated;
        try {
            repeated = MAPPER.writeValueAsString(slot.key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        text = text.replace("\"" + marker + "\"", repeated);
        return new Mutant(text.getBytes(StandardCharsets.UTF_8), "key twice at " + slot.path);
    }

    private static byte[] write(JsonNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                slots.add(new Slot(object, field.getKey(), -1, at));
                collect(field.getValue(), at, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                slots.add(new Slot(array, null, i, at));
                collect(array.get(i), at, slots);
            }
        }
    }

    /** A place in the tree: a field of an object or an element of a list. */
    private static final class Slot {
        final ContainerNode<?> parent;
        final String key;
        final int index;
        final String path;

        Slot(ContainerNode<?> parent, String key, int index, String path) {
            this.parent = parent;
            this.key = key;
            this.index = index;
            this.path = path;
        }

        JsonNode value() {
            JsonNode v = key != null ? parent.get(key) : parent.get(index);
            return v == null ? NODES.nullNode() : v;
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else if (index < parent.size()) {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else if (index < parent.size()) {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
        out.write(in, 0, from);
        out.write(insert, 0, insert.length);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(b, 0, 0, a);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
        return b.toString();
    }
}
