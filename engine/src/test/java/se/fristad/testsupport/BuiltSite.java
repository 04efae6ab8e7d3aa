package se.fristad.testsupport;

import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The site that {@code mvn package} built into {@code target/site} (system property {@code fristad.site}), and
 * its pages: every {@code index.html}, named by the URL path a reader sees ({@code ""}, {@code "ar/"},
 * {@code "ar/planer/"}).
 */
public final class BuiltSite {

    private BuiltSite() {
    }

    /** The built site folder; fails the test with a hint when it has not been built. */
    public static Path dir() {
        Path dir = Paths.get(System.getProperty("fristad.site", "target/site")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            Assertions.fail("No built site at " + dir + " (no index.html): run `mvn package` (or `mvn verify`) first.");
        }
        return dir;
    }

    /** URL paths of every page, relative to the site root, sorted: {@code ""}, {@code "ar/"}, … */
    public static List<String> pagePaths(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            List<String> paths = files
                    .filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> urlPath(site, p.getParent()))
                    .sorted()
                    .collect(Collectors.toList());
            Assertions.assertFalse(paths.isEmpty(), "no index.html pages under " + site);
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code index.html} file of a page path; a path naming an HTML file ({@code en/404.html}) is that file. */
    public static Path file(Path site, String pagePath) {
        return pagePath.endsWith(".html") ? site.resolve(pagePath) : site.resolve(pagePath).resolve("index.html");
    }

    /** Every page of the built site: {@link #pagePaths}, then the page-not-found page of each edition ({@code 404.html}, {@code en/404.html} …). */
    public static List<String> allPagePaths(Path site) {
        List<String> all = new java.util.ArrayList<>(pagePaths(site));
        try (Stream<Path> files = Files.walk(site, 2)) {
            files.filter(p -> p.getFileName().toString().equals("404.html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().forEach(all::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The home page of every language: {@code ""} (the first language) and each {@code "<code>/"} that exists. */
    public static List<String> homePaths(Path site) {
        return pagePaths(site).stream()
                .filter(p -> p.isEmpty() || (p.indexOf('/') == p.length() - 1
                        && Files.isRegularFile(site.resolve(p).resolve("index.html"))
                        && isLanguageHome(site, p)))
                .collect(Collectors.toList());
    }

    private static boolean isLanguageHome(Path site, String path) {
        // A language home's <html lang> is its folder name (e.g. "ar/" has lang="ar"); a section folder's is not.
        try {
            String head = Files.readString(file(site, path));
            String code = path.substring(0, path.length() - 1);
            return head.matches("(?s).*<html[^>]*\\slang=\"" + java.util.regex.Pattern.quote(code) + "\".*");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String urlPath(Path site, Path folder) {
        String rel = site.relativize(folder).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    /** A file named relative to the repository root ({@code fristad.root}) when it lies below it. */
    public static String relativeName(Path file) {
        Path root = Paths.get(System.getProperty("fristad.root", ".")).toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }

    /** How a page is named in failure messages: {@code /ar/planer/}. */
    public static String display(String pagePath) {
        return "/" + pagePath;
    }
}
