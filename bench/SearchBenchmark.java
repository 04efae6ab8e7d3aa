import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Search benchmark for Fristad, with Pagefind 1.6.0 as the anchor.
 *
 * <p>Generates a deterministic synthetic Swedish site (N pages, ~5 KB of Markdown each, words drawn Zipf-like from
 * bench/sv-words.txt plus Swedish-style compounds), builds it with Fristad (which writes the Lucene index and
 * its static export), indexes the same built HTML with Pagefind, serves both from one local server that sends
 * gzip like a production host (pre-compressed .gz twins as nginx's gzip_static, other text compressed on the
 * fly; Pagefind's own index files are already compressed), and counts in Chromium the bytes each must transfer
 * for: a cold first query (client script and everything it fetches), a later single-word query, a three-word
 * query and a stop-word query — each with ten results and their excerpts loaded. It also reports the client
 * script's gzip size, how long results take to appear after the data arrived (on the search page, CPU slowed
 * 4× like a cheap phone), and the index build time of both tools.
 *
 * <p>Run with bench/search.sh (it puts Playwright on the class path and installs Pagefind from npm, pinned in
 * bench/package.json). A program that prints figures; nothing fails when a target is missed.
 */
public class SearchBenchmark {

    static final List<String> COLD = List.of("socialtjänsten", "kvinnojouren", "samverkan", "hedersrelaterat", "våld");
    static final List<String> LATER = List.of("polisen", "skyddat", "utbildning", "barnen", "rutiner");
    static final List<String> THREE = List.of("våld nära relation", "barn skolan trygghet", "socialtjänsten polisen samverkan");
    static final List<String> STOP = List.of("och");

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>(List.of(2000, 10000));
        Path jar = Path.of("target/fristad.jar");
        Path pagefind = Path.of("bench/node_modules/.bin/pagefind");
        Path dir = null;
        boolean keep = false;
        boolean fristadOnly = false; // while tuning: skip Pagefind (the report's ratios need it)
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> {
                    sizes.clear();
                    for (String s : args[++i].split(",")) {
                        sizes.add(Integer.parseInt(s.trim()));
                    }
                }
                case "--jar" -> jar = Path.of(args[++i]);
                case "--pagefind" -> pagefind = Path.of(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--keep" -> keep = true;
                case "--fristad-only" -> fristadOnly = true;
                default -> {
                    System.err.println("usage: java SearchBenchmark.java [--pages 2000,10000] [--jar target/fristad.jar] [--pagefind PATH] [--dir DIR] [--keep]");
                    System.exit(2);
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("no " + jar + ": run mvn -q package -DskipTests first");
            System.exit(2);
        }
        pagefind = pagefind.toAbsolutePath();
        Path work = dir != null ? dir.toAbsolutePath() : Files.createTempDirectory("fristad-search-bench-");
        Files.createDirectories(work);
        Path jarCopy = work.resolve("fristad.jar");
        Files.copy(jar, jarCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String[]> words = words(Path.of("bench/sv-words.txt"));
        System.out.println("Search benchmark " + java.time.ZonedDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores; Pagefind " + version(pagefind) + "; Chromium " + chromiumVersion());
        List<String> report = new ArrayList<>();
        for (int n : sizes) {
            Path site = work.resolve("site-" + n);
            long t0 = System.nanoTime();
            Stats gen = generate(site, n, words);
            System.out.printf(Locale.ROOT, "%n== %,d pages (%,d distinct words, %.1f MB of Markdown; generated in %.1f s)%n",
                    n, gen.vocabulary, gen.bytes / 1e6, (System.nanoTime() - t0) / 1e9);
            Path out = site.resolve("out");
            Timed fristad = run(List.of("java", "-jar", jarCopy.toString(), "build", "--site", site.toString(), "--out", out.toString()), work);
            Matcher m = Pattern.compile("search index: (\\d+) ms").matcher(fristad.output);
            long fristadIndexMs = m.find() ? Long.parseLong(m.group(1)) : -1;
            Files.writeString(out.resolve("bench.html"), "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>bench</title></head><body></body></html>");
            Timed pf = fristadOnly ? new Timed(1, "") : run(List.of(pagefind.toString(), "--site", out.toString(), "--output-subdir", "_pagefind", "--force-language", "sv"), work);
            System.out.printf(Locale.ROOT, "Fristad build %.1f s (search index %.1f s: Lucene + static export); Pagefind indexing %.1f s%n",
                    fristad.seconds, fristadIndexMs / 1000.0, pf.seconds);
            System.out.printf(Locale.ROOT, "index on disk: Fristad %s in %,d files (+ .gz twins); Pagefind %s in %,d files%n",
                    mb(size(out.resolve("search"), ".js")), count(out.resolve("search"), ".js"), mb(size(out.resolve("_pagefind"), "")), count(out.resolve("_pagefind"), ""));
            oursLoad = "() => new Promise((ok, fail) => { const s = document.createElement('script');"
                    + " s.src = '" + theme(out) + "js/search.js'; s.onload = ok; s.onerror = fail; document.head.appendChild(s); })";
            try (Server server = new Server(out); Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync")));
                Bytes ours = measure(browser, server, true);
                Bytes theirs = fristadOnly ? new Bytes(List.of(1L), List.of(1L), List.of(1L), List.of(1L)) : measure(browser, server, false);
                long script = gzip(Files.readAllBytes(out.resolve(theme(out) + "js/search.js"))).length;
                double[] onScreen = onScreen(browser, server);
                browser.close();
                System.out.println("bytes transferred (response bodies as sent, gzip), min–max over the queries:");
                System.out.printf(Locale.ROOT, "  %-28s %18s %18s %8s%n", "", "Fristad", "Pagefind", "ratio");
                row("cold first query", ours.cold, theirs.cold);
                row("later single-word query", ours.later, theirs.later);
                row("three-word query", ours.three, theirs.three);
                row("stop-word query \"och\"", ours.stop, theirs.stop);
                System.out.printf(Locale.ROOT, "client script search.js: %,d bytes gzipped (target ≤ 8 KB)%n", script);
                System.out.println("what the cold queries fetched (F Fristad, P Pagefind): bytes in files");
                BREAKDOWN.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-34s %9s in %d%n", k, kb(v[0]), v[1]));
                BREAKDOWN.clear();
                System.out.println("per query: " + String.join("; ", PER_QUERY));
                PER_QUERY.clear();
                System.out.printf(Locale.ROOT, "results on screen after the data arrived (search page, CPU 4× slower): median %.1f ms, max %.1f ms (target ≤ 50 ms)%n",
                        onScreen[0], onScreen[1]);
                System.out.printf(Locale.ROOT, "index build: Fristad %.1f s vs Pagefind %.1f s: ratio %.2f (target ≤ 1.0)%n",
                        fristadIndexMs / 1000.0, pf.seconds, fristadIndexMs / 1000.0 / pf.seconds);
                report.add(String.format(Locale.ROOT, "%,d pages: cold %s vs %s (%.2f); later %s vs %s; three %s vs %s; och %s vs %s; build %.1f s vs %.1f s",
                        n, kb(max(ours.cold)), kb(max(theirs.cold)), (double) max(ours.cold) / min(theirs.cold),
                        kb(max(ours.later)), kb(max(theirs.later)), kb(max(ours.three)), kb(max(theirs.three)), kb(max(ours.stop)), kb(max(theirs.stop)),
                        fristadIndexMs / 1000.0, pf.seconds));
            }
        }
        System.out.println();
        report.forEach(System.out::println);
        if (!keep && dir == null) {
            deleteTree(work);
        } else {
            System.out.println("kept: " + work);
        }
    }

    // ---- generating the site ---------------------------------------------------------------------------------

    record Stats(long bytes, int vocabulary) {
    }

    static List<String[]> words(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.trim().split(" "));
            }
        }
        return out;
    }

    /**
     * Pages of ~5 KB: a title, a summary, 4–6 sections with headings, paragraphs and lists. Words are drawn by
     * their frequency in the plans (flattened, so rarer words occur too), and one in ten is a compound of two
     * words (Swedish writes compounds as one word), drawn Zipf-like from 30,000 of them, so the vocabulary grows
     * with the site as real text does.
     */
    static Stats generate(Path site, int pages, List<String[]> words) throws IOException {
        if (Files.exists(site)) {
            deleteTree(site);
        }
        Files.createDirectories(site.resolve("content/sv"));
        Files.writeString(site.resolve("site.yml"), "title: Sökbenchmark\nlanguages: [sv]\n");
        double[] cumulative = new double[words.size()];
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            sum += Math.pow(Integer.parseInt(words.get(i)[1]), 0.8);
            cumulative[i] = sum;
        }
        Random r = new Random(20261123L);
        String[] compounds = new String[30000];
        for (int i = 0; i < compounds.length; i++) {
            String a = words.get(pick(cumulative, r))[0];
            String b = words.get(pick(cumulative, r))[0];
            compounds[i] = (a.length() < 3 ? "stöd" : a) + (b.length() < 3 ? "arbete" : b);
        }
        java.util.Set<String> vocabulary = new java.util.HashSet<>();
        long bytes = 0;
        for (int p = 0; p < pages; p++) {
            Random pr = new Random(p * 7919L + 17);
            StringBuilder md = new StringBuilder();
            String title = cap(sentence(pr, cumulative, words, compounds, 3 + pr.nextInt(3), vocabulary));
            md.append("---\ntitle: \"").append(title).append(" ").append(p).append("\"\nsummary: \"")
                    .append(cap(sentence(pr, cumulative, words, compounds, 10 + pr.nextInt(6), vocabulary))).append(".\"\n---\n\n");
            int sections = 4 + pr.nextInt(3);
            while (md.length() < 5000) {
                for (int s = 0; s < sections && md.length() < 5000; s++) {
                    md.append("## ").append(cap(sentence(pr, cumulative, words, compounds, 2 + pr.nextInt(3), vocabulary))).append("\n\n");
                    for (int para = 0; para < 2; para++) {
                        md.append(cap(sentence(pr, cumulative, words, compounds, 12 + pr.nextInt(14), vocabulary))).append(". ")
                                .append(cap(sentence(pr, cumulative, words, compounds, 8 + pr.nextInt(12), vocabulary))).append(".\n\n");
                    }
                    if (pr.nextInt(3) == 0) {
                        for (int li = 0; li < 3; li++) {
                            md.append("- ").append(cap(sentence(pr, cumulative, words, compounds, 3 + pr.nextInt(5), vocabulary))).append('\n');
                        }
                        md.append('\n');
                    }
                }
            }
            String rel = "content/sv/del-" + (p / 100) + "/sida-" + p + ".md";
            Path f = site.resolve(rel);
            Files.createDirectories(f.getParent());
            byte[] b = md.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(f, b);
            bytes += b.length;
        }
        return new Stats(bytes, vocabulary.size());
    }

    static String sentence(Random r, double[] cumulative, List<String[]> words, String[] compounds, int n, java.util.Set<String> vocabulary) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = r.nextInt(10) == 0 ? compounds[(int) Math.min(compounds.length - 1, Math.floor(Math.pow(r.nextDouble(), 2.5) * compounds.length))]
                    : words.get(pick(cumulative, r))[0];
            vocabulary.add(w);
            b.append(i > 0 ? " " : "").append(w);
        }
        return b.toString();
    }

    static int pick(double[] cumulative, Random r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- measuring in Chromium -----------------------------------------------------------------------------

    record Bytes(List<Long> cold, List<Long> later, List<Long> three, List<Long> stop) {
    }

    /** Loads the client from the theme's folder (named by a hash of the theme's files, see {@link #theme}). */
    static String oursLoad;

    /** The folder of the theme's files in a built site: {@code assets/<8 hex>/}. */
    static String theme(Path out) throws IOException {
        try (var list = Files.list(out.resolve("assets"))) {
            return "assets/" + list.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9a-f]{8}")).findFirst().orElseThrow() + "/";
        }
    }
    static final String OURS_QUERY = "async (q) => { const r = await Fristad.search(q, {lang: 'sv', limit: 10}); return r.length; }";
    static final String THEIRS_LOAD = "async () => { window.pf = await import('./_pagefind/pagefind.js'); await window.pf.init(); }";
    static final String THEIRS_QUERY = "async (q) => { const s = await window.pf.search(q); const d = await Promise.all(s.results.slice(0, 10).map(r => r.data())); return d.length; }";

    /** What the first cold query of the last measure() fetched, by kind of file: client, analysis, meta, shards, postings, fragments. */
    static final java.util.Map<String, long[]> BREAKDOWN = new java.util.TreeMap<>();

    static String category(String url) {
        String path = URI.create(url).getPath();
        if (path.contains("/search/")) {
            String rest = path.substring(path.indexOf("/search/") + 8);
            String[] parts = rest.replaceFirst("^([^/]+/)[0-9a-f]{8}/", "$1").split("/"); // <lang>/<folder of the shards>/a/0.js
            return parts.length > 2 ? "index " + parts[1] + "/" : "index " + parts[parts.length - 1].replace(".js", "");
        }
        if (path.contains("_pagefind/")) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return "pagefind " + (name.contains(".") ? name.substring(name.indexOf('.')) : name);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Bytes per query: each cold query in a fresh browser context, the later queries after it in the same one. */
    static Bytes measure(Browser browser, Server server, boolean ours) {
        List<Long> cold = new ArrayList<>(), later = new ArrayList<>(), three = new ArrayList<>(), stop = new ArrayList<>();
        for (int i = 0; i < COLD.size(); i++) {
            try (BrowserContext ctx = browser.newContext()) {
                Page page = ctx.newPage();
                AtomicLong bytes = new AtomicLong();
                boolean first = true;
                String q0 = COLD.get(i);
                page.onRequestFinished(req -> {
                    long b = body(req);
                    bytes.addAndGet(b);
                    if (first && BREAKDOWN_ON.get()) {
                        long[] c = BREAKDOWN.computeIfAbsent((ours ? "F " : "P ") + q0 + " " + category(req.url()), k -> new long[2]);
                        c[0] += b;
                        c[1]++;
                    }
                });
                page.navigate(server.url("bench.html"));
                page.waitForLoadState();
                settle(page);
                bytes.set(0);
                BREAKDOWN_ON.set(true);
                page.evaluate(ours ? oursLoad : THEIRS_LOAD);
                page.evaluate(ours ? OURS_QUERY : THEIRS_QUERY, COLD.get(i));
                cold.add(settle(page, bytes));
                BREAKDOWN_ON.set(false);
                PER_QUERY.add((ours ? "F" : "P") + " cold \"" + COLD.get(i) + "\" " + kb(cold.get(cold.size() - 1)));
                page.evaluate(ours ? OURS_QUERY : THEIRS_QUERY, LATER.get(i));
                later.add(settle(page, bytes));
                PER_QUERY.add((ours ? "F" : "P") + " later \"" + LATER.get(i) + "\" " + kb(later.get(later.size() - 1)));
                page.evaluate(ours ? OURS_QUERY : THEIRS_QUERY, THREE.get(i % THREE.size()));
                three.add(settle(page, bytes));
                PER_QUERY.add((ours ? "F" : "P") + " three \"" + THREE.get(i % THREE.size()) + "\" " + kb(three.get(three.size() - 1)));
                page.evaluate(ours ? OURS_QUERY : THEIRS_QUERY, STOP.get(0));
                stop.add(settle(page, bytes));
            }
        }
        return new Bytes(cold, later, three, stop);
    }

    static final List<String> PER_QUERY = new ArrayList<>();
    static final java.util.concurrent.atomic.AtomicBoolean BREAKDOWN_ON = new java.util.concurrent.atomic.AtomicBoolean();

    static long body(Request req) {
        try {
            return Math.max(0, req.sizes().responseBodySize);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static void settle(Page page) {
        page.waitForTimeout(150);
    }

    static long settle(Page page, AtomicLong bytes) {
        page.waitForTimeout(150); // requestfinished events can trail the promise by a moment
        return bytes.getAndSet(0);
    }

    /** On the real search page with the CPU slowed 4×: ms from the last data file's arrival to results on screen. */
    static double[] onScreen(Browser browser, Server server) {
        List<Double> times = new ArrayList<>();
        try (BrowserContext ctx = browser.newContext()) {
            Page page = ctx.newPage();
            page.navigate(server.url("sok/"));
            CDPSession cdp = ctx.newCDPSession(page);
            com.google.gson.JsonObject rate = new com.google.gson.JsonObject();
            rate.addProperty("rate", 4);
            cdp.send("Emulation.setCPUThrottlingRate", rate);
            for (String q : List.of("våld", "socialtjänsten polisen", "kvinnojouren", "barnen skolan", "samverkan")) {
                page.fill("#search-input", "");
                page.evaluate("() => { window.Fristad.timing = null; }");
                page.fill("#search-input", q);
                page.press("#search-input", "Enter");
                page.waitForFunction("() => window.Fristad.timing && window.Fristad.timing.shown");
                Object t = page.evaluate("() => window.Fristad.timing.shown - window.Fristad.timing.arrived");
                times.add(((Number) t).doubleValue());
            }
        }
        times.sort(Comparator.naturalOrder());
        return new double[] {times.get(times.size() / 2), times.get(times.size() - 1)};
    }

    static void row(String name, List<Long> ours, List<Long> theirs) {
        System.out.printf(Locale.ROOT, "  %-28s %18s %18s %8s%n", name, range(ours), range(theirs),
                String.format(Locale.ROOT, "%.2f", (double) max(ours) / Math.max(1, min(theirs))));
    }

    static String range(List<Long> v) {
        return kb(min(v)) + "–" + kb(max(v));
    }

    static long min(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    static long max(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    static String kb(long b) {
        return String.format(Locale.ROOT, "%.1f KB", b / 1024.0);
    }

    static String mb(long b) {
        return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
    }

    // ---- processes, files ------------------------------------------------------------------------------------

    record Timed(double seconds, String output) {
    }

    static Timed run(List<String> cmd, Path work) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            System.err.println(String.join(" ", cmd) + " failed (" + code + "):\n" + out.lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
            System.exit(1);
        }
        return new Timed(s, out);
    }

    static String version(Path pagefind) {
        try {
            Process p = new ProcessBuilder(pagefind.toString(), "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().replace("pagefind ", "");
        } catch (IOException e) {
            System.err.println("no Pagefind at " + pagefind + ": run bench/search.sh, which installs it from npm");
            System.exit(2);
            return "";
        }
    }

    static String chromiumVersion() {
        try {
            Process p = new ProcessBuilder("/usr/bin/chromium", "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("Chromium")).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static long size(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static long count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).count();
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(data);
        }
        return bos.toByteArray();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A static server as a production host would be: .gz twins sent as they are (nginx gzip_static), other text
     * (html, css, js, json, wasm) gzipped on the fly at level 6 (nginx's gzip on), everything else as it is.
     */
    static final class Server implements AutoCloseable {
        final Path root;
        final HttpServer http;

        Server(Path root) throws IOException {
            this.root = root;
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", this::handle);
            http.setExecutor(Executors.newFixedThreadPool(6));
            http.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/" + path;
        }

        void handle(HttpExchange ex) throws IOException {
            try (ex) {
                String path = URI.create(ex.getRequestURI().toString()).getPath();
                Path f = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(f)) {
                    f = f.resolve("index.html");
                }
                if (!f.startsWith(root) || !Files.isRegularFile(f)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                String name = f.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                        : name.endsWith(".css") ? "text/css" : name.endsWith(".json") ? "application/json" : name.endsWith(".wasm") ? "application/wasm"
                        : "application/octet-stream";
                ex.getResponseHeaders().set("Content-Type", type);
                boolean gz = String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
                Path twin = f.resolveSibling(name + ".gz");
                byte[] body;
                if (gz && Files.isRegularFile(twin)) {
                    body = Files.readAllBytes(twin);
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                } else if (gz && !type.equals("application/octet-stream")) {
                    ByteArrayOutputStream bos = new ByteArrayOutputStream();
                    try (GZIPOutputStream z = new GZIPOutputStream(bos) {
                        {
                            def.setLevel(6);
                        }
                    }) {
                        z.write(Files.readAllBytes(f));
                    }
                    body = bos.toByteArray();
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                } else {
                    body = Files.readAllBytes(f);
                }
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
