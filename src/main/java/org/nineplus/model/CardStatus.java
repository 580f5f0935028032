package org.nineplus.model;

/** An element customers meet today, or an improvement idea. */
public enum CardStatus {
    EXISTING,
    IDEA
}
