package org.nineplus.render;

/** One line of text placed on the map: left x, baseline y, its measured width, size and weight. */
public record TextLine(String text, double x, double baseline, double width, double size, boolean bold) {
}
