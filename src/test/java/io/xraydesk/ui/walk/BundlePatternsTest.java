package io.xraydesk.ui.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class BundlePatternsTest {

    private static final ResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                    {"open", "Open it"},
                    {"signed", "Signed in as {0}"},
                    {"quoted", "Can''t reach {0}: ''{1}''"},
                    {"count", "{0} ({1})"},
                    {"bank", "Bank"},
                    {"files", "{0,choice,0#no file|1#one file|1<{0,number,integer} files}"},
            };
        }
    };

    private final BundlePatterns patterns = new BundlePatterns(List.of(BUNDLE));

    @Test
    void theBundlesTextsAndTheirFilledInPatternsAreProduced() {
        assertTrue(patterns.produces("Open it"));
        assertTrue(patterns.produces("Signed in as 6413297aad6e59418e7748f9"));
        assertTrue(patterns.produces("Can't reach example.org: 'refused'"));
        assertTrue(patterns.produces("3 files"));
    }

    @Test
    void anArrangementOfArgumentsAloneIsProducedOnlyByBundleTexts() {
        assertTrue(patterns.produces("Bank (2)"));
        assertFalse(patterns.produces("Financial (2)"));
        assertFalse(patterns.produces("LABORATOIRES BELLEVUE SASU"));
    }

    @Test
    void textWithoutLettersIsNoWord() {
        assertTrue(patterns.produces("12/07/2026 06:33"));
        assertTrue(patterns.produces("9,77 %"));
    }

    @Test
    void quotingIsUndoneAndArgumentsBecomeGroups() {
        assertEquals("\\QCan't reach \\E(.*?)\\Q: '\\E(.*?)\\Q'\\E", BundlePatterns.regex("Can''t reach {0}: ''{1}''"));
    }
}
