package org.nineplus.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import org.nineplus.render.MapLayout;
import org.nineplus.render.Painter;
import org.nineplus.render.Viewport;

/**
 * Writes a journey map as one SVG file at the map's own size (one user unit per map point), text kept as text, for
 * slide decks and further editing. Written atomically.
 */
public final class SvgExporter {

    /**
     * Exports the map.
     *
     * @throws java.util.concurrent.CancellationException when progress asked to cancel; no file is written
     * @throws IOException when the file cannot be written
     */
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        MapLayout layout = source.layout();
        progress.checkCancelled();
        AtomicOutput.write(out, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            try {
                SvgSurface svg = new SvgSurface(writer, progress);
                svg.start(layout.width(), layout.height(), source.title());
                Painter.paint(layout, svg, Viewport.whole(layout), source.paintState());
                svg.end();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
            progress.checkCancelled();
        });
        progress.progress(1);
    }
}
