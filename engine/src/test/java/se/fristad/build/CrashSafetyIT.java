package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.write.AtomicOutput;

/**
 * {@code fristad build} killed at any moment leaves its output folder as the complete previous site or the complete new
 * one: killed with SIGKILL at many points of a real build (the jar in its own process), and halted at each step of the
 * swap. Where the kill lands between the swap's two renames, the folder is briefly missing; the next build puts the
 * complete site back. No killed build leaves a folder behind after the next one.
 */
class CrashSafetyIT {
    @TempDir
    static Path tmp;
    static Path siteA;
    static Path siteB;
    static Map<String, String> a;
    static Map<String, String> b;

    @BeforeAll
    static void twoVersionsOfOneSite() throws Exception {
        siteA = write(tmp.resolve("a"), "första");
        siteB = write(tmp.resolve("b"), "andra");
        a = snapshot(build(siteA, tmp.resolve("ref-a"), null, -1));
        b = snapshot(build(siteB, tmp.resolve("ref-b"), null, -1));
        assertFalse(a.equals(b));
    }

    /** A site of 150 pages whose every page (and so every search file) differs between the versions. */
    private static Path write(Path dir, String version) throws IOException {
        TestSite site = TestSite.svEn(dir);
        site.page("sv/index.md", "Hem", "Version " + version + ".");
        for (int i = 0; i < 150; i++) {
            site.page("sv/sida-" + i + ".md", "Sida " + i, ("Här står text #" + i + " i den " + version + " versionen om stöd och hjälp. ").repeat(40));
        }
        return dir;
    }

    /**
     * The java command for a build: the C1 compiler only and the serial collector, which halve the time of these
     * two dozen short builds of a small site (the JIT's start-up is most of it); what the build does is the same.
     */
    private static List<String> java() {
        return List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC");
    }

    private static Path build(Path site, Path out, String crashAt, long killAfterMillis) throws Exception {
        List<String> cmd = new ArrayList<>(java());
        if (crashAt != null) {
            cmd.add("-Dfristad.test.crashAt=" + crashAt);
        }
        cmd.addAll(List.of("-jar", System.getProperty("fristad.jar", "target/fristad.jar"), "build", "--site", site.toString(), "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL on Unix
        }
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "build ends");
        if (killAfterMillis < 0 && crashAt == null) {
            assertEquals(0, p.exitValue(), "build of " + site);
        }
        return out;
    }

    /** Every file of a built site (but the marker) with a digest of its content; empty when the folder is missing. */
    private static Map<String, String> snapshot(Path out) throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(out)) {
            return files;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (!rel.equals(AtomicOutput.MARKER)) {
                    files.put(rel, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    private static String which(Map<String, String> s) {
        return s.equals(a) ? "old" : s.equals(b) ? "new" : s.isEmpty() ? "missing" : "a mix of " + s.size() + " files";
    }

    private static List<String> leftovers(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out.getParent())) {
            String name = out.getFileName().toString();
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + name + ".") || n.startsWith("." + name + "-lucene.")).sorted().toList();
        }
    }

    @Test
    void haltedAtEachStepOfTheSwapTheNextBuildFindsACompleteSite() throws Exception {
        for (String step : List.of("staged", "swapping", "swapped")) {
            Path out = tmp.resolve("halt-" + step);
            build(siteA, out, null, -1);
            build(siteB, out, step, -1);
            String after = which(snapshot(out));
            if (step.equals("swapping")) {
                assertEquals("missing", after, "between the two renames the folder is not there");
                AtomicOutput.recover(out); // what the next build does first
                assertEquals("new", which(snapshot(out)), "the complete new site is put in place");
            } else {
                assertEquals(step.equals("staged") ? "old" : "new", after, step);
            }
            build(siteA, out, null, -1);
            assertEquals("old", which(snapshot(out)), "the next build works: " + step);
            assertEquals(List.of(), leftovers(out), "and clears what the killed build left: " + step);
        }
    }

    /** The moments a kill aims at, each found by watching the folders the build writes (not by guessing times). */
    private enum Moment { STARTING, WRITING, SWAPPING, DELETING_OLD }

    @Test
    void killedAtManyMomentsTheFolderIsAlwaysTheOldOrTheNewSite() throws Exception {
        Path out = tmp.resolve("kill");
        build(siteA, out, null, -1);
        Map<String, String> current = a;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Moment moment = Moment.values()[i % 4];
            boolean toB = current == a;
            killAt(toB ? siteB : siteA, out, moment, i / 4);
            Map<String, String> now = snapshot(out);
            String state = which(now);
            if (state.equals("missing")) {
                AtomicOutput.recover(out);
                now = snapshot(out);
                state = "missing, then " + which(now);
            }
            seen.add(moment + ": " + state);
            assertTrue(now.equals(a) || now.equals(b), "killed while " + moment + ": " + state + "\n" + String.join("\n", seen));
            current = now.equals(a) ? a : b;
        }
        build(current == a ? siteB : siteA, out, null, -1);
        assertEquals(List.of(), leftovers(out), "the next build clears every killed build's folders");
        System.out.println("CrashSafetyIT: " + String.join("; ", seen));
    }

    /** Starts a build and kills it (SIGKILL) at {@code moment}, or lets it end if it ends first. */
    private static void killAt(Path site, Path out, Moment moment, int round) throws Exception {
        List<String> cmd = new ArrayList<>(java());
        cmd.addAll(List.of("-jar", System.getProperty("fristad.jar", "target/fristad.jar"), "build", "--site", site.toString(),
                "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long started = System.nanoTime();
        String name = out.getFileName().toString();
        while (p.isAlive()) {
            boolean now = switch (moment) {
                case STARTING -> System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(200L * (round + 1));
                case WRITING -> siblings(out, "." + name + ".new-").stream().anyMatch(d -> Files.isDirectory(d.resolve("assets")));
                case SWAPPING -> siblings(out, "." + name + ".new-").stream().anyMatch(CrashSafetyIT::complete);
                case DELETING_OLD -> !siblings(out, "." + name + ".old-").isEmpty();
            };
            if (now) {
                p.destroyForcibly(); // SIGKILL on Unix
                break;
            }
            TimeUnit.MILLISECONDS.sleep(1); // watch the folders until the moment comes
        }
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "build ends");
    }

    private static List<Path> siblings(Path out, String prefix) {
        try (Stream<Path> list = Files.list(out.getParent())) {
            return list.filter(d -> d.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean complete(Path dir) {
        try {
            return Files.readString(dir.resolve(AtomicOutput.MARKER)).contains("state: complete");
        } catch (IOException e) {
            return false;
        }
    }
}
