package se.fristad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void slugsAreReadableAndValid() {
        assertEquals("hjalp-och-stod", Slugs.slugify("hjälp-och-stöd"));
        assertEquals("vad-ar-vald", Slugs.slugify("Vad är våld?"));
        assertEquals("ring-112-vid-fara", Slugs.slugify("Ring 112 vid fara"));
        assertEquals("strasse", Slugs.slugify("Straße"));
        assertEquals("العنف-الأسري", Slugs.slugify("العنف الأسري"));
        assertEquals("домашнє-насильство", Slugs.slugify("Домашнє насильство"));
    }

    @Test
    void linksAreRelativeToThePage() {
        assertEquals("stod/bris/", Urls.relative("", "stod/bris/"));
        assertEquals("../../", Urls.relative("stod/bris/", ""));
        assertEquals("../", Urls.relative("stod/bris/", "stod/"));
        assertEquals("../../../stod/bris/", Urls.relative("en/stod/bris/", "stod/bris/"));
        assertEquals("../kvinnojour/", Urls.relative("stod/bris/", "stod/kvinnojour/"));
        assertEquals("./", Urls.relative("stod/", "stod/"));
        assertEquals("../bild.png", Urls.relative("stod/bris/", "stod/bild.png"));
        assertEquals("../../assets/css/fristad.css", Urls.relative("en/stod/", "assets/css/fristad.css"));
    }

    @Test
    void normalizeResolvesDots() {
        assertEquals("a/c.md", Urls.normalize("a/b/../c.md"));
        assertEquals("a/", Urls.normalize("a/b/.."));
        assertEquals("", Urls.normalize("a/.."));
        assertNull(Urls.normalize("../x.md"));
    }

    @Test
    void keysKnowTheirFolder() {
        assertEquals("index.md", Keys.parent("bris.md"));
        assertEquals("stod/index.md", Keys.parent("stod/bris.md"));
        assertEquals("index.md", Keys.parent("stod/index.md"));
        assertEquals("a/index.md", Keys.parent("a/b/index.md"));
        assertNull(Keys.parent("index.md"));
        assertEquals("b", Keys.name("a/b/index.md"));
    }
}
