package org.nineplus.ui;

import org.nineplus.model.Workshop;

/**
 * Reads a workshop file's bytes (the app wires {@code WorkshopJson::read}). A failure's message is shown to the
 * person at the keyboard as it is, so it should name the file and the problem in one line.
 */
@FunctionalInterface
public interface WorkshopImporter {

    Workshop read(byte[] bytes, String sourceName) throws Exception;
}
