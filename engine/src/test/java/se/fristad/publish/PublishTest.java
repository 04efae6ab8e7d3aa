package se.fristad.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.write.AtomicOutput;

/** {@code publish} to a folder: only what changed, deletions last, foreign files untouched, resumable. */
class PublishTest {
    @TempDir
    Path tmp;

    /** A finished build with these files (and the marker a build writes). */
    private Path build(String name, Map<String, String> files) throws IOException {
        Path dir = tmp.resolve(name);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(AtomicOutput.MARKER), "# Written by Fristad.\nstate: complete\n" + String.join("\n", files.keySet()) + "\n");
        return dir;
    }

    private static Map<String, String> site(String... pairs) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static final Map<String, String> FIRST = site(
            "index.html", "<h1>Hem</h1>", "gammal/index.html", "<h1>Gammal</h1>", "en/index.html", "<h1>Home</h1>",
            "assets/css/fristad.css", "body{}", "search/sv/meta.js", "meta1", "search/sv/a/0.js", "shard1");
    private static final Map<String, String> SECOND = site(
            "index.html", "<h1>Hem, ny text</h1>", "ny/index.html", "<h1>Ny</h1>", "en/index.html", "<h1>Home</h1>",
            "assets/css/fristad.css", "body{}", "assets/css/extra.css", "p{}", "search/sv/meta.js", "meta2", "search/sv/a/0.js", "shard2");

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        AtomicOutput.walk(dir, (p, a) -> {
            if (a.isRegularFile()) {
                try {
                    out.put(dir.relativize(p).toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        return out;
    }

    private static Map<String, String> withoutManifest(Map<String, String> files) {
        Map<String, String> m = new TreeMap<>(files);
        m.remove(Manifest.NAME);
        return m;
    }

    @Test
    void theFirstPublishSendsTheBuildWithoutItsMarkerAndWritesAManifestSha256sumCanCheck() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        Publisher.Result r = new Publisher(build("b1", FIRST), new FolderTarget(server), s -> { }).publish();
        assertEquals(6, r.added());
        Map<String, String> there = contents(server);
        assertEquals(FIRST, withoutManifest(there), "the server holds the build, and not the build's marker");
        assertFalse(there.containsKey(Manifest.JOURNAL), "the journal is gone once the publish finished");
        Manifest m = Manifest.parse(there.get(Manifest.NAME));
        assertEquals(Manifest.sha256("<h1>Hem</h1>".getBytes(StandardCharsets.UTF_8)), m.files().get("index.html"));
        assertTrue(there.get(Manifest.NAME).contains(m.files().get("index.html") + "  index.html\n"), "sha256sum's format");
    }

    @Test
    void theNextPublishSendsWhatChangedRemovesWhatWasDeletedAndKeepsForeignFiles() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        new Publisher(build("b1", FIRST), new FolderTarget(server), s -> { }).publish();
        Files.writeString(server.resolve("google1234.html"), "site verification, put there by IT");
        Files.createDirectories(server.resolve("gammal"));
        Files.writeString(server.resolve("gammal/foto.jpg"), "someone else's file in a folder the site used");

        Recording target = new Recording(new FolderTarget(server));
        Publisher.Result r = new Publisher(build("b2", SECOND), target, s -> { }).publish();

        assertEquals(2, r.added(), "ny/index.html and extra.css");
        assertEquals(3, r.changed(), "index.html, meta.js, a/0.js");
        assertEquals(1, r.deleted(), "gammal/index.html");
        assertEquals(2, r.unchanged());
        Map<String, String> expected = new TreeMap<>(SECOND);
        expected.put("google1234.html", "site verification, put there by IT");
        expected.put("gammal/foto.jpg", "someone else's file in a folder the site used");
        assertEquals(expected, withoutManifest(contents(server)));
        assertFalse(target.ops.stream().anyMatch(op -> op.contains("en/index.html") || op.contains("fristad.css ")),
                "unchanged files are not sent: " + target.ops);
        Files.delete(server.resolve("gammal/foto.jpg"));
        new Publisher(build("b2", SECOND), new FolderTarget(server), s -> { }).publish();
        assertTrue(Files.exists(server.resolve("gammal")), "a folder is not removed by a publish that deletes nothing in it");
    }

    @Test
    void newFilesThenNewPagesThenChangedPagesThenTheSearchIndexAndDeletionsLast() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        new Publisher(build("b1", FIRST), new FolderTarget(server), s -> { }).publish();
        Recording target = new Recording(new FolderTarget(server));
        new Publisher(build("b2", SECOND), target, s -> { }).publish();
        List<String> order = target.ops.stream().filter(op -> !op.contains("fristad-manifest")).toList();
        assertEquals(List.of("put assets/css/extra.css", "put search/sv/a/0.js", "put ny/index.html", "put index.html",
                "put search/sv/meta.js", "delete gammal/index.html"), order);
    }

    @Test
    void aFileInTheWayThatNoPublishPutThereStopsThePublishBeforeAnythingIsSent() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        Files.writeString(server.resolve("index.html"), "the municipality's old page");
        Files.createDirectories(server.resolve("en"));
        Files.writeString(server.resolve("en/index.html"), "<h1>Home</h1>"); // the same bytes as the build's: taken over
        PublishException e = assertThrows(PublishException.class,
                () -> new Publisher(build("b1", FIRST), new FolderTarget(server), s -> { }).publish());
        assertTrue(e.getMessage().contains("1 fil på servern har samma namn") && e.getMessage().contains("index.html"), e.format());
        assertTrue(e.fix().contains("flytta eller ta bort"), e.format());
        assertEquals(Map.of("index.html", "the municipality's old page", "en/index.html", "<h1>Home</h1>"), contents(server), "nothing was sent");
    }

    @Test
    void aBuildCopiedByHandIsTakenOverThroughItsMarkerAndTheMarkerRemoved() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        Path old = build("b1", FIRST);
        for (Map.Entry<String, String> e : contents(old).entrySet()) { // cp -r target/site/. /var/www/stod, marker and all
            Files.createDirectories(server.resolve(e.getKey()).getParent());
            Files.writeString(server.resolve(e.getKey()), e.getValue());
        }
        Publisher.Result r = new Publisher(build("b2", SECOND), new FolderTarget(server), s -> { }).publish();
        assertEquals(SECOND, withoutManifest(contents(server)), "the deleted page and the marker are gone");
        assertEquals(2, r.deleted());
    }

    @Test
    void aLinkOnTheServerIsNeverWrittenThrough() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(server.resolve("en"), elsewhere);
        PublishException e = assertThrows(PublishException.class,
                () -> new Publisher(build("b1", FIRST), new FolderTarget(server), s -> { }).publish());
        assertTrue(e.getMessage().contains("länk") && e.getMessage().contains("en"), e.format());
        try (var s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "nothing written where the link points");
        }
    }

    @Test
    void anInterruptedPublishLeavesWholeFilesAndTheNextOneFinishesIt() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        new Publisher(build("b1", FIRST), new FolderTarget(server), s -> { }).publish();
        Files.writeString(server.resolve("egen.txt"), "IT's own");
        Path b2 = build("b2", SECOND);
        Recording failing = new Recording(new FolderTarget(server));
        failing.failAfterPuts = 3; // the connection drops after three files
        assertThrows(IOException.class, () -> new Publisher(b2, failing, s -> { }).publish());

        Map<String, String> half = contents(server);
        assertTrue(half.containsKey(Manifest.JOURNAL), "the journal says what was begun");
        assertEquals("<h1>Gammal</h1>", half.get("gammal/index.html"), "nothing is deleted before everything new is there");
        assertEquals("<h1>Ny</h1>", half.get("ny/index.html"), "the new page came before the old page changed");
        assertEquals("<h1>Hem</h1>", half.get("index.html"), "the start page still links only to pages that are there");
        assertEquals("meta1", half.get("search/sv/meta.js"), "the old index is still the one readers search");
        assertFalse(half.keySet().stream().anyMatch(Target::isTemporary), "no half-written file under its own name or another");

        List<String> log = new ArrayList<>();
        Publisher.Plan plan = new Publisher(b2, new FolderTarget(server), log::add).plan();
        assertTrue(plan.resuming());
        assertEquals(List.of("index.html", "search/sv/meta.js"), plan.uploads(), "only what the interrupted publish had not sent");
        new Publisher(b2, new FolderTarget(server), log::add).publish();
        assertTrue(log.contains("Fortsätter en publicering som avbröts."), log.toString());
        Map<String, String> expected = new TreeMap<>(SECOND);
        expected.put("egen.txt", "IT's own");
        assertEquals(expected, withoutManifest(contents(server)));
        assertEquals(SECOND.keySet(), Manifest.parse(Files.readString(server.resolve(Manifest.NAME))).files().keySet());
    }

    @Test
    void aPublishThatFoundNothingToDoWritesNothingAndADryRunNeverWrites() throws Exception {
        Path server = Files.createDirectory(tmp.resolve("server"));
        Path b1 = build("b1", FIRST);
        Publisher.Plan dry = new Publisher(b1, new FolderTarget(server), s -> { }).plan();
        assertEquals(6, dry.uploads().size());
        assertEquals(Map.of(), contents(server), "planning writes nothing");
        new Publisher(b1, new FolderTarget(server), s -> { }).publish();
        Recording again = new Recording(new FolderTarget(server));
        Publisher.Result r = new Publisher(b1, again, s -> { }).publish();
        assertEquals(6, r.unchanged());
        assertEquals(List.of(), again.ops);
    }

    /** A target that records what was done to it, and can drop the connection after some files. */
    static final class Recording implements Target {
        final Target inner;
        final List<String> ops = new ArrayList<>();
        int failAfterPuts = -1;

        Recording(Target inner) {
            this.inner = inner;
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public Listing list() throws IOException {
            return inner.list();
        }

        @Override
        public Optional<byte[]> read(String rel) throws IOException {
            return inner.read(rel);
        }

        @Override
        public void put(String rel, Path from) throws IOException {
            if (failAfterPuts == 0) {
                throw new IOException("Connection reset");
            }
            failAfterPuts--;
            ops.add("put " + rel);
            inner.put(rel, from);
        }

        @Override
        public void write(String rel, byte[] bytes) throws IOException {
            ops.add("write " + rel);
            inner.write(rel, bytes);
        }

        @Override
        public void append(String rel, byte[] bytes) throws IOException {
            ops.add("append " + rel);
            inner.append(rel, bytes);
        }

        @Override
        public void delete(String rel) throws IOException {
            ops.add("delete " + rel);
            inner.delete(rel);
        }
    }
}
