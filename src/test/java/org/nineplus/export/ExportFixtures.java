package org.nineplus.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nineplus.exchange.ExchangeException;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Card;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

/** Workshops and helpers the export tests share. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static ExportSource worked() {
        Workshop w = TestWorkshops.workedExample();
        return ExportSource.of(w, w.journeys().get(0));
    }

    static Workshop sample() throws ExchangeException {
        return new WorkshopJson().read(Path.of("assets/samples/claims-workshop.json"));
    }

    static List<String> titles(ExportSource source) {
        return source.journey().cards().stream().map(Card::title).toList();
    }

    /** Runs of whitespace (wrapped lines, extraction's spacing) collapsed to one space. */
    static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String pdfText(Path pdf, int firstPage, int lastPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(lastPage);
            return normalised(stripper.getText(document));
        }
    }

    /** Cancels when asked the n-th time, and records the progress reported. */
    static final class CancelAfter implements ExportProgress {
        private final int allowed;
        private int asked;
        double last = -1;
        boolean decreased;

        CancelAfter(int allowed) {
            this.allowed = allowed;
        }

        @Override
        public void progress(double fraction) {
            decreased |= fraction < last;
            last = fraction;
        }

        @Override
        public boolean isCancelled() {
            return ++asked > allowed;
        }

        int asked() {
            return asked;
        }
    }
}
