package se.fristad.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.fristad.problem.Problem;

/**
 * Facts only the site's own staff know are left by {@code fristad new site} as lines with the word TODO, in
 * site.yml and in pages. Each such line is a warning until someone fills in the fact and deletes the word:
 * a warning, not an error, so the new site builds and can be previewed at once.
 */
public final class Todos {
    private static final String WORD = "TODO";

    private Todos() {
    }

    /** One warning per line with TODO in site.yml and content/**&#47;*.md. */
    public static List<Problem> find(Path site) {
        List<Problem> out = new ArrayList<>();
        scan(site.resolve("site.yml"), out);
        Path content = site.resolve("content");
        if (Files.isDirectory(content)) {
            List<Path> pages;
            try (Stream<Path> files = Files.walk(content)) {
                pages = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
            } catch (IOException e) {
                return out; // unreadable folders are reported by the build itself
            }
            // a national site has hundreds of thousands of pages: read them side by side, keep the order
            pages.parallelStream().map(p -> {
                List<Problem> found = new ArrayList<>(0);
                scan(p, found);
                return found;
            }).forEachOrdered(out::addAll);
        }
        return out;
    }

    /** Whether the bytes hold the word (ASCII, so the same bytes in UTF-8). */
    private static boolean has(byte[] bytes) {
        outer:
        for (int i = 0; i + WORD.length() <= bytes.length; i++) {
            for (int k = 0; k < WORD.length(); k++) {
                if (bytes[i + k] != WORD.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void scan(Path file, List<Problem> out) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!has(bytes)) {
                return; // most pages: no line to look at
            }
            lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return; // unreadable: the build reports it
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(WORD);
            if (at >= 0) {
                String what = line.substring(at).replaceAll("[\"']\\s*$", "").strip();
                out.add(Problem.warning(file, i + 1, at + 1, "not filled in yet: " + what,
                        "write the real fact here and delete the word TODO (docs/redaktorer.md, \"Fyll i det som bara ni vet\")"));
            }
        }
    }
}
