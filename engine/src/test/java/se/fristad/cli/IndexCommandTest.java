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

import se.fristad.search.AnySiteFixture;

/** {@code fristad index} on the command line: what it prints, its exit codes, no stack trace for a user's mistake. */
class IndexCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void indexesAFolderOfHtmlAndSaysHowToAddTheSearchToAPage() throws Exception {
        Path site = AnySiteFixture.write(tmp.resolve("public"));
        Run r = run("index", "--site", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Indexed 6 pages (en 2, sv 3, und 1) into " + site.toAbsolutePath().resolve("search")), r.out());
        assertTrue(r.out().contains("<script src=\"/search/fristad-search.js\" defer></script> and <div data-fristad-search></div>"), r.out());
        assertTrue(r.err().contains("nolang.html:1:1: warning: the page has no <html lang>, so it is searched as \"und\""), r.err());

        Run search = run("search", "--out", site.toString(), "--lang", "sv", "kvinnojourerna");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("1. Kvinnojourer och tjejjourer  /stod/jourer.html"), search.out());
    }

    @Test
    void aFolderInTheWayIsRefusedWithTheFixAndExitCode1() throws Exception {
        Path site = AnySiteFixture.write(tmp.resolve("public"));
        Files.createDirectories(site.resolve("search"));
        Run r = run("index", "--site", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("this folder is in the way") && r.err().contains("--output-subdir"), r.err());
        assertTrue(r.err().endsWith("Nothing was written; an index made before is unchanged.\n"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(2, run("index").code(), "--site is required");
    }
}
