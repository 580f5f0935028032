package org.nineplus.ui.export;

/** The file formats a map is exported to from the window, with their file name extension and chooser filter. */
public enum ExportFormat {
    PDF("PDF", "pdf"),
    PNG("PNG", "png"),
    SVG("SVG", "svg");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** "pdf", without the dot. */
    public String extension() {
        return extension;
    }

    /** "PDF document (*.pdf)", for the save dialog's filter. */
    public String filterDescription() {
        return ExportDialogModel.TEXTS.get("format." + name());
    }

    @Override
    public String toString() {
        return label;
    }
}
