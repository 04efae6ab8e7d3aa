package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.write.AtomicOutput;

/**
 * A build replaces its output folder whole, so it writes only into a folder it made itself: one mistyped
 * {@code --out} must never cost a file. And what it writes is readable like any folder the user makes.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.svEn(tmp.resolve("site")).page("sv/index.md", "Hem", "Text");
    }

    private static Build.Result buildInto(TestSite site, Path out) {
        return new Build(site.dir, false).build(out);
    }

    private static void assertRefused(TestSite site, Path out, String expected) throws IOException {
        List<Path> before = files(site.dir);
        Build.Result r = buildInto(site, out);
        List<String> errors = site.errors(r);
        assertTrue(errors.contains(expected), "expected\n  " + expected + "\nin\n  " + String.join("\n  ", errors));
        assertEquals(before, files(site.dir), "nothing in the site directory changed");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.sorted().toList();
        }
    }

    @Test
    void theSiteDirectoryAFolderItReadsAndAFolderAroundItAreRefused() throws IOException {
        TestSite site = site();
        String fix = " — build into a folder of its own, e.g. --out " + site.dir.toRealPath().resolve("target/site");
        assertRefused(site, site.dir, site.dir + ":1:1: the output folder is the site directory itself, and a build replaces its output folder whole" + fix);
        assertRefused(site, site.dir.resolve("."), site.dir + ":1:1: the output folder is the site directory itself, and a build replaces its"
                + " output folder whole" + fix);
        assertRefused(site, site.dir.resolve("content/sv/ut"), "content/sv/ut:1:1: the output folder lies inside content/, which the build reads" + fix);
        assertRefused(site, site.dir.resolve("templates"), "templates:1:1: the output folder lies inside templates/, which the build reads" + fix);
        assertRefused(site, tmp, tmp + ":1:1: the output folder contains the site directory, and a build replaces its output folder whole" + fix);
        assertTrue(Files.isRegularFile(site.dir.resolve("site.yml")) && Files.isRegularFile(site.dir.resolve("content/sv/index.md")));
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndKeepsThem() throws IOException {
        TestSite site = site().page("sv/b.md", "B", "[saknas](saknas.md)");
        Path docs = Files.createDirectories(tmp.resolve("Dokument"));
        Files.writeString(docs.resolve("brev.txt"), "mitt brev");
        List<String> errors = site.errors(buildInto(site, docs));
        assertTrue(errors.contains(docs + ":1:1: the folder is not empty and was not written by Fristad (it holds brev.txt) — a build replaces its"
                + " output folder whole: choose a new or empty folder with --out, or move those files away"), String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/sv/b.md:")), "the site's own errors come in the same run: " + errors);
        assertEquals("mitt brev", Files.readString(docs.resolve("brev.txt")));
        assertEquals(1, files(docs).size() - 1, "nothing was added");
    }

    @Test
    void aListedFileReplacedByALinkIsRefusedAndWhatItPointsAtIsKept() throws IOException {
        TestSite site = site();
        Path out = tmp.resolve("ut");
        assertTrue(buildInto(site, out).ok());
        Path outside = Files.writeString(tmp.resolve("viktig.txt"), "behåll");
        Files.createDirectories(tmp.resolve("mapp"));
        Files.writeString(tmp.resolve("mapp/fil.txt"), "behåll");
        Files.delete(out.resolve("index.html"));
        Files.createSymbolicLink(out.resolve("index.html"), outside); // listed in the marker, but now a link
        Files.createSymbolicLink(out.resolve("mapp"), tmp.resolve("mapp")); // a link to a folder: never walked into
        List<String> errors = site.errors(buildInto(site, out));
        assertEquals(1, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("2 files in the output folder were not written by Fristad: index.html, mapp"), errors.get(0));
        assertEquals("behåll", Files.readString(outside));
        assertEquals("behåll", Files.readString(tmp.resolve("mapp/fil.txt")));
    }

    @Test
    void theMarkerListsEveryFileTheBuildWroteAndNothingElse() throws IOException {
        // the marker is made from the files as they are written (pages, search index, assets, copied static files),
        // not by listing the folder again: it must still name exactly what is on the disk
        TestSite site = site().page("sv/stod/index.md", "Stöd", "Ring oss.").bytes("content/sv/stod/broschyr.pdf", new byte[] {37, 80, 68, 70})
                .bytes("content/en/bild.png", new byte[] {1, 2, 3});
        Path out = tmp.resolve("ut");
        assertTrue(buildInto(site, out).ok());
        List<String> listed = Files.readAllLines(out.resolve(AtomicOutput.MARKER));
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(out)) {
            onDisk = walk.filter(Files::isRegularFile).map(f -> out.relativize(f).toString())
                    .filter(f -> !f.equals(AtomicOutput.MARKER)).sorted().toList();
        }
        assertEquals(onDisk, listed.subList(2, listed.size()), "the marker's list after its two first lines");
        assertTrue(onDisk.contains("stod/broschyr.pdf") && onDisk.contains("en/bild.png") && onDisk.contains("search/sv/meta.js"),
                "static files, other editions and the search index are there: " + onDisk);
    }

    @Test
    void itsOwnOutputIsRebuiltButAFileAddedByHandIsNeverDeleted() throws IOException {
        TestSite site = site();
        Path out = tmp.resolve("ut");
        assertTrue(buildInto(site, out).ok());
        assertTrue(Files.isRegularFile(out.resolve(AtomicOutput.MARKER)));
        site.page("sv/index.md", "Hem", "Ny text");
        assertTrue(buildInto(site, out).ok(), "its own output is replaced");
        assertTrue(Files.readString(out.resolve("index.html")).contains("Ny text"));

        Files.writeString(out.resolve("CNAME"), "fristad.example");
        Files.createDirectories(out.resolve("egna"));
        Files.writeString(out.resolve("egna/anteckning.txt"), "x");
        site.page("sv/index.md", "Hem", "Tredje");
        List<String> errors = site.errors(buildInto(site, out));
        assertEquals(List.of(out + ":1:1: 2 files in the output folder were not written by Fristad: CNAME, egna/anteckning.txt — a build"
                + " replaces the folder whole and would delete them: put files the site should publish in content/ (they are copied into"
                + " the site), and move anything else away"), errors);
        assertEquals("fristad.example", Files.readString(out.resolve("CNAME")));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Ny text"), "the last good site is untouched");
    }

    @Test
    void aSiteBuiltBeforeTheMarkerExistedIsRecognisedAndRebuilt() throws IOException {
        TestSite site = site();
        Path out = tmp.resolve("gammal");
        assertTrue(buildInto(site, out).ok());
        Files.delete(out.resolve(AtomicOutput.MARKER)); // as an older Fristad left it: its script, and its index beside it
        site.page("sv/index.md", "Hem", "Ny");
        assertTrue(buildInto(site, out).ok(), () -> String.join("\n", site.errors(buildInto(site, out))));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Ny"));

        Files.delete(out.resolve(AtomicOutput.MARKER));
        Files.walk(out.resolveSibling("gammal-lucene")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertFalse(buildInto(site, out).ok(), "without the index beside it, the folder could be anybody's");
    }

    @Test
    void theOutputHasTheModesMkdirGivesUnderTheUmask() throws IOException {
        TestSite site = site().write("content/sv/bild.png", "png");
        Path out = tmp.resolve("publicerad");
        assertTrue(buildInto(site, out).ok());
        // what mkdir and an ordinary new file get here, under this process's umask
        Path dir = Files.createDirectory(tmp.resolve("som-mkdir"));
        Path file = Files.writeString(dir.resolve("fil"), "x");
        String dirMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
        String fileMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        List<String> wrong = new java.util.ArrayList<>();
        for (Path p : files(out)) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            String expected = Files.isDirectory(p) ? dirMode : fileMode;
            if (!mode.equals(expected)) {
                wrong.add(out.relativize(p) + " " + mode + " (expected " + expected + ")");
            }
        }
        assertEquals(List.of(), wrong, "every folder and file, the top folder included");
        assertTrue(files(out).size() > 10);
    }
}
