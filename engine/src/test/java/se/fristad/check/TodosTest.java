package se.fristad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.problem.Problem;

class TodosTest {
    @TempDir
    Path dir;

    @Test
    void everyTodoLineIsAWarningAtItsPlaceInFileOrder() throws IOException {
        Files.writeString(dir.resolve("site.yml"), "title: T\nphone: \"TODO: the switchboard's number\"\n");
        write("content/sv/b.md", "---\ntitle: B\n---\n\nNo facts missing here.\r\nSecond line.\n");
        write("content/sv/a.md", "---\ntitle: A\nsummary: TODO ring oss\n---\n\nText.\n\nOpen   TODO: opening hours\n");
        write("content/en/c.md", "---\ntitle: C\n---\r\n\r\nClosed on TODO\r\n");
        for (int i = 0; i < 300; i++) { // enough files to be read side by side
            write("content/sv/many/p" + i + ".md", "---\ntitle: P\n---\n\nNothing to fill in.\n");
        }
        List<String> found = Todos.find(dir).stream().map(p -> dir.relativize(p.file()) + ":" + p.line() + ":" + p.column() + " " + p.message()).toList();
        assertEquals(List.of(
                "site.yml:2:9 not filled in yet: TODO: the switchboard's number",
                "content/en/c.md:5:11 not filled in yet: TODO",
                "content/sv/a.md:3:10 not filled in yet: TODO ring oss",
                "content/sv/a.md:8:8 not filled in yet: TODO: opening hours"), found);
        assertEquals(4, Todos.find(dir).stream().filter(p -> !p.isError()).count(), "warnings, not errors");
    }

    private void write(String rel, String text) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
