package se.fristad.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import se.fristad.build.Build;
import se.fristad.problem.Problem;
import se.fristad.write.AtomicOutput;

/**
 * {@code fristad serve}: builds the site into a temporary folder, serves it on 127.0.0.1 only, watches the site
 * directory and re-renders what a saved file touches; open pages reload through Server-Sent Events. While the
 * site has errors, every page shows them instead of a stale page.
 */
public final class DevServer implements AutoCloseable {
    static final String LIVE_JS = "/__fristad/live.js";
    static final String EVENTS = "/__fristad/events";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("gz", "application/gzip"));

    private final Build build;
    private final Path out;
    private final HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fristad-serve");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong generation = new AtomicLong();
    private final PrintWriter log;
    private final PrintWriter err;
    private final Watcher watcher;
    private volatile Build.Result last;

    private DevServer(Path site, int port, boolean drafts, PrintWriter log, PrintWriter err) throws IOException {
        this.build = new Build(site, drafts).keepSources(); // a save re-renders pages without reading every file again
        this.log = log;
        this.err = err;
        // the port first: when it is taken, say so before spending a build on it
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.out = Files.createTempDirectory("fristad-serve-");
        rebuild(null);
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
        watcher = new Watcher(build.siteDir(), out, this::changed);
        executor.submit(watcher);
    }

    /** Starts serving; {@code port} 0 picks a free port. */
    public static DevServer start(Path site, int port, boolean drafts, PrintWriter log, PrintWriter err) throws IOException {
        DevServer server = new DevServer(site, port, drafts, log, err);
        log.println("Serving " + server.build.siteDir() + " on " + server.url() + " (Ctrl+C stops)");
        log.flush();
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private synchronized void changed(Path file) {
        rebuild(file);
        long g = generation.incrementAndGet();
        for (OutputStream c : clients) {
            try {
                c.write(("event: reload\ndata: " + g + "\n\n").getBytes(StandardCharsets.UTF_8));
                c.flush();
            } catch (IOException e) {
                clients.remove(c);
            }
        }
    }

    private void rebuild(Path file) {
        Build.Result r;
        if (file == null) {
            r = build.build(out);
        } else {
            r = build.update(out, file);
        }
        last = r;
        for (Problem p : r.problems()) {
            err.println(p.format(build.siteDir()));
        }
        if (r.ok()) {
            log.println((file == null ? "Built " : "Rebuilt " + r.rendered() + " of ") + r.pages() + " pages in " + r.millis() + " ms");
        } else {
            err.println("The site has errors; the browser shows them until they are fixed.");
        }
        log.flush();
        err.flush();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(EVENTS)) {
                events(ex);
                return;
            }
            if (path.equals(LIVE_JS)) {
                send(ex, 200, "js", ("new EventSource('" + EVENTS + "').addEventListener('reload', function () { location.reload(); });\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = out.resolve(path.substring(1)).normalize();
            if (!file.startsWith(out)) {
                send(ex, 404, "txt", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            String ext = extension(file);
            Build.Result r = last;
            if (!r.ok() && (ext.equals("html") || !Files.exists(file))) {
                send(ex, 500, "html", withLiveReload(ErrorPage.html(r.problems(), build.siteDir(), stylesheet())));
                return;
            }
            if (!Files.isRegularFile(file)) {
                send(ex, 404, "html", withLiveReload("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><main><h1>Not found: "
                        + ErrorPage.escape(path) + "</h1></main></body></html>"));
                return;
            }
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) {
                send(ex, 200, ext, withLiveReload(new String(body, StandardCharsets.UTF_8)));
            } else {
                send(ex, 200, ext, body);
            }
        }
    }

    /**
     * The theme's stylesheet in the site last built, {@code /assets/<hash>/css/fristad.css} (its folder is named by
     * the theme's content; a build replaces the whole folder, so there is one), or null before any site was built.
     */
    private String stylesheet() {
        Path assets = out.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return null;
        }
        try (java.util.stream.Stream<Path> folders = Files.list(assets)) {
            return folders.filter(f -> se.fristad.render.ThemeAssets.isFolderName(f.getFileName().toString()))
                    .filter(f -> Files.isRegularFile(f.resolve("css/fristad.css"))).sorted().findFirst()
                    .map(f -> "/assets/" + f.getFileName() + "/css/fristad.css").orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream body = ex.getResponseBody();
        body.write((": connected " + generation.get() + "\n\n").getBytes(StandardCharsets.UTF_8));
        body.flush();
        clients.add(body);
        try {
            while (clients.contains(body) && stopped.getCount() > 0) {
                Thread.sleep(15_000);
                body.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the browser went away
        } finally {
            clients.remove(body);
        }
    }

    /** Pages in preview get one extra external script (allowed by the pages' own CSP) that reloads them. */
    private static byte[] withLiveReload(String html) {
        String tag = "<script src=\"" + LIVE_JS + "\"></script>";
        int end = html.lastIndexOf("</body>");
        String s = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String ext, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        stopped.countDown();
        watcher.close();
        http.stop(0);
        executor.shutdownNow();
        build.awaitSearch();
        try {
            AtomicOutput.deleteTree(out);
            AtomicOutput.deleteTree(se.fristad.build.SearchBuild.luceneDir(out)); // its search index, beside it
        } catch (IOException e) {
            err.println("could not remove the preview folder " + out + ": " + e.getMessage());
        }
    }
}
