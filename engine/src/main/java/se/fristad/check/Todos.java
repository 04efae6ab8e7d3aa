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
            try (Stream<Path> files = Files.walk(content)) {
                files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(p -> scan(p, out));
            } catch (IOException e) {
                // unreadable folders are reported by the build itself
            }
        }
        return out;
    }

    private static void scan(Path file, List<Problem> out) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return; // not UTF-8 or unreadable: the build reports it
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
