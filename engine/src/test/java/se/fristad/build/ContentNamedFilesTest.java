package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.fristad.build.TestSite.assertHas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme's files and each edition's search shards are published in folders named by their content, so a site
 * uploaded file by file (new files first, pages, then meta.js, deletions last) never mixes two builds: the same
 * files give the same name, a changed file a new one, and the pages and meta.js name the folder of their own build.
 */
class ContentNamedFilesTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.svEn(tmp.resolve("site"))
                .page("sv/index.md", "Hem", "Välkommen. Kvinnojouren svarar dygnet runt.")
                .page("sv/stod.md", "Stöd", "Socialtjänsten hjälper den som utsätts för våld.")
                .page("en/index.md", "Home", "Welcome. The shelter answers day and night.");
    }

    @Test
    void oneChangedCssRuleGivesTheThemeANewFolderAndThePagesLinkThere() throws IOException {
        TestSite site = site();
        assertTrue(site.build().ok());
        String before = site.assets();
        assertTrue(before.matches("assets/[0-9a-f]{8}/"), before);
        java.util.Map<String, String> first = TestSite.files(site.out());

        assertTrue(site.build().ok(), "built again, unchanged");
        assertEquals(before, site.assets(), "the same files give the same folder");
        assertEquals(first, TestSite.files(site.out()), "and the same bytes, file by file");

        String css = Files.readString(Path.of("assets/css/fristad.css"));
        site.write("assets/css/fristad.css", css + "\n.notice { font-weight: bold; }\n");
        assertTrue(site.build().ok());
        String after = site.assets(); // (one folder only: the build replaced the site whole)
        assertNotEquals(before, after, "one changed rule gives the theme a new folder");
        assertTrue(site.read(after + "css/fristad.css").endsWith(".notice { font-weight: bold; }\n"));
        assertTrue(Files.isRegularFile(site.out().resolve(after + "js/search.js")), "every file of the theme moves along");
        assertTrue(Files.isRegularFile(site.out().resolve(after + "js/search/swedish.js")), "the search client's chains beside it");
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals(after + "css/fristad.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(after + "js/fristad.js", home.selectFirst("script[src]").attr("src"));
        assertEquals(after + "js/search.js", home.selectFirst("form.header-search").attr("data-script"));
        Document en = Jsoup.parse(site.read("en/index.html"));
        assertEquals("../" + after + "css/fristad.css", en.selectFirst("link[rel=stylesheet]").attr("href"));
        assertFalse(site.read("index.html").contains(before), "no page names the old folder");
    }

    @Test
    void aChangedTextGivesItsEditionsShardsANewFolderAndMetaJsNamesIt() throws IOException {
        TestSite site = site();
        assertTrue(site.build().ok());
        String sv = TestSite.shards(site.out(), "sv");
        String en = TestSite.shards(site.out(), "en");
        assertTrue(Files.isRegularFile(site.out().resolve(sv + "a/0.js")), "the shards are in the folder meta.js names");
        assertEquals(List.of(folderName(sv)), shardFolders(site.out(), "sv"));

        assertTrue(site.build().ok(), "built again, unchanged");
        assertEquals(sv, TestSite.shards(site.out(), "sv"), "the same index gives the same folder");
        assertEquals(en, TestSite.shards(site.out(), "en"));

        site.page("sv/stod.md", "Stöd", "Socialtjänsten hjälper den som utsätts för våld, också på natten.");
        assertTrue(site.build().ok());
        String sv2 = TestSite.shards(site.out(), "sv");
        assertNotEquals(sv, sv2, "a changed page text gives its edition's shards a new folder");
        assertEquals(en, TestSite.shards(site.out(), "en"), "the other editions' folders stay as they were");
        assertEquals(List.of(folderName(sv2)), shardFolders(site.out(), "sv"), "the build replaced the site whole: one folder");
        try (Stream<Path> f = Files.list(site.out().resolve(sv2 + "f"))) {
            assertTrue(f.anyMatch(p -> read(p).contains("också på natten")), "the new folder has the new text");
        }
        assertTrue(site.read("search/sv/meta.js").contains("\"dir\":\"" + folderName(sv2) + "\""));
        assertTrue(Files.isRegularFile(site.out().resolve("search/sv/meta.js.gz")), "meta.js keeps its gzip twin");
        assertTrue(new String(gunzip(site.out().resolve("search/sv/meta.js.gz")), java.nio.charset.StandardCharsets.UTF_8)
                .equals(site.read("search/sv/meta.js")), "and the twin names the same folder");
    }

    @Test
    void thePreviewKeepsOneFolderOfShardsAndOneOfTheThemeAfterSaves() throws IOException {
        TestSite site = site();
        Build build = new Build(site.dir, false).keepSources();
        Path out = site.out();
        assertTrue(build.build(out).ok());
        String before = TestSite.shards(out, "sv");

        Path page = site.dir.resolve("content/sv/stod.md");
        Files.writeString(page, Files.readString(page).replace("våld", "våld och hot"));
        assertTrue(build.update(out, page).ok());
        build.awaitSearch();
        String after = TestSite.shards(out, "sv");
        assertNotEquals(before, after);
        assertEquals(List.of(folderName(after)), shardFolders(out, "sv"), "the superseded folder is gone");
        String marker = Files.readString(out.resolve(se.fristad.write.AtomicOutput.MARKER));
        assertFalse(marker.contains(before), "and off the marker");
        assertTrue(marker.contains(after + "a/0.js"), "the new files are on it");

        Path css = site.dir.resolve("assets/css/fristad.css");
        String oldAssets = site.assets();
        site.write("assets/css/fristad.css", Files.readString(Path.of("assets/css/fristad.css")) + "\nmain { margin: 0; }\n");
        assertTrue(build.update(out, css).ok(), "a changed stylesheet builds the site again");
        assertNotEquals(oldAssets, site.assets(), "one folder of theme files, the new one (TestSite.assets checks there is one)");
        assertTrue(build.build(out).ok(), "the folder is still the build's own");
    }

    @Test
    void contentLinksToTheThemesFilesByTheirPathInTheTheme() throws IOException {
        TestSite site = site().page("sv/om.md", "Om", "[Ikonen](/assets/icons/call.svg) och [gammal](/assets/0123abcd/icons/call.svg).");
        Build.Result r = site.build();
        assertHas(site.errors(r), "content/sv/om.md:4:38: link to nothing: /assets/0123abcd/icons/call.svg — a file of the theme is linked by"
                + " its path in the theme, e.g. /assets/css/fristad.css (the build puts the theme's files in a folder named by their content,"
                + " assets/<hash>/, and links there)");
        assertEquals(1, site.errors(r).size(), () -> String.join("\n", site.errors(r)));

        site.page("sv/om.md", "Om", "[Ikonen](/assets/icons/call.svg).");
        assertTrue(site.build().ok());
        assertEquals("../" + site.assets() + "icons/call.svg", Jsoup.parse(site.read("om/index.html")).selectFirst("main a[href*=call]").attr("href"));
    }

    @Test
    void aTemplateThatNamesTheThemesFilesAtTheirOldPlaceIsAnError() {
        TestSite site = site().write("templates/listing.ftlh", "<!DOCTYPE html>\n<html lang=\"${page.lang}\"><title>${page.title}</title>\n"
                + "<link rel=\"stylesheet\" href=\"${site.root}assets/css/fristad.css\"></html>");
        assertHas(site.errors(site.build()), "templates/listing.ftlh:3:1: ${site.root}assets/ names no file: the theme's files are published"
                + " in a folder named by their content, assets/<hash>/ — write ${site.assets} instead, e.g. ${site.assets}css/fristad.css");
    }

    private static String folderName(String folder) {
        String f = folder.substring(0, folder.length() - 1);
        return f.substring(f.lastIndexOf('/') + 1);
    }

    /** The folders of an edition's shards in a built site ({@code search/<code>/<8 hex>}), their names sorted. */
    private static List<String> shardFolders(Path out, String code) throws IOException {
        try (Stream<Path> list = Files.list(out.resolve("search").resolve(code))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
