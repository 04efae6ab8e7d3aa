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

/** {@code fristad publish} as an editor types it: the target from site.yml or --to, a dry run, and clear refusals. */
class PublishCommandTest {
    @TempDir
    Path tmp;

    private record Ran(int code, String out, String err) {
    }

    private static Ran run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Ran(code, out.toString(), err.toString());
    }

    private TestSite site(String extra) {
        return new TestSite(tmp.resolve("site"), "title: Testsajt\nlanguages: [sv, en]\nbaseURL: https://stod.kommun.example\n" + extra)
                .page("sv/index.md", "Hem", "Välkommen.").page("sv/om.md", "Om oss", "Text.");
    }

    @Test
    void publishToTheFolderInSiteYmlThenOnlyWhatChanged() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        TestSite site = site("publishTo: ../server\n");
        assertEquals(0, run("build", "--site", site.dir.toString()).code());

        Ran dry = run("publish", "--site", site.dir.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("  ny sida      om/index.html"), dry.out());
        try (var s = Files.list(server)) {
            assertEquals(0, s.count(), "a dry run sends nothing");
        }

        Ran first = run("publish", "--site", site.dir.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Publicerat till " + server.toAbsolutePath().normalize()), first.out());
        assertTrue(first.out().contains("verify https://stod.kommun.example/"), "the next step is named: " + first.out());
        assertTrue(Files.isRegularFile(server.resolve("om/index.html")));
        assertFalse(Files.exists(server.resolve(".fristad-build")), "the build's marker stays home");

        Files.delete(site.dir.resolve("content/sv/om.md"));
        assertEquals(0, run("build", "--site", site.dir.toString()).code());
        Ran second = run("publish", "--site", site.dir.toString());
        assertEquals(0, second.code(), second.err());
        assertFalse(Files.exists(server.resolve("om/index.html")), "the deleted page is gone from the server too");
        assertTrue(second.out().matches("(?s).*Publicerat till .*: \\d+ nya, \\d+ ändrade och \\d+ borttagna filer.*"), second.out());
    }

    @Test
    void withoutATargetOrABuildItSaysWhatToDo() {
        TestSite site = site("");
        Ran noBuild = run("publish", "--site", site.dir.toString(), "--to", tmp.toString());
        assertEquals(1, noBuild.code());
        assertTrue(noBuild.err().contains("här finns inget färdigt bygge — kör först: java -jar fristad.jar build"), noBuild.err());

        assertEquals(0, run("build", "--site", site.dir.toString()).code());
        Ran noTarget = run("publish", "--site", site.dir.toString());
        assertEquals(1, noTarget.code());
        assertTrue(noTarget.err().contains("site.yml:1:1: det står inte vart webbplatsen ska publiceras — skriv publishTo:"), noTarget.err());

        Ran missing = run("publish", "--site", site.dir.toString(), "--to", tmp.resolve("finns-inte").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("mappen finns inte — är nätverksenheten ansluten?"), missing.err());

        Ran inside = run("publish", "--site", site.dir.toString(), "--to", site.dir.resolve("content").toString());
        assertEquals(1, inside.code());
        assertTrue(inside.err().contains("ligger i webbplatsens egen mapp"), inside.err());
    }

    @Test
    void aPasswordInSiteYmlIsAnErrorWithItsLine() {
        TestSite site = site("publishTo: sftp://anna:hemligt@webb.kommun.example/var/www\n");
        Ran r = run("check", "--site", site.dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("site.yml:4:12: publishTo holds a password"), r.err());
    }
}
