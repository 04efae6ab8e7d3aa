package se.fristad.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/redaktorer.md, followed step by step as an editor would, in a fresh folder, with target/fristad.jar:
 * <ul>
 *   <li>{@code ```sh fristad-test [exit=N]}: each line is run there; it must exit with N (default 0);</li>
 *   <li>{@code ```sh fristad-serve PATH}: the preview is started, PATH fetched from it (200, and the page names the
 *       municipality), then stopped; the test adds {@code --port 0}, as the shared machine may have 1313 in use;</li>
 *   <li>every {@code java} command gets {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}: the JVM starts faster and
 *       Fristad does the same;</li>
 *   <li>{@code ```… fristad-file FILE}: the block is written to FILE, as the editor saves it;</li>
 *   <li>{@code ```… fristad-replace FILE}: FILE from the line that starts the block to its end is replaced by it;</li>
 *   <li>{@code ```text fristad-output}: every line appears in what the last command printed (but for the number
 *       in "… in 333 pages.", which changes whenever the default site gains a page);</li>
 *   <li>{@code <!-- fristad-test: delete FILE -->}, {@code <!-- fristad-test: file FILE -->} and
 *       {@code <!-- fristad-test: folder DIR -->}: the editor deletes a file, saves an image or PDF of their own, or
 *       has a folder (the web server's, mounted as a network share).</li>
 * </ul>
 * And no block that runs fristad.jar is left untested.
 */
class EditorsGuideIT {
    private static final Path ROOT = Paths.get(System.getProperty("fristad.root", ".")).toAbsolutePath().normalize();
    private static final Path JAR = Paths.get(System.getProperty("fristad.jar", "target/fristad.jar")).toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\S*)([^\\n]*)\\n(.*?)^```\\s*$|^<!-- fristad-test: (\\w+) (\\S+) -->$");

    @TempDir
    Path work;

    private String lastOutput = "";

    @Test
    void everyStepOfTheGuideWorks() throws Exception {
        String guide = Files.readString(ROOT.resolve("docs/redaktorer.md"), StandardCharsets.UTF_8);
        Matcher m = FENCE.matcher(guide);
        int steps = 0;
        while (m.find()) {
            int line = (int) guide.substring(0, m.start()).lines().count() + 1;
            String where = "docs/redaktorer.md:" + line;
            if (m.group(4) != null) {
                directive(m.group(4), m.group(5), where);
                steps++;
                continue;
            }
            String lang = m.group(1);
            String[] info = m.group(2).strip().split("\\s+");
            String body = m.group(3);
            String marker = info.length > 0 ? info[0] : "";
            switch (marker) {
                case "fristad-test" -> {
                    int exit = info.length > 1 && info[1].startsWith("exit=") ? Integer.parseInt(info[1].substring(5)) : 0;
                    for (String command : body.split("\n")) {
                        if (!command.isBlank()) {
                            run(command.strip(), exit, where);
                        }
                    }
                }
                case "fristad-serve" -> serve(body.strip(), info[1], where);
                case "fristad-file" -> write(info[1], body);
                case "fristad-replace" -> {
                    Path file = work.resolve(info[1]);
                    String old = Files.readString(file, StandardCharsets.UTF_8);
                    String first = body.lines().findFirst().orElseThrow();
                    int at = old.indexOf("\n" + first + "\n");
                    assertTrue(at >= 0, where + ": " + info[1] + " has no line " + first);
                    Files.writeString(file, old.substring(0, at + 1) + body, StandardCharsets.UTF_8);
                }
                case "fristad-output" -> {
                    // The number of pages changes with every page added to the default site, and with the longest page
                    // name the padding of the tables' columns; the rest must match.
                    List<String> printed = lastOutput.lines().map(EditorsGuideIT::anyPageCount).toList();
                    for (String expected : body.split("\n")) {
                        if (!expected.isBlank() && !printed.contains(anyPageCount(expected))) {
                            fail(where + ": the guide shows a line the program does not print:\n" + expected
                                    + "\n\nwhat it printed:\n" + lastOutput);
                        }
                    }
                }
                default -> assertFalse(body.contains("fristad.jar") && !lang.equals("text"),
                        where + ": a block with a fristad command that no test runs — mark it ```sh fristad-test");
            }
            steps++;
        }
        assertTrue(steps > 40, "the guide's steps were found: " + steps);
        // Where the guide leaves the editor: their municipality's site, built, with their own pages in it.
        Path site = work.resolve("min-webbplats/target/site");
        assertTrue(Files.readString(site.resolve("hjalp-och-stod/brottsofferjouren-exempelby/index.html")).contains("116 006"));
        assertTrue(Files.isRegularFile(site.resolve("en/hjalp-och-stod/brottsofferjouren-exempelby/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("hjalp-och-stod/broschyr.pdf")));
        assertFalse(Files.exists(site.resolve("planer/exempelby")), "the example plan was deleted as the guide says");
        // … and published: the server's folder holds the build (without the build's own marker) and its manifest
        Path server = work.resolve("webbserver");
        assertTrue(Files.readString(server.resolve("hjalp-och-stod/brottsofferjouren-exempelby/index.html")).contains("116 006"));
        assertTrue(Files.isRegularFile(server.resolve("fristad-manifest.txt")));
        assertFalse(Files.exists(server.resolve(".fristad-build")));
    }

    /** A printed line as the guide may show it: any page count, and columns padded to any width. */
    private static String anyPageCount(String line) {
        return line.stripTrailing().replaceAll(" in \\d+ pages\\.$", " in N pages.").replaceAll(" {2,}", "  ");
    }

    private void directive(String what, String file, String where) throws IOException {
        Path f = work.resolve(file);
        switch (what) {
            case "delete" -> Files.delete(f);
            case "folder" -> Files.createDirectories(f); // a network share, mounted
            case "file" -> {
                Files.createDirectories(f.getParent());
                if (file.endsWith(".png")) {
                    // A 1×1 PNG, as an editor's own picture would be.
                    Files.write(f, java.util.Base64.getDecoder().decode(
                            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
                } else {
                    Files.writeString(f, "%PDF-1.4\n%%EOF\n");
                }
            }
            default -> fail(where + ": unknown directive " + what);
        }
    }

    private void write(String file, String body) throws IOException {
        Path f = work.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, body, StandardCharsets.UTF_8);
    }

    /** The words of a command line, with "…" kept together. */
    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        Matcher w = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (w.find()) {
            out.add(w.group(1) != null ? w.group(1) : w.group(2));
        }
        return out;
    }

    private List<String> argv(String command) {
        List<String> args = new ArrayList<>(words(command));
        assertEquals("java", args.get(0), command);
        int jar = args.indexOf("fristad.jar");
        if (jar >= 0) {
            args.set(jar, JAR.toString());
        }
        // The same command, started faster: ~20 short runs of check on a small site spend most of their time in the
        // JIT compiler and the garbage collector's start-up, not in Fristad (no effect on what the command does).
        args.addAll(1, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        return args;
    }

    private void run(String command, int expectedExit, String where) throws Exception {
        Process p = new ProcessBuilder(argv(command)).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), where + ": " + command + " did not finish");
        lastOutput = out;
        assertEquals(expectedExit, p.exitValue(), where + ": " + command + " exited with " + p.exitValue() + ":\n" + out);
    }

    private void serve(String command, String path, String where) throws Exception {
        List<String> args = argv(command);
        args.add("--port");
        args.add("0");
        Process p = new ProcessBuilder(args).directory(work.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            StringBuilder printed = new StringBuilder();
            for (String line; (line = r.readLine()) != null; ) {
                printed.append(line).append('\n');
                Matcher u = Pattern.compile("Serving .* on (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                if (u.find()) {
                    url = u.group(1);
                    break;
                }
            }
            assertTrue(url != null, where + ": the preview did not start:\n" + printed);
            HttpResponse<String> page = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                    HttpRequest.newBuilder(URI.create(url + path.substring(1))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), where + ": " + url + path);
            assertTrue(page.body().contains("Exempelby"), where + ": " + path + " does not name the municipality");
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
