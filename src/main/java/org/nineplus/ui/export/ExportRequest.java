package org.nineplus.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.nineplus.export.ExportProgress;
import org.nineplus.export.ExportSource;
import org.nineplus.export.PdfExporter;
import org.nineplus.export.PdfOptions;
import org.nineplus.export.PngExporter;
import org.nineplus.export.PngOptions;
import org.nineplus.export.SvgExporter;

/** One export the dialog asks for: the format's options and the file. {@link #write} runs it on the caller's thread. */
public sealed interface ExportRequest {

    Path out();

    /**
     * Writes the file.
     *
     * @throws java.util.concurrent.CancellationException when progress asked to cancel; no file is written
     */
    void write(ExportSource source, ExportProgress progress) throws IOException;

    record Pdf(PdfOptions options, Path out) implements ExportRequest {
        public Pdf {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(out, "out");
        }

        @Override
        public void write(ExportSource source, ExportProgress progress) throws IOException {
            new PdfExporter().export(source, options, out, progress);
        }
    }

    record Png(PngOptions options, Path out) implements ExportRequest {
        public Png {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(out, "out");
        }

        @Override
        public void write(ExportSource source, ExportProgress progress) throws IOException {
            new PngExporter().export(source, options, out, progress);
        }
    }

    record Svg(Path out) implements ExportRequest {
        public Svg {
            Objects.requireNonNull(out, "out");
        }

        @Override
        public void write(ExportSource source, ExportProgress progress) throws IOException {
            new SvgExporter().export(source, out, progress);
        }
    }
}
