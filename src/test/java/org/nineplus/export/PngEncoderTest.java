package org.nineplus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void rowsWrittenInPiecesDecodeToTheSamePixels() throws IOException {
        int width = 301;
        int height = 97;
        int[] pixels = new int[width * height];
        Random random = new Random(7);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % 5 == 0 ? random.nextInt(0x1000000) : (i / width) * 0x020301 + (i % width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PngEncoder png = new PngEncoder(out, width, height, 300, 6)) {
            int row = 0;
            for (int rows : new int[] {1, 40, 17, 39}) {
                png.writeRows(pixels, row * width, width, rows);
                row += rows;
            }
            png.finish();
            assertThat(png.isFinished()).isTrue();
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(pixels[y * width + x] & 0xFFFFFF);
            }
        }
        List<String> chunks = chunksWithValidCrc(out.toByteArray());
        assertThat(chunks).startsWith("IHDR", "pHYs").endsWith("IEND").contains("IDAT");
        assertThat(PngExporterTest.phys(out.toByteArray())).containsExactly(11811, 11811, 1);
    }

    @Test
    void anUnfinishedImageIsAnError() throws IOException {
        try (PngEncoder png = new PngEncoder(new ByteArrayOutputStream(), 4, 4, 72, 1)) {
            png.writeRows(new int[16], 0, 4, 3);
            assertThatThrownBy(png::finish).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> png.writeRows(new int[16], 0, 4, 2)).isInstanceOf(IllegalStateException.class);
        }
    }

    private static List<String> chunksWithValidCrc(byte[] file) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        byte[] signature = in.readNBytes(8);
        assertThat(signature).startsWith(0x89, 'P', 'N', 'G');
        List<String> names = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = in.readNBytes(4);
            byte[] data = in.readNBytes(length);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            assertThat(in.readInt()).isEqualTo((int) crc.getValue());
            names.add(new String(type, StandardCharsets.US_ASCII));
        }
        return names;
    }
}
