package se.fristad.content;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the default site's Markdown and the municipal plans (the seeds) in content tests. */
final class ContentFiles {

    private ContentFiles() {
    }

    /** The YAML front matter of a Markdown page, as a map; fails the test when there is none. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> frontMatter(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty() || !lines.get(0).strip().equals("---"), page + ": no front matter");
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        assertTrue(end > 0, page + ": front matter has no closing ---");
        Object yaml = new Load(LoadSettings.builder().build())
                .loadFromString(String.join("\n", lines.subList(1, end)));
        assertTrue(yaml instanceof Map, page + ": front matter is not a mapping");
        return (Map<String, Object>) yaml;
    }

    /**
     * The folder of the seeds: {@code -Dfristad.seeds=DIR}, or {@code shared/seeds} beside the repository or a folder
     * above it (a git worktree may sit deeper); empty when they are not at hand, as on CI.
     */
    static Optional<Path> seedsDir(Path root) {
        String property = System.getProperty("fristad.seeds");
        if (property != null && !property.isBlank()) {
            Path dir = Paths.get(property).toAbsolutePath();
            assertTrue(Files.isDirectory(dir), "-Dfristad.seeds=" + property + " is not a folder");
            return Optional.of(dir);
        }
        for (Path p = root.getParent(); p != null; p = p.getParent()) {
            Path dir = p.resolve("shared/seeds");
            if (Files.isDirectory(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
