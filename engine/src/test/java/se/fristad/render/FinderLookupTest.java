package se.fristad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.TestSite;
import se.fristad.config.Language;
import se.fristad.config.SiteConfig;
import se.fristad.config.SiteConfigLoader;
import se.fristad.load.ContentLoader;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.problem.Problems;

/** Per-page work must not go through all pages: the edition's support finder is looked for once, not on every page. */
class FinderLookupTest {
    @TempDir
    Path tmp;

    @Test
    void theFinderIsLookedForOncePerEdition() throws IOException {
        TestSite site = TestSite.svEn(tmp); // no page with layout: finder, so a search would go through every page
        for (int i = 0; i < 40; i++) {
            site.page("sv/sida-" + i + ".md", "Sida " + i, "Text " + i + ".");
        }
        site.page("sv/index.md", "Start", "Hem.").page("en/index.md", "Home", "Home.");
        Problems problems = new Problems();
        SiteConfig config = SiteConfigLoader.load(site.dir, problems).orElseThrow();
        Site model = Site.of(config, new ContentLoader(site.dir, config).load(false, problems), problems);
        Theme theme = new Theme(site.dir);
        Map<String, Path> assets = theme.assets();
        Map<String, Map<String, String>> strings = new HashMap<>();
        for (Language l : model.languages()) {
            strings.put(l.code(), theme.strings(l.code(), config.source().code(), problems));
        }
        PageRenderer renderer = new PageRenderer(model, new Layouts(theme), new MarkdownRenderer(), strings, ThemeAssets.of(assets), Icons.read(assets));
        int rendered = 0;
        for (Page p : model.pages()) {
            assertNotNull(renderer.render(p, problems).html(), p.url());
            rendered++;
        }
        assertEquals(0, problems.errorCount(), problems.sorted()::toString);
        assertEquals(true, rendered > 80);
        assertEquals(2, renderer.finderSearches(), "once for each of the two editions, not once for each of " + rendered + " pages");
    }
}
