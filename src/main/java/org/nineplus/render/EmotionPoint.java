package org.nineplus.render;

/** The emotion of one stage drawn at its column centre. */
public record EmotionPoint(String stageId, int stageIndex, int emotion, Point at) {
}
