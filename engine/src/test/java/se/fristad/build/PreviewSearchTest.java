package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the preview a saved body is shown at once and its search index follows in the background: after the update the
 * page has the new text, and once the index is written (awaitSearch) search finds it and no longer finds the old.
 */
class PreviewSearchTest {
    @TempDir
    Path dir;

    @Test
    void theSearchIndexFollowsASavedBody() throws IOException {
        TestSite site = new TestSite(dir, "title: T\nlanguages: [sv, en]\n")
                .page("sv/index.md", "Start", "Hem.")
                .page("sv/stod.md", "Stöd", "Kvinnojouren svarar i telefon om blåmes.")
                .page("sv/vald.md", "Våld", "Våld i nära relationer kan vara fysiskt, psykiskt eller ekonomiskt.")
                .page("en/index.md", "Home", "Home.");
        Build build = new Build(site.dir, false);
        assertTrue(build.build(site.out()).ok());
        assertTrue(searchHas(site.out(), "blåmes"));
        assertFalse(searchHas(site.out(), "zebrafink"));

        Path file = site.dir.resolve("content/sv/stod.md");
        // longer than before: its passages need files the build did not make, which must join the folder's marker
        Files.writeString(file, Files.readString(file).replace("blåmes", "zebrafink") + "\n\n"
                + "Du kan ringa dygnet runt och prata med någon som lyssnar. ".repeat(60));
        Build.Result r = build.update(site.out(), file);
        assertTrue(r.ok());
        assertEquals(2, r.rendered(), "only the saved page is rendered again, and the English edition's page that shows it");
        assertTrue(site.read("stod/index.html").contains("zebrafink"), "the page shows the saved text at once");

        build.awaitSearch();
        assertTrue(searchHas(site.out(), "zebrafink"), "search finds the saved text");
        assertFalse(searchHas(site.out(), "blåmes"), "and not the text it replaced");
        // the page's document was replaced in the index the build left, not added to it: the same files as a new build
        Map<String, String> updated = TestSite.files(site.out().resolve("search"));
        assertTrue(build.build(site.out()).ok(), "a full build after it");
        assertEquals(TestSite.files(site.out().resolve("search")), updated);
    }

    /** Whether a passage of the Swedish search index holds {@code word}. */
    private static boolean searchHas(Path out, String word) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve(TestSite.shards(out, "sv") + "f"))) {
            return files.filter(f -> f.toString().endsWith(".js")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains(word);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
