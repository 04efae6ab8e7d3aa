package se.fristad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.TypedFixture;
import se.fristad.config.SiteConfig;
import se.fristad.config.SiteConfigLoader;
import se.fristad.load.ContentLoader;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.problem.Problems;

/** {@code site.pagesOfType}: computed only when asked, once per language and type, with links for the asking page. */
class ListingsTest {
    @TempDir
    Path tmp;

    @Test
    void computedLazilyOncePerLanguageAndType() {
        Path dir = TypedFixture.write(tmp).dir;
        Problems problems = new Problems();
        SiteConfig config = SiteConfigLoader.load(dir, problems).orElseThrow();
        Site site = Site.of(config, new ContentLoader(dir, config).load(false, problems), problems);
        assertEquals(0, problems.errorCount());
        Listings listings = new Listings(site, new DataModel(site));
        assertEquals(0, listings.computed(), "nothing is computed before a template asks");

        Page finder = site.page("sv", "hjalp-och-stod/index.md").orElseThrow();
        Page home = site.page("sv", "index.md").orElseThrow();
        List<Map<String, Object>> fromFinder = listings.of("support", finder);
        List<Map<String, Object>> fromHome = listings.of("support", home);
        listings.of("support", site.page("sv", "planer/index.md").orElseThrow());
        assertEquals(1, listings.computed(), "every Swedish page shares one listing of support pages");
        assertEquals("bris/", fromFinder.get(1).get("href"));
        assertEquals("hjalp-och-stod/bris/", fromHome.get(1).get("href"));
        assertEquals(List.of("Kvinnofridslinjen", "BRIS", "Polisen", "Centrum mot våld", "Skyddat boende i Kiruna"),
                fromHome.stream().map(e -> e.get("title")).toList());

        listings.of("plan", home);
        List<Map<String, Object>> english = listings.of("support", site.page("en", "index.md").orElseThrow());
        assertEquals(3, listings.computed(), "another type and another language are computed once each");
        assertEquals(List.of(true, false, false, false, false), english.stream().map(e -> e.get("translated")).toList());
        assertEquals("hjalp-och-stod/bris/", english.get(1).get("href"), "from /en/ to the fallback /en/hjalp-och-stod/bris/");
        assertEquals("sv", english.get(1).get("lang"));
    }
}
