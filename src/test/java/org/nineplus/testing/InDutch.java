package org.nineplus.testing;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Runs each test of a class with Dutch (nl-NL) as the default locale, as on a Dutch computer, and puts the locale
 * back afterwards. Use with {@code @ExtendWith(InDutch.class)}.
 */
public final class InDutch implements BeforeEachCallback, AfterEachCallback {

    private static final Namespace HERE = Namespace.create(InDutch.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(HERE).put("saved", Locale.getDefault());
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(HERE).get("saved", Locale.class));
    }
}
