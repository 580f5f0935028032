package org.nineplus.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * The pictures of personas. A persona's {@code picture} is empty, {@code bundled:NAME} (one of {@link #BUNDLED},
 * shipped as PNGs beside this class) or {@code data:image/png;base64,...} (an image file the person chose,
 * scaled down to at most {@link #MAX_EDGE} pixels and embedded, so it travels with the workshop). Decoded pictures
 * are kept in a small cache, so laying a map out again costs nothing.
 */
public final class PersonaPictures {

    public static final String BUNDLED_PREFIX = "bundled:";
    public static final String DATA_PREFIX = "data:image/png;base64,";
    /** The bundled illustrations, in the order the picture chooser offers them. */
    public static final List<String> BUNDLED = List.of("owl", "fox", "bear", "cat", "rabbit", "penguin");
    /** The longest edge of an embedded picture, in pixels. */
    public static final int MAX_EDGE = 256;
    /** The longest picture value embedding produces; the workshop file allows 1 MiB per text. */
    public static final int MAX_VALUE_LENGTH = 1024 * 1024 - 1;

    private static final int CACHE_SIZE = 32;
    private static final Map<String, Optional<RasterImage>> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<RasterImage>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private PersonaPictures() {
    }

    public static String bundled(String name) {
        return BUNDLED_PREFIX + name;
    }

    /** The picture a value names, or empty when it is empty, unknown or not a readable image. */
    public static Optional<RasterImage> image(String picture) {
        if (picture == null || picture.isBlank()) {
            return Optional.empty();
        }
        synchronized (CACHE) {
            Optional<RasterImage> cached = CACHE.get(picture);
            if (cached != null) {
                return cached;
            }
        }
        Optional<RasterImage> decoded = decode(picture);
        synchronized (CACHE) {
            CACHE.put(picture, decoded);
        }
        return decoded;
    }

    private static Optional<RasterImage> decode(String picture) {
        try {
            if (picture.startsWith(BUNDLED_PREFIX)) {
                String name = picture.substring(BUNDLED_PREFIX.length());
                if (!BUNDLED.contains(name)) {
                    return Optional.empty();
                }
                try (InputStream in = PersonaPictures.class.getResourceAsStream("personas/" + name + ".png")) {
                    return in == null ? Optional.empty() : read(in.readAllBytes());
                }
            }
            if (picture.startsWith(DATA_PREFIX)) {
                return read(Base64.getDecoder().decode(picture.substring(DATA_PREFIX.length())));
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<RasterImage> read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return image == null ? Optional.empty() : Optional.of(RasterImage.of(image));
    }

    /**
     * Turns an image file's bytes (PNG, JPEG, GIF or BMP) into a picture value: scaled down so its longer edge is at
     * most {@link #MAX_EDGE} pixels and embedded as a PNG data URI.
     *
     * @param source the file's name, for the error
     * @throws NotAnImage naming {@code source} when the bytes are no image it can read
     * @throws IllegalArgumentException naming {@code source} when even the scaled-down picture is too big
     */
    public static String embed(byte[] imageFile, String source) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(imageFile));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw new NotAnImage(source + " is not an image NinePlus can read (PNG, JPEG, GIF or BMP)");
        }
        BufferedImage small = scaledDown(image);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = DATA_PREFIX + Base64.getEncoder().encodeToString(png.toByteArray());
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException(source + " is too big to embed even at " + MAX_EDGE + " pixels ("
                    + value.length() / 1024 + " KiB; at most " + MAX_VALUE_LENGTH / 1024 + " KiB)");
        }
        return value;
    }

    /** Thrown by {@link #embed} when the bytes are not an image it can read. */
    public static final class NotAnImage extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotAnImage(String message) {
            super(message);
        }
    }

    private static BufferedImage scaledDown(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_EDGE / Math.max(w, h));
        int sw = Math.max(1, (int) Math.round(w * scale));
        int sh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, sw, sh, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
