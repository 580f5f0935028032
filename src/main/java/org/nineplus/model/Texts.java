package org.nineplus.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of one package in the user's language: a {@link ResourceBundle} ({@code messages.properties} with
 * {@code messages_nl.properties} beside it) looked up on every call, so a changed default locale takes effect at
 * once. The one text accessor of every layer (plain {@code java.util}, no IO of its own). Texts without arguments
 * are returned as written; texts with arguments are {@link MessageFormat} patterns (write {@code ''} for an
 * apostrophe there).
 */
public final class Texts {

    /** English when the base file is asked for, never the system language as a fallback. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final Locale locale;

    private Texts(String bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle);
        this.locale = locale;
    }

    /** The bundle {@code bundle} (e.g. {@code org.nineplus.ui.library.messages}) in the default locale of each call. */
    public static Texts of(String bundle) {
        return new Texts(bundle, null);
    }

    /** The same bundle, always in {@code locale}. */
    public Texts in(Locale locale) {
        return new Texts(bundle, Objects.requireNonNull(locale));
    }

    public Locale locale() {
        return locale != null ? locale : Locale.getDefault();
    }

    /** The text of {@code key} as written. */
    public String get(String key) {
        return ResourceBundle.getBundle(bundle, locale(), NO_FALLBACK).getString(key);
    }

    /** The pattern of {@code key} with {@code args} filled in, numbers and dates in this locale; as written without args. */
    public String get(String key, Object... args) {
        return args.length == 0 ? get(key) : new MessageFormat(get(key), locale()).format(args);
    }
}
