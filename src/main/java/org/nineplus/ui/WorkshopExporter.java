package org.nineplus.ui;

import java.nio.file.Path;

import org.nineplus.model.Workshop;

/** Writes a workshop to a file (the app wires {@code WorkshopJson::write}). */
@FunctionalInterface
public interface WorkshopExporter {

    void write(Workshop workshop, Path file) throws Exception;
}
