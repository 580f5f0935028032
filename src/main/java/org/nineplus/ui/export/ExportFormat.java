package org.nineplus.ui.export;

/** The file formats a map is exported to from the window, with their file name extension and chooser filter. */
public enum ExportFormat {
    PDF("PDF", "pdf", "PDF document (*.pdf)"),
    PNG("PNG", "png", "PNG image (*.png)"),
    SVG("SVG", "svg", "SVG drawing (*.svg)");

    private final String label;
    private final String extension;
    private final String filterDescription;

    ExportFormat(String label, String extension, String filterDescription) {
        this.label = label;
        this.extension = extension;
        this.filterDescription = filterDescription;
    }

    /** "pdf", without the dot. */
    public String extension() {
        return extension;
    }

    /** "PDF document (*.pdf)", for the save dialog's filter. */
    public String filterDescription() {
        return filterDescription;
    }

    @Override
    public String toString() {
        return label;
    }
}
