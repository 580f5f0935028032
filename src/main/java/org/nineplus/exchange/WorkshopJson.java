package org.nineplus.exchange;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.model.WorkshopRules.Problem;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes the workshop file ({@code docs/file-format.md}). Reading builds a JSON tree under strict limits
 * (size, nesting, text length, no duplicate keys), converts it field by field and then checks
 * {@link WorkshopRules}; the first problem found becomes one {@link ExchangeException} naming the file and the place.
 * Writing streams the workshop into a temporary file and renames it over the target, so a failed write changes
 * nothing. No Jackson data binding or type information is involved: the mapping is explicit.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class WorkshopJson {

    /** The value of the {@code format} field of every workshop file. */
    public static final String FORMAT = "nineplus.workshop";
    /** The newest version of the file this program reads, and the version it writes. */
    public static final int VERSION = 1;
    /** The largest file read, in bytes (64 MB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The deepest nesting of lists and objects read. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest text value read, in characters (1 MB). */
    public static final int MAX_TEXT_LENGTH = 1024 * 1024;
    /**
     * The most JSON tokens (names, values, brackets) read: a 20,000-card map has about a fifth of this. It bounds the
     * tree built in memory, which a file of a million tiny cards would otherwise blow up from 60 MB to gigabytes.
     */
    public static final long MAX_TOKENS = 2_000_000;

    /** Two-space indentation, "key": value; shared with {@link AdviceJson}. */
    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
            .withArrayEmptySeparator("").withRootSeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public WorkshopJson() {
        factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_TEXT_LENGTH).maxDocumentLength(MAX_FILE_BYTES)
                        .maxTokenCount(MAX_TOKENS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
                .build();
        mapper = new ObjectMapper(factory);
    }

    /** Reads a workshop file; the error names the file by its file name. */
    public Workshop read(Path file) throws ExchangeException {
        String source = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(source, size);
            }
            return read(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(source, "", Fields.TEXTS.get("file.missing"), e);
        } catch (IOException e) {
            throw new ExchangeException(source, "", Fields.TEXTS.get("file.unreadable", e.toString()), e);
        }
    }

    /** Reads a workshop file's content (UTF-8, or UTF-16/32 with a byte order mark). */
    public Workshop read(byte[] bytes, String sourceName) throws ExchangeException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourceName, "sourceName");
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(sourceName, bytes.length);
        }
        try (JsonParser parser = factory.createParser(bytes)) {
            return toWorkshop(tree(parser, sourceName), sourceName);
        } catch (IOException e) {
            throw new ExchangeException(sourceName, "", Fields.TEXTS.get("file.unreadable", e.toString()), e);
        }
    }

    /** Reads a workshop file's content given as text. */
    public Workshop read(String json, String sourceName) throws ExchangeException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        if (json.length() > MAX_FILE_BYTES) {
            throw tooLarge(sourceName, json.length());
        }
        try (JsonParser parser = factory.createParser(json)) {
            return toWorkshop(tree(parser, sourceName), sourceName);
        } catch (IOException e) {
            throw new ExchangeException(sourceName, "", Fields.TEXTS.get("file.unreadable", e.toString()), e);
        }
    }

    /** The workshop file's content, pretty-printed, ending with a line break. */
    public String toJson(Workshop workshop) {
        Objects.requireNonNull(workshop, "workshop");
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(text)) {
            writeDocument(workshop, generator);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Writes the workshop file, replacing {@code file} in one step: if writing fails (full disk, a value JSON cannot
     * carry), the old file is left as it was and no temporary file remains.
     */
    public void write(Workshop workshop, Path file) throws IOException {
        Objects.requireNonNull(workshop, "workshop");
        AtomicFile.write(file, out -> writeTo(workshop, out));
    }

    private void writeTo(Workshop workshop, OutputStream out) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            writeDocument(workshop, generator);
        }
    }

    private static void writeDocument(Workshop workshop, JsonGenerator generator) throws IOException {
        generator.setPrettyPrinter(PRETTY.createInstance());
        WorkshopWriter.write(workshop, generator);
        generator.writeRaw('\n');
    }

    /** The JSON tree, or the syntax error with the line and column where the parser stopped. */
    private JsonNode tree(JsonParser parser, String source) throws ExchangeException {
        try {
            JsonNode tree = mapper.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ExchangeException(source, "", Fields.TEXTS.get("file.trailing", String.valueOf(at.getLineNr()),
                        String.valueOf(at.getColumnNr())));
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw notJson(source, e, location);
        } catch (CharConversionException e) {
            // Bytes that are no character in the encoding the file announces (UTF-8, -16 or -32).
            throw new ExchangeException(source, "", "not valid text: " + plain(e.getMessage()), e);
        } catch (IOException e) {
            throw new ExchangeException(source, "", Fields.TEXTS.get("file.unreadable", e.toString()), e);
        }
    }

    private static Workshop toWorkshop(JsonNode tree, String source) throws ExchangeException {
        if (tree == null || tree.isMissingNode()) {
            throw new ExchangeException(source, "", Fields.TEXTS.get("file.empty"));
        }
        Workshop workshop;
        try {
            workshop = WorkshopTreeReader.workshop(tree);
        } catch (BadValue e) {
            throw new ExchangeException(source, e.path(), e.getMessage());
        }
        Optional<Problem> problem = WorkshopRules.firstProblem(workshop);
        if (problem.isPresent()) {
            throw new ExchangeException(source, problem.get().path(), problem.get().message());
        }
        return workshop;
    }

    private static ExchangeException tooLarge(String source, long size) {
        return new ExchangeException(source, "", Fields.TEXTS.get("file.tooLarge", String.valueOf(size),
                String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
    }

    private static ExchangeException notJson(String source, JsonProcessingException e, JsonLocation location) {
        String where = location == null || location.getLineNr() < 1 ? ""
                : Fields.TEXTS.get("json.where", String.valueOf(location.getLineNr()),
                        String.valueOf(location.getColumnNr()));
        String what = Fields.TEXTS.get(e instanceof StreamConstraintsException ? "json.limits" : "json.invalid");
        return new ExchangeException(source, "", Fields.TEXTS.get("json.problem", what, where, plain(e.getOriginalMessage())), e);
    }

    /** Jackson's message without its pointers into Jackson's own API and without continuation lines. */
    private static String plain(String message) {
        String firstLine = message == null ? "" : message.lines().findFirst().orElse("");
        return firstLine.replaceAll(",? ?from `[^`]*`", "").replace(" ()", "").trim();
    }
}
