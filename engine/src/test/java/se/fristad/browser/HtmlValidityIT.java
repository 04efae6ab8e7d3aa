package se.fristad.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import se.fristad.testsupport.BuiltSite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every built page is valid HTML by the Nu Html Checker (the W3C validator), run in-process and offline.
 * Errors fail; warnings (such as language detection hints) do not.
 */
class HtmlValidityIT {

    /** The checker's full HTML schema, the one its command-line and embedded clients use. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static Path site;

    @BeforeAll
    static void findSite() {
        site = BuiltSite.dir();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> failures = new ArrayList<>();
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, new Collector());
        validator.setUpValidatorAndParsers(collector, true, false);
        List<String> pages = BuiltSite.allPagePaths(site);
        for (String path : pages) {
            Path file = BuiltSite.file(site, path);
            collector.file = BuiltSite.relativeName(file);
            try {
                validator.checkHtmlFile(file.toFile(), true);
            } catch (SAXParseException e) {
                collector.add(e); // fatal errors may be thrown as well as reported
            }
        }
        failures.addAll(collector.errors);
        if (!failures.isEmpty()) {
            fail(failures.size() + " HTML error(s) in " + pages.size() + " pages (Nu Html Checker):\n  "
                    + String.join("\n  ", failures));
        }
    }

    /** Keeps errors as {@code file:line:col: message}; ignores warnings. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String file = "(schema)";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        void add(SAXParseException e) {
            String entry = file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
            if (!errors.contains(entry)) errors.add(entry);
        }
    }
}
