package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.load.SourcePage;

/** A build lets go of every source's text once its pages are rendered, and reads the same text again if asked. */
class SourceReleaseTest {
    @TempDir
    Path dir;

    private static final String SV_BODY = "Första stycket om stöd.\n\nAndra stycket, med **fetstil**.\n";

    private TestSite site() {
        TestSite site = TestSite.svEn(dir);
        // a byte order mark and Windows line ends: the text read again must be cut exactly as the first time
        site.bytes("content/sv/stod.md", ("\uFEFF---\r\ntitle: Stöd\r\nsummary: Om stöd.\r\n---\r\n"
                + SV_BODY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        site.page("sv/index.md", "Start", "Hem.");
        site.page("en/index.md", "Home", "Home.");
        return site;
    }

    @Test
    void aBuildLetsGoOfTheTextAndReadsTheSameAgain() throws IOException {
        TestSite site = site();
        Build.Result r = new Build(site.dir, false).build(site.out());
        assertTrue(r.ok(), r.problems()::toString);
        SourcePage stod = r.site().page("sv", "stod.md").orElseThrow().source();
        assertEquals(SV_BODY, stod.body(), "read again from the file, the same body");
        assertTrue(site.read("stod/index.html").contains("Andra stycket"));
        assertTrue(site.read("en/stod/index.html").contains("Andra stycket"), "the English fallback shows it too");

        Files.writeString(stod.file(), Files.readString(stod.file()).replace("Andra", "Tredje"));
        SourcePage.ChangedOnDisk e = assertThrows(SourcePage.ChangedOnDisk.class, stod::body, "a changed file is never read as the old one");
        assertEquals(stod, e.page());
    }

    @Test
    void thePreviewKeepsTheText() throws IOException {
        TestSite site = site();
        Build.Result r = new Build(site.dir, false).keepSources().build(site.out());
        assertTrue(r.ok(), r.problems()::toString);
        SourcePage stod = r.site().page("sv", "stod.md").orElseThrow().source();
        Files.writeString(stod.file(), "---\ntitle: Stöd\n---\nNy text.\n");
        assertEquals(SV_BODY, stod.body(), "kept in memory: the text it was rendered from");
        assertFalse(stod.body().contains("Ny text"));
    }
}
