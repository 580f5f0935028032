package org.nineplus.export;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A streaming PNG writer for 8-bit RGB images of any height: the caller hands over rows top to bottom and the
 * encoder filters each (PNG filter "Sub"), deflates it into IDAT chunks as it goes and never holds more than one row
 * and one chunk, so an A0 poster at 300 dpi costs a few megabytes. Writes the signature, IHDR, pHYs (the
 * resolution), tEXt (Software), the IDATs and IEND, each chunk with its CRC-32.
 */
final class PngEncoder implements AutoCloseable {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int CHUNK = 1 << 16;

    private final DataOutputStream out;
    private final int width;
    private final int height;
    private final Deflater deflater;
    private final byte[] row;
    private final byte[] chunk = new byte[CHUNK];
    private int filled;
    private int rowsWritten;
    private boolean finished;

    /**
     * Starts the file.
     *
     * @param dpi written as pHYs in pixels per metre
     * @param level the zlib level, 1 (fast) to 9 (small)
     */
    PngEncoder(OutputStream out, int width, int height, double dpi, int level) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("empty image");
        }
        this.out = new DataOutputStream(out);
        this.width = width;
        this.height = height;
        this.deflater = new Deflater(level);
        this.row = new byte[1 + 3 * width];
        this.out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        chunk("IHDR", header, header.length);
        byte[] physical = new byte[9];
        int perMetre = (int) Math.round(dpi / 0.0254);
        putInt(physical, 0, perMetre);
        putInt(physical, 4, perMetre);
        physical[8] = 1; // unit: metre
        chunk("pHYs", physical, physical.length);
        byte[] software = "Software\0NinePlus".getBytes(StandardCharsets.ISO_8859_1);
        chunk("tEXt", software, software.length);
    }

    /** Adds rows from packed 0xRRGGBB ints: {@code rows} rows of {@code width} pixels, {@code stride} apart. */
    void writeRows(int[] pixels, int offset, int stride, int rows) throws IOException {
        if (rowsWritten + rows > height) {
            throw new IllegalStateException("more rows than the image has");
        }
        for (int r = 0; r < rows; r++) {
            int base = offset + r * stride;
            row[0] = 1; // filter: Sub
            int previousR = 0;
            int previousG = 0;
            int previousB = 0;
            int i = 1;
            for (int x = 0; x < width; x++) {
                int p = pixels[base + x];
                int red = (p >> 16) & 0xFF;
                int green = (p >> 8) & 0xFF;
                int blue = p & 0xFF;
                row[i++] = (byte) (red - previousR);
                row[i++] = (byte) (green - previousG);
                row[i++] = (byte) (blue - previousB);
                previousR = red;
                previousG = green;
                previousB = blue;
            }
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                drain();
            }
        }
        rowsWritten += rows;
    }

    /** Ends the image data and the file; every row must have been written. */
    void finish() throws IOException {
        if (rowsWritten != height) {
            throw new IllegalStateException("only " + rowsWritten + " of " + height + " rows were written");
        }
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        if (filled > 0) {
            chunk("IDAT", chunk, filled);
            filled = 0;
        }
        chunk("IEND", new byte[0], 0);
        out.flush();
        finished = true;
    }

    boolean isFinished() {
        return finished;
    }

    /** Moves compressed bytes into the chunk buffer and writes an IDAT whenever it is full. */
    private void drain() throws IOException {
        filled += deflater.deflate(chunk, filled, CHUNK - filled, Deflater.NO_FLUSH);
        if (filled == CHUNK) {
            chunk("IDAT", chunk, filled);
            filled = 0;
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    @Override
    public void close() {
        deflater.end();
    }
}
