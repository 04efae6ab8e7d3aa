package se.fristad.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * The files of a site directory, read without ever leaving it: a symbolic link is followed only when it points at a
 * file inside the site directory. A link out of the site ({@code content/sv/passwd.txt → /etc/passwd}) would publish
 * whatever it points at, so it is an error naming the link; so is a link to a folder (not followed: it could lead
 * out of the site, or round in a circle) and a link that points nowhere.
 */
public final class SiteFiles {
    /** The folders besides {@code content/} that a build reads from a site directory (the theme, settings, synonyms). */
    public static final List<String> READ = List.of("templates", "assets", "i18n", "synonyms");

    private SiteFiles() {
    }

    /**
     * The regular files below {@code dir} (itself inside {@code siteDir}), sorted, but for hidden files and editors'
     * temporary files ({@link ContentLoader#ignored}); links that may not be followed are reported and left out. A
     * missing {@code dir} has no files.
     */
    public static List<Path> walk(Path siteDir, Path dir, Problems problems) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !followable(siteDir, dir, problems)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (p.equals(dir) || ContentLoader.ignored(dir.relativize(p))) {
                    continue;
                }
                if (Files.isSymbolicLink(p) ? followable(siteDir, p, problems) && Files.isRegularFile(p) : Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Reports, as {@link #walk} does, every link in the folders of {@link #READ}. */
    public static void checkLinks(Path siteDir, Problems problems) {
        for (String name : READ) {
            try {
                walk(siteDir, siteDir.resolve(name), problems);
            } catch (IOException e) {
                problems.add(Problem.error(siteDir.resolve(name), 1, 1, "cannot read: " + e.getMessage(), "check the permissions"));
            }
        }
    }

    /** Whether reading {@code p} stays inside the site directory; a link that leaves it is reported. */
    public static boolean followable(Path siteDir, Path p, Problems problems) {
        String why = whyNot(siteDir, p);
        if (why != null) {
            problems.add(Problem.error(p, 1, 1, why, why.endsWith("does not exist") ? "remove the link, or put the file itself in its place"
                    : Files.isDirectory(p) ? "move or copy the folder itself into the site; Fristad follows no link to a folder"
                    : "copy the file itself into the site; Fristad publishes only what is inside the site directory"));
        }
        return why == null;
    }

    /** Whether reading {@code p} stays inside the site directory, without reporting (for readers after the check). */
    public static boolean followable(Path siteDir, Path p) {
        return whyNot(siteDir, p) == null;
    }

    private static String whyNot(Path siteDir, Path p) {
        try {
            Path real = p.toRealPath();
            Path site = siteDir.toRealPath();
            if (!real.startsWith(site)) {
                return "is a link to " + real + ", outside the site directory";
            }
            if (Files.isSymbolicLink(p) && Files.isDirectory(real)) {
                return "is a link to the folder " + site.relativize(real) + "; links to folders are not followed";
            }
            return null;
        } catch (IOException e) {
            return Files.isSymbolicLink(p) ? "is a link to a file that does not exist" : null;
        }
    }
}
