package org.nineplus.model;

/** Whether customers want a stage over quickly (time well saved) or want to enjoy it (time well spent). */
public enum TimeKind {
    SAVE,
    SPEND
}
