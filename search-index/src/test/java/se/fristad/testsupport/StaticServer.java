package se.fristad.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site folder over HTTP on {@code 127.0.0.1} and a free port, the way a plain static host would:
 * a folder answers with its {@code index.html}, files get their {@code Content-Type} (UTF-8 for text), anything
 * else is a 404. For tests that need a page loaded from a real origin rather than from disk.
 *
 * <p>With {@code withCspHeader}, every answer also carries {@link #CSP} as a {@code Content-Security-Policy}
 * header, so the policy is enforced as a host would send it, not only through the pages' own meta tag.
 */
public final class StaticServer implements AutoCloseable {

    /** The policy a host serving Fristad is expected to send; the same as the pages' meta tag. */
    public static final String CSP =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("bin", "application/octet-stream"));

    private final Path root;
    private final boolean withCspHeader;
    private final HttpServer server;
    private final ExecutorService executor;

    private StaticServer(Path root, boolean withCspHeader) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.withCspHeader = withCspHeader;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts serving {@code root} at once; close it to stop. */
    public static StaticServer start(Path root, boolean withCspHeader) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a folder: " + root);
        }
        try {
            return new StaticServer(root, withCspHeader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a test server on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:PORT/}, always ending in a slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The absolute URL of a site-relative path such as {@code ""} or {@code "ar/planer/"}. */
    public String url(String sitePath) {
        return baseUrl() + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (withCspHeader) {
                ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            }
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = URI.create(ex.getRequestURI().toString()).getPath(); // decoded
            Path file = root.resolve(rawPath.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root)) {
                notFound(ex);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    // As static hosts do: relative links inside the page must resolve against the folder.
                    ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
                    send(ex, 301, null, new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(ex);
                return;
            }
            // As nginx's gzip_static: a pre-compressed twin is sent when the browser accepts gzip.
            Path gz = file.resolveSibling(file.getFileName() + ".gz");
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null && accept.contains("gzip") && Files.isRegularFile(gz)) {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                ex.getResponseHeaders().set("Vary", "Accept-Encoding");
                send(ex, 200, contentType(file), Files.readAllBytes(gz));
                return;
            }
            send(ex, 200, contentType(file), Files.readAllBytes(file));
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void notFound(HttpExchange ex) throws IOException {
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "StaticServer[" + root + " at " + baseUrl() + (withCspHeader ? ", CSP header" : "") + "]";
    }
}
