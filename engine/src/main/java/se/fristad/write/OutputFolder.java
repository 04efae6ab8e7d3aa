package se.fristad.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import se.fristad.load.SiteFiles;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * Whether a build may write its site into a folder. A build replaces its output folder whole, so it refuses a folder
 * that is the site directory, lies inside a folder the build reads ({@code content/}, {@code templates/} …), contains
 * the site directory, or holds anything Fristad did not write: one mistyped {@code --out} must never cost a file.
 *
 * <p>A folder is Fristad's own when it is absent or empty, when its {@value AtomicOutput#MARKER} lists every file in
 * it, or when it is a site built before the marker existed (it has Fristad's script and, beside it, the search index
 * folder that only Fristad writes).
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Reports why {@code out} may not receive the build of {@code siteDir}, if it may not. */
    public static void check(Path siteDir, Path out, Path lucene, Problems problems) {
        Path site = real(siteDir);
        Path target = real(out);
        Path shown = out.toAbsolutePath().normalize();
        String fix = "build into a folder of its own, e.g. --out " + site.resolve("target").resolve("site");
        if (target.equals(site)) {
            problems.add(Problem.error(shown, 1, 1, "the output folder is the site directory itself, and a build replaces its output folder whole", fix));
            return;
        }
        if (site.startsWith(target)) {
            problems.add(Problem.error(shown, 1, 1, "the output folder contains the site directory, and a build replaces its output folder whole", fix));
            return;
        }
        List<String> read = new ArrayList<>(SiteFiles.READ);
        read.add(0, "content");
        for (String r : read) {
            if (target.startsWith(site.resolve(r))) {
                problems.add(Problem.error(shown, 1, 1, "the output folder lies inside " + r + "/, which the build reads", fix));
                return;
            }
        }
        if (Files.isSymbolicLink(out)) {
            problems.add(Problem.error(shown, 1, 1, "the output folder is a link; a build would replace the link, not the folder it points at",
                    "give the folder itself: --out " + target));
            return;
        }
        mine(shown, true, problems);
        mine(lucene.toAbsolutePath().normalize(), false, problems);
    }

    /**
     * Reports {@code dir} unless Fristad may replace it. The site folder must hold only the files its marker lists (a
     * file put there by hand would be lost); the search index folder beside it, which {@code serve} rewrites in
     * place, needs only the marker.
     */
    private static void mine(Path dir, boolean strict, Problems problems) {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.error(dir, 1, 1, "the output folder is a file", "choose a new or empty folder with --out"));
                return;
            }
            Path marker = dir.resolve(AtomicOutput.MARKER);
            boolean marked = Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS);
            if (empty(dir) || !marked && legacy(dir)) {
                return;
            }
            if (!marked) {
                problems.add(Problem.error(dir, 1, 1, "the folder is not empty and was not written by Fristad (it holds " + sample(dir) + ")",
                        "a build replaces its output folder whole: choose a new or empty folder with --out, or move those files away"));
                return;
            }
            if (strict) {
                Set<String> listed = AtomicOutput.listed(dir);
                List<String> foreign = new ArrayList<>();
                AtomicOutput.walk(dir, (p, attrs) -> { // one lstat a file
                    if (!attrs.isDirectory()) {
                        String rel = dir.relativize(p).toString().replace('\\', '/');
                        if (!rel.equals(AtomicOutput.MARKER) && (!listed.contains(rel) || attrs.isSymbolicLink())) {
                            foreign.add(rel);
                        }
                    }
                });
                if (!foreign.isEmpty()) {
                    foreign.sort(null);
                    problems.add(Problem.error(dir, 1, 1, foreign.size() + (foreign.size() == 1 ? " file" : " files")
                                    + " in the output folder " + (foreign.size() == 1 ? "was" : "were") + " not written by Fristad: "
                                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", …" : ""),
                            "a build replaces the folder whole and would delete " + (foreign.size() == 1 ? "it" : "them")
                                    + ": put files the site should publish in content/ (they are copied into the site), and move anything else away"));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.error(dir, 1, 1, "cannot read the output folder: " + e.getMessage(), "check its permissions, or choose another with --out"));
        }
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    /**
     * A site built before the marker existed: Fristad's own script ({@code assets/js/fristad.js}, or in the theme's
     * folder named by its hash, {@code assets/<8 hex>/js/fristad.js}), and the Lucene index beside it that it wrote.
     */
    private static boolean legacy(Path dir) throws IOException {
        Path script = script(dir);
        Path lucene = dir.resolveSibling(dir.getFileName() + "-lucene");
        if (dir.getFileName().toString().endsWith("-lucene")) {
            try (Stream<Path> list = Files.list(dir)) {
                return list.anyMatch(OutputFolder::fristadIndex);
            }
        }
        if (!Files.isRegularFile(script, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(lucene, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> list = Files.list(lucene)) {
            return list.anyMatch(OutputFolder::fristadIndex);
        }
    }

    /** Fristad's script in a built site, at its fixed place of old or in the theme's folder; the fixed place if neither. */
    private static Path script(Path dir) throws IOException {
        Path fixed = dir.resolve("assets/js/fristad.js");
        Path assets = dir.resolve("assets");
        if (Files.isRegularFile(fixed, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
            return fixed;
        }
        try (Stream<Path> list = Files.list(assets)) {
            return list.filter(p -> p.getFileName().toString().matches("[0-9a-f]{8}"))
                    .map(p -> p.resolve("js/fristad.js")).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .findFirst().orElse(fixed);
        }
    }

    private static boolean fristadIndex(Path edition) {
        Path meta = edition.resolve("fristad.properties");
        try {
            return Files.isRegularFile(meta, LinkOption.NOFOLLOW_LINKS) && Files.readString(meta, StandardCharsets.UTF_8).contains("Fristad search index");
        } catch (IOException e) {
            return false;
        }
    }

    private static String sample(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            List<String> names = list.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            return String.join(", ", names) + (names.size() == 4 ? ", …" : "");
        }
    }

    /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}
