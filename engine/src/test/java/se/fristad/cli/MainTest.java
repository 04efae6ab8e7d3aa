package se.fristad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.TestSite;

/** The command line as staff meet it: exit codes, messages, no stack traces. */
class MainTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildWritesToTargetSiteByDefault() {
        TestSite.svEn(tmp).page("sv/index.md", "Hem", "x");
        Run r = run("build", "--site", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Built 6 pages into "), r.out()); // home, search and A–Z in sv and en
        assertTrue(Files.isRegularFile(tmp.resolve("target/site/index.html")));
    }

    @Test
    void errorsExitNonZeroWithoutStackTrace() {
        published(tmp).page("sv/index.md", "Hem", "[x](saknas.md)").write("content/sv/b.md", "---\ntitel: B\n---\n");
        Run r = run("build", "--site", tmp.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(4, lines.length, r.err());
        for (int i = 0; i < 3; i++) {
            assertTrue(lines[i].matches(".+\\.md:\\d+:\\d+: .+ — .+"), lines[i]);
        }
        assertEquals("3 errors; nothing was written, the last good site is unchanged.", lines[3]);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /** A site with its address (baseURL): nothing to warn about. */
    private static TestSite published(Path dir) {
        return new TestSite(dir, "title: Testsajt\nlanguages: [sv, en]\nbaseURL: https://stod.kommun.example\n");
    }

    @Test
    void checkAndBuildWarnWhileTheSitesAddressIsMissing() {
        TestSite.svEn(tmp).page("sv/index.md", "Hem", "x");
        String warning = "site.yml:1:1: warning: no baseURL: the build does not know the site's address, so it writes no sitemap.xml,"
                + " canonical links or absolute hreflang links, and the 404 pages link from the server's top — add baseURL:"
                + " https://stod.kommun.se, or https://www.kommun.se/stod for a site in a folder (the address the site is published at)";
        Run check = run("check", "--site", tmp.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals(tmp.resolve(warning.substring(0, warning.indexOf(':'))) + warning.substring(warning.indexOf(':')), check.err().strip());
        assertTrue(check.out().strip().endsWith("\nNo errors (1 warning) in 6 pages."), check.out());
        Run build = run("build", "--site", tmp.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains("site.yml:1:1: warning: no baseURL: "), build.err());
        assertFalse(Files.exists(tmp.resolve("target/site/sitemap.xml")));
    }

    @Test
    void aBaseUrlMustBeTheSitesHttpsAddress() {
        for (String wrong : new String[] {"http://stod.kommun.example", "stod.kommun.example", "https://stod.kommun.example/?a=1"}) {
            new TestSite(tmp, "title: T\nlanguages: [sv]\nbaseURL: " + wrong + "\n").page("sv/index.md", "Hem", "x");
            Run r = run("check", "--site", tmp.toString());
            assertEquals(1, r.code(), wrong);
            assertTrue(r.err().contains("site.yml:3:10: baseURL must be the address the site is published at: \"" + wrong + "\" "), r.err());
            assertTrue(r.err().contains(" — write baseURL: https://stod.kommun.se, or https://www.kommun.se/stod for a site in a folder; or leave"
                    + " the line out until the site has an address"), r.err());
        }
    }

    @Test
    void checkReportsAndWritesNothing() {
        published(tmp).page("sv/index.md", "Hem", "x");
        Run r = run("check", "--site", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().endsWith("\nNo problems in 6 pages."), r.out());
        assertTrue(r.out().contains("index.md   ok   --"), "the translation table: " + r.out());
        assertFalse(Files.exists(tmp.resolve("target")));
    }

    @Test
    void checkPrintsTheTranslationTableAndMissingThemeStrings() {
        new TestSite(tmp, "title: T\nlanguages: [sv, en, {code: se, name: Davvisámegiella}]\nbaseURL: https://stod.kommun.example\n")
                .page("sv/index.md", "Hem", "x", "reviewed: 2026-10-01")
                .page("en/index.md", "Home", "x (en)", "reviewed: 2026-09-01", "translation: machine")
                .page("se/index.md", "Ruoktu", "x (se)", "reviewed: 2026-10-02", "translation: machine")
                .page("sv/stod.md", "Stöd", "x");
        Run r = run("check", "--site", tmp.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("page       sv   en   se", lines[1]);
        assertEquals("index.md   ok  old   ok", lines[2], "English was reviewed before the Swedish original changed");
        assertEquals("stod.md    ok   --   --", lines[3]);
        // every theme string, however many the theme has: se has none of its own
        assertTrue(r.err().matches("(?s).*/i18n/se\\.yml:1:1: warning: no theme strings in se \\([0-9]+\\) — .*"), r.err());
        assertTrue(r.err().contains("— readers of Davvisámegiella see the buttons and notices in Svenska until a translator writes"
                + " i18n/se.yml (copy i18n/sv.yml and translate the values)"), r.err());
        assertTrue(r.out().strip().matches("(?s).*\\nNo errors \\(1 warning\\) in [0-9]+ pages\\."), "the last line counts the warning: " + r.out());
        assertFalse(r.err().contains("missing in en"), r.err());
    }

    @Test
    void checkPrintsTheLixOfEasyReadPagesAndWarnsAboveThirty() {
        new TestSite(tmp, "title: T\nlanguages: [sv, {code: lattlast, name: Lättläst, lang: sv, easyRead: true}]\n")
                .page("sv/index.md", "Hem", "x")
                .page("lattlast/index.md", "Start", "Jag heter Anna. Jag bor i Umeå.")
                .page("lattlast/svar.md", "Svårt", "Kvinnofridslinjen svarar dygnet runt. Samtalet kostar ingenting.");
        Run r = run("check", "--site", tmp.toString());
        assertEquals(0, r.code(), "a warning does not fail check: " + r.err());
        assertTrue(r.out().contains("Readability of easy-read pages (LIX, 30 or lower is easy to read):\n"
                + "lattlast/index.md  LIX  4  (7 words, 2 sentences, 0 long words)\n"), r.out());
        assertTrue(r.err().contains("content/lattlast/svar.md:1:1: warning: LIX 46 is above 30 — "), r.err());
    }

    @Test
    void missingSiteYmlIsExplained() {
        Run r = run("check", "--site", tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("site.yml:1:1: no site.yml in "), r.err());
        assertTrue(r.err().contains("pass --site DIR"), r.err());
    }

    @Test
    void helpForEveryCommand() {
        for (String cmd : new String[] {"build", "check", "serve"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("--site"), cmd + ": " + r.out());
        }
        assertTrue(run("serve", "--help").out().contains("--port"));
        assertTrue(run("build", "--help").out().contains("--out"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("build", "--nonsense");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--nonsense'"), r.err());
    }

    @Test
    void aPortInUseIsOneLineWithTheFixAndNoBuild() throws Exception {
        TestSite.svEn(tmp).page("sv/index.md", "Hem", "x");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Run r = run("serve", "--site", tmp.toString(), "--port", String.valueOf(port));
            assertEquals(1, r.code());
            assertEquals("port " + port + " on 127.0.0.1 is already in use (perhaps by another fristad serve) — stop that program,"
                    + " or choose another port: serve --port " + (port + 1) + " (--port 0 picks a free one)", r.err().strip());
            assertFalse(r.out().contains("Built"), "no build is spent on a port that is taken: " + r.out());
        }
    }
}
