package org.nineplus.export;

/** Which way round a page is used. AUTO picks the one in which the map comes out larger. */
public enum Orientation {
    PORTRAIT,
    LANDSCAPE,
    AUTO
}
