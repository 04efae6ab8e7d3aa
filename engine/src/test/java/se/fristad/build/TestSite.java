package se.fristad.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import se.fristad.problem.Problem;

/** A site directory written by a test: {@code site.yml} plus the files the test names. */
public final class TestSite {
    public final Path dir;

    public TestSite(Path dir, String siteYml) {
        this.dir = dir;
        write("site.yml", siteYml);
    }

    private TestSite(Path dir) {
        this.dir = dir;
    }

    /** The site a test (or a command) already wrote into {@code dir}. */
    public static TestSite at(Path dir) {
        return new TestSite(dir);
    }

    public static TestSite svEn(Path dir) {
        return new TestSite(dir, "title: Testsajt\nlanguages: [sv, en]\n");
    }

    public TestSite write(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String rel, byte[] data) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown page with a title and optional extra front matter lines. */
    public TestSite page(String rel, String title, String body, String... frontMatter) {
        StringBuilder b = new StringBuilder("---\ntitle: ").append(title).append('\n');
        for (String f : frontMatter) {
            b.append(f).append('\n');
        }
        return write("content/" + rel, b.append("---\n").append(body).append('\n').toString());
    }

    public Path out() {
        return dir.resolve("out");
    }

    public Build.Result build() {
        return new Build(dir, false).build(out());
    }

    public String read(String rel) {
        try {
            return Files.readString(out().resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /**
     * Where the last build put the theme's files: {@code assets/<hash>/}, the one folder below {@code assets/} named
     * like a hash (the folder's name is the hash of the theme's files).
     */
    public String assets() {
        return assets(out());
    }

    /** As {@link #assets()}, in a built folder {@code out}. */
    public static String assets(Path out) {
        try (java.util.stream.Stream<Path> list = Files.list(out.resolve("assets"))) {
            List<String> folders = list.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9a-f]{8}")).toList();
            org.junit.jupiter.api.Assertions.assertEquals(1, folders.size(), () -> "one folder of theme files: " + folders);
            return "assets/" + folders.get(0) + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of an edition's search shards, as its {@code meta.js} names it: {@code search/sv/<hash>/}. */
    public static String shards(Path out, String code) {
        try {
            String meta = Files.readString(out.resolve("search/" + code + "/meta.js"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"dir\":\"([0-9a-f]{8})\"").matcher(meta);
            org.junit.jupiter.api.Assertions.assertTrue(m.find(), () -> "meta.js names its folder: " + meta);
            return "search/" + code + "/" + m.group(1) + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> errors(Build.Result r) {
        return r.problems().stream().filter(Problem::isError).map(p -> p.format(dir)).collect(Collectors.toList());
    }

    /** Fails unless {@code errors} holds {@code expected}, showing all of them. */
    public static void assertHas(List<String> errors, String expected) {
        org.junit.jupiter.api.Assertions.assertTrue(errors.contains(expected),
                () -> "expected\n  " + expected + "\nin\n  " + String.join("\n  ", errors));
    }

    /**
     * Every file below {@code dir} but the output folder's marker (its list of files is in the order they were made):
     * its path → a SHA-256 digest of its bytes (so a map compares their content, and a failure names the files).
     */
    public static java.util.Map<String, String> files(Path dir) throws IOException {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(x -> !x.getFileName().toString().equals(se.fristad.write.AtomicOutput.MARKER)).toList()) {
                try {
                    all.put(dir.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))).substring(0, 16));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all;
    }

}
