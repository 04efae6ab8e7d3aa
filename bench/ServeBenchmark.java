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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Preview benchmark (issue #11: "one edited body visible ≤ 500 ms after save"). Starts
 * {@code java -jar target/fristad.jar serve} on a site, listens to the preview's reload events like an open page
 * does, then appends a sentence to one Markdown file several times and reports, for each save, the time until the
 * reload event and whether the page then shows the new sentence.
 *
 * <pre>
 * java bench/ServeBenchmark.java --site DIR [--file content/sv/sektion-10/sida-10.md] [--saves 5] [--pause 6]
 * </pre>
 * The site is changed: the sentences appended stay in the file (use a generated site, see BuildBenchmark --keep).
 */
public class ServeBenchmark {
    public static void main(String[] args) throws Exception {
        Path site = null;
        String file = "content/sv/sektion-10/sida-10.md";
        int saves = 5;
        int pause = 6;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--site" -> site = Path.of(args[++i]);
                case "--file" -> file = args[++i];
                case "--saves" -> saves = Integer.parseInt(args[++i]);
                case "--pause" -> pause = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (site == null) {
            System.err.println("usage: java bench/ServeBenchmark.java --site DIR [--file content/sv/…/x.md] [--saves N] [--pause S]");
            System.exit(2);
        }
        Path md = site.resolve(file);
        String rel = site.relativize(md).toString();
        // content/sv/a/b.md → /a/b/ (the source language has no prefix; the benchmark sites' source is Swedish)
        String page = "/" + rel.replaceFirst("^content/sv/", "").replaceFirst("\\.md$", "/");
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        Process serve = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/fristad.jar").toAbsolutePath().toString(), "serve", "--site", site.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).start();
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        daemon(() -> lines(serve.getInputStream(), log));
        try {
            long t0 = System.nanoTime();
            String line;
            while ((line = log.poll(30, TimeUnit.MINUTES)) != null && !line.startsWith("Built ")) {
                System.out.println("serve: " + line);
            }
            System.out.printf("first build: %s (%.1f s)%n", line, (System.nanoTime() - t0) / 1e9);
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
            HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__fristad/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            daemon(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        if (l.equals("event: reload")) {
                            reloads.add(System.nanoTime());
                        }
                    }
                } catch (IOException ignored) {
                    // the server stopped
                }
            });
            Thread.sleep(1000);
            List<Long> ms = new ArrayList<>();
            for (int s = 1; s <= saves; s++) {
                Thread.sleep(pause * 1000L);
                reloads.clear();
                String word = "sparning" + s + "x" + System.nanoTime() % 100000;
                long saved = System.nanoTime();
                Files.writeString(md, "\n\nNy mening " + word + ".\n", StandardOpenOption.APPEND);
                Long at = reloads.poll(60, TimeUnit.SECONDS);
                if (at == null) {
                    System.out.println("save " + s + ": no reload event within 60 s");
                    continue;
                }
                String html = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long took = (at - saved) / 1_000_000;
                ms.add(took);
                String rebuilt = "";
                while ((line = log.poll()) != null) {
                    rebuilt = line.startsWith("Rebuilt") ? line : rebuilt;
                }
                System.out.printf("save %d: reload event after %d ms; page shows the new text: %s; %s%n", s, took, html.contains(word), rebuilt);
            }
            Collections.sort(ms);
            if (!ms.isEmpty()) {
                System.out.printf("save → reload: median %d ms, min %d ms, max %d ms (%d saves; target ≤ 500 ms)%n",
                        ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), ms.size());
            }
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
    }

    private static void lines(java.io.InputStream in, BlockingQueue<String> out) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                out.add(l);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
