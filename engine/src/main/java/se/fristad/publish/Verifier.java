package se.fristad.publish;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a published site as a resident's browser meets it, and says in Swedish what is wrong and how IT fixes it:
 * pages missing or stale (against the site's {@value Manifest#NAME}, and against the last build when there is one),
 * the security headers on every page, HTTPS, each edition's page-not-found answered with status 404, compressed search
 * files, no request to another host, and no cookie.
 */
public final class Verifier {
    /** One thing found: an error (exit 1) or a note. */
    public record Finding(boolean error, String where, String what, String fix) {
        public String format() {
            return (error ? "FEL  " : "OBS  ") + where + ": " + what + (fix.isEmpty() ? "" : " — " + fix);
        }
    }

    /** A header every page must carry: its name, what it must contain, and the nginx line that sends it. */
    private record Header(String name, Pattern wanted, String describe, String nginx) {
    }

    private static final String DOC = "docs/webbserver.md";
    private static final List<Header> HEADERS = List.of(
            new Header("Content-Security-Policy", Pattern.compile("(?i).*default-src\\s+'self'.*"), "default-src 'self'",
                    "add_header Content-Security-Policy \"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                            + "form-action 'self'; frame-ancestors 'none'\" always;"),
            new Header("Content-Security-Policy", Pattern.compile("(?i).*frame-ancestors\\s+'none'.*"), "frame-ancestors 'none' (ingen annan webbplats får rama in sidorna)",
                    "lägg till frame-ancestors 'none' i add_header Content-Security-Policy …"),
            new Header("Referrer-Policy", Pattern.compile("(?i)\\s*no-referrer\\s*"), "no-referrer",
                    "add_header Referrer-Policy \"no-referrer\" always;"),
            new Header("X-Content-Type-Options", Pattern.compile("(?i)\\s*nosniff\\s*"), "nosniff",
                    "add_header X-Content-Type-Options \"nosniff\" always;"),
            new Header("Permissions-Policy", Pattern.compile("(?i).*geolocation=\\(\\).*"), "geolocation=() med flera",
                    "add_header Permissions-Policy \"geolocation=(), camera=(), microphone=(), interest-cohort=()\" always;"));
    /** What a page loads by itself (links a reader clicks are not requests). */
    private static final String LOADS = "script[src], link[href], img[src], img[srcset], source[src], source[srcset], video[src], video[poster], "
            + "audio[src], track[src], iframe[src], embed[src], object[data], input[src], meta[http-equiv=refresh]";
    private static final Pattern CSS_URL = Pattern.compile("(?i)(?:url\\(\\s*['\"]?|@import\\s+['\"])(https?:)?//([^/'\")\\s]+)");
    private static final int PARALLEL = 8;

    private final URI base;
    private final HttpClient http;
    private final Manifest local;
    private final Consumer<String> log;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param base  the site's address ({@code https://stod.kommun.se/})
     * @param local the last build's files, to find a publish that did not happen; or {@code null}
     */
    public Verifier(URI base, Manifest local, Consumer<String> log) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.local = local;
        this.log = log;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public List<Finding> run() throws InterruptedException {
        https();
        Optional<Manifest> published = manifest();
        if (published.isEmpty()) {
            return findings;
        }
        Manifest remote = published.get();
        if (local != null) {
            compare(remote);
        }
        Map<String, HttpResponse<byte[]>> responses = fetchAll(remote);
        pages(remote, responses);
        headers(responses);
        cookies(responses);
        foreignHosts(remote, responses);
        notFound(remote);
        compressed(remote);
        return findings;
    }

    private void https() {
        if ("https".equalsIgnoreCase(base.getScheme())) {
            return;
        }
        if (loopback(base.getHost())) {
            findings.add(new Finding(false, base.toString(), "HTTPS kontrolleras inte på en lokal adress", ""));
        } else {
            findings.add(new Finding(true, base.toString(), "webbplatsen nås utan HTTPS, så den som delar nätet kan se vilka sidor som läses",
                    "skaffa ett certifikat (till exempel Let's Encrypt) och skicka http:// vidare till https:// (" + DOC + ")"));
        }
    }

    private Optional<Manifest> manifest() throws InterruptedException {
        URI uri = base.resolve(Manifest.NAME);
        try {
            HttpResponse<byte[]> r = get(uri, false);
            if (r.statusCode() == 200) {
                return Optional.of(Manifest.parse(new String(r.body(), StandardCharsets.UTF_8)));
            }
            findings.add(new Finding(true, uri.toString(), "servern svarar " + r.statusCode() + ", så det går inte att se vad som är publicerat",
                    "publicera med fristad publish (den lägger dit " + Manifest.NAME + "), och låt servern visa filen"));
        } catch (IOException e) {
            findings.add(new Finding(true, base.toString(), "servern går inte att nå: " + reason(e),
                    "kontrollera adressen; nås servern från den här datorn (VPN, brandvägg)?"));
        }
        return Optional.empty();
    }

    private void compare(Manifest remote) {
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> e : local.files().entrySet()) {
            if (!e.getValue().equals(remote.files().get(e.getKey()))) {
                differ.add(e.getKey());
            }
        }
        remote.files().keySet().stream().filter(k -> !local.files().containsKey(k)).forEach(differ::add);
        if (!differ.isEmpty()) {
            findings.add(new Finding(true, base.resolve(Manifest.NAME).toString(), "servern har inte det senaste bygget: "
                    + Publisher.count(differ.size(), "fil skiljer", "filer skiljer") + " (" + Publisher.sample(differ) + ")",
                    "kör fristad publish"));
        }
    }

    /** Every page, stylesheet and script of the manifest, and each edition's search entry file: fetched side by side. */
    private Map<String, HttpResponse<byte[]>> fetchAll(Manifest remote) throws InterruptedException {
        Map<String, HttpResponse<byte[]>> out = new ConcurrentSkipListMap<>();
        Map<String, String> failed = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(PARALLEL);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String rel : remote.files().keySet()) {
            if (!(rel.endsWith(".html") || rel.endsWith(".css") || rel.endsWith(".js") && !rel.startsWith("search/") || rel.matches("search/[^/]+/meta\\.js"))) {
                continue;
            }
            slots.acquire();
            HttpRequest request = HttpRequest.newBuilder(address(rel)).timeout(Duration.ofSeconds(30)).header("User-Agent", "fristad-verify").GET().build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                slots.release();
                if (e != null) {
                    failed.put(rel, reason(e));
                } else {
                    out.put(rel, r);
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        failed.forEach((rel, why) -> findings.add(new Finding(true, address(rel).toString(), "gick inte att hämta: " + why,
                "kontrollera att servern är igång och svarar")));
        log.accept("Hämtade " + out.size() + " filer från " + base + ".");
        return out;
    }

    private void pages(Manifest remote, Map<String, HttpResponse<byte[]>> responses) {
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        responses.forEach((rel, r) -> {
            if (r.statusCode() != 200) {
                missing.add(rel + " (" + r.statusCode() + ")");
            } else if (!Manifest.sha256(r.body()).equals(remote.files().get(rel))) {
                stale.add(rel);
            }
        });
        if (!missing.isEmpty()) {
            findings.add(new Finding(true, base.toString(), Publisher.count(missing.size(), "sida eller fil", "sidor och filer")
                    + " som är publicerade svarar inte: " + Publisher.sample(missing),
                    "kör fristad publish igen; svarar de ändå inte, kontrollera serverns root och try_files (" + DOC + ")"));
        }
        if (!stale.isEmpty()) {
            findings.add(new Finding(true, base.toString(), Publisher.count(stale.size(), "sida eller fil", "sidor och filer")
                    + " skickas i en annan version än den publicerade: " + Publisher.sample(stale),
                    "töm cachen i CDN:en eller proxyn framför servern, eller låt den fråga servern om HTML-sidor varje gång"));
        }
    }

    private void headers(Map<String, HttpResponse<byte[]>> responses) {
        Map<Header, List<String>> lacking = new LinkedHashMap<>();
        int pages = 0;
        for (Map.Entry<String, HttpResponse<byte[]>> e : responses.entrySet()) {
            if (!e.getKey().endsWith(".html") || e.getValue().statusCode() != 200) {
                continue;
            }
            pages++;
            for (Header h : HEADERS) {
                List<String> values = e.getValue().headers().allValues(h.name());
                boolean ok = !values.isEmpty() && values.stream().allMatch(v -> h.wanted().matcher(v).matches());
                if (!ok) {
                    lacking.computeIfAbsent(h, k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        java.util.Set<String> absentNamed = new java.util.HashSet<>();
        for (Map.Entry<Header, List<String>> e : lacking.entrySet()) {
            Header h = e.getKey();
            boolean absent = responses.get(e.getValue().get(0)).headers().allValues(h.name()).isEmpty();
            if (absent && !absentNamed.add(h.name())) {
                continue; // one line for a header that is not there at all
            }
            findings.add(new Finding(true, address(e.getValue().get(0)).toString(), "rubriken " + h.name() + " "
                    + (absent ? "saknas" : "säger inte " + h.describe()) + " (" + e.getValue().size() + " av " + pages + " sidor)",
                    "nginx: " + (absent && h.name().equals("Content-Security-Policy") ? HEADERS.get(0).nginx() : h.nginx())
                            + " (Apache och andra servrar: " + DOC + ")"));
        }
    }

    private void cookies(Map<String, HttpResponse<byte[]>> responses) {
        Map<String, String> names = new TreeMap<>();
        responses.forEach((rel, r) -> r.headers().allValues("Set-Cookie").forEach(c -> names.putIfAbsent(c.split("=", 2)[0].strip(), rel)));
        names.forEach((name, rel) -> findings.add(new Finding(true, address(rel).toString(), "servern sätter kakan " + name
                        + ", och en kaka visar att någon har besökt webbplatsen",
                "ta bort det som sätter kakan (en lastbalanserare, ett analysverktyg, kommunens huvudwebbplats på samma domän med Domain=); "
                        + "ge webbplatsen ett eget värdnamn som inga kakor delas med")));
    }

    private void foreignHosts(Manifest remote, Map<String, HttpResponse<byte[]>> responses) {
        Map<String, String> seen = new TreeMap<>();
        String host = base.getHost().toLowerCase(Locale.ROOT);
        responses.forEach((rel, r) -> {
            if (r.statusCode() != 200) {
                return;
            }
            String text = new String(r.body(), StandardCharsets.UTF_8);
            if (rel.endsWith(".html")) {
                Document doc = Jsoup.parse(text, address(rel).toString());
                for (Element el : doc.select(LOADS)) {
                    if (el.normalName().equals("link") && el.attr("rel").toLowerCase(Locale.ROOT).matches(".*\\b(canonical|alternate|author|license|help|next|prev)\\b.*")) {
                        continue;
                    }
                    for (String attr : List.of("src", "href", "srcset", "poster", "data", "content")) {
                        if (!el.hasAttr(attr)) {
                            continue;
                        }
                        for (String candidate : el.attr(attr).split(",")) {
                            String url = candidate.strip().split("\\s+")[0];
                            if (attr.equals("content")) {
                                int i = url.toLowerCase(Locale.ROOT).indexOf("url=");
                                url = i < 0 ? "" : url.substring(i + 4);
                            }
                            String other = url.isEmpty() ? null : otherHost(resolve(address(rel), url), host);
                            if (other != null) {
                                seen.putIfAbsent(other, rel);
                            }
                        }
                    }
                }
            } else if (rel.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(text);
                while (m.find()) {
                    if (!m.group(2).equalsIgnoreCase(host)) {
                        seen.putIfAbsent(m.group(2), rel);
                    }
                }
            }
        });
        seen.forEach((other, rel) -> findings.add(new Finding(true, address(rel).toString(), "sidan hämtar något från " + other
                        + ", som då får veta vem som besöker webbplatsen",
                "det är inte Fristads egna sidor: något på vägen (en proxy, serverns inställningar) eller en ändrad mall lägger till det — ta bort det")));
    }

    private void notFound(Manifest remote) throws InterruptedException {
        List<String> wrongPage = new ArrayList<>();
        String first = null;
        for (String rel : remote.files().keySet()) {
            if (!rel.equals("404.html") && !rel.matches("[^/]+/404\\.html")) {
                continue;
            }
            String folder = rel.substring(0, rel.length() - "404.html".length());
            URI uri = base.resolve(folder + "fristad-verify-finns-inte-" + Long.toHexString(System.nanoTime()));
            String edition = folder.isEmpty() ? "källspråket" : folder.substring(0, folder.length() - 1);
            try {
                HttpResponse<byte[]> r = get(uri, false);
                if (r.statusCode() != 404) {
                    findings.add(new Finding(true, uri.toString(), "en sida som inte finns svarar med status " + r.statusCode() + " i stället för 404",
                            "nginx: location / { try_files $uri $uri/ =404; } (" + DOC + ")"));
                } else if (!Manifest.sha256(r.body()).equals(remote.files().get(rel))) {
                    if (folder.isEmpty()) {
                        findings.add(new Finding(true, uri.toString(), "en sida som inte finns visar inte webbplatsens egen sida (/404.html)",
                                "nginx: error_page 404 /404.html; (" + DOC + ")"));
                    } else {
                        wrongPage.add(edition);
                        first = first == null ? uri.toString() : first;
                    }
                }
            } catch (IOException e) {
                findings.add(new Finding(true, uri.toString(), "gick inte att hämta: " + reason(e), "kontrollera att servern är igång och svarar"));
            }
        }
        if (!wrongPage.isEmpty()) {
            findings.add(new Finding(true, first, "en sida som inte finns visar inte språkets egen sida i " + String.join(", ", wrongPage)
                    + " (den som läser arabiska får ett svenskt eller tomt svar)",
                    "nginx: location ~ ^/(?<edition>" + String.join("|", wrongPage) + ")/ { try_files $uri $uri/ =404; error_page 404 /$edition/404.html; } ("
                            + DOC + ")"));
        }
    }

    private void compressed(Manifest remote) throws InterruptedException {
        for (String rel : remote.files().keySet()) {
            if (!rel.matches("search/[^/]+/meta\\.js") || !remote.files().containsKey(rel + ".gz")) {
                continue;
            }
            URI uri = address(rel);
            try {
                HttpResponse<byte[]> r = get(uri, true);
                String encoding = r.headers().firstValue("Content-Encoding").orElse("");
                if (r.statusCode() == 200 && !encoding.matches("(?i)gzip|br|zstd")) {
                    findings.add(new Finding(true, uri.toString(), "sökfilerna skickas okomprimerade, så sökningen tar längre tid på en långsam telefon",
                            "nginx: gzip_static on; i server-blocket (filerna finns redan packade som .gz bredvid; " + DOC + ")"));
                }
            } catch (IOException e) {
                findings.add(new Finding(true, uri.toString(), "gick inte att hämta: " + reason(e), "kontrollera att servern är igång och svarar"));
            }
            return; // one edition tells how the server treats them all
        }
    }

    private HttpResponse<byte[]> get(URI uri, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", "fristad-verify").GET();
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The address a reader uses for a file: a folder's index.html is asked for as the folder. */
    private URI address(String rel) {
        if (rel.equals("index.html")) {
            return base;
        }
        return base.resolve(rel.endsWith("/index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
    }

    private static String resolve(URI page, String url) {
        try {
            return page.resolve(url.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String otherHost(String url, String host) {
        if (!url.matches("(?i)(https?:)?//.*")) {
            return null;
        }
        try {
            String h = URI.create(url.startsWith("//") ? "https:" + url : url).getHost();
            return h == null || h.equalsIgnoreCase(host) ? null : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean loopback(String host) {
        try {
            return host != null && (host.equalsIgnoreCase("localhost") || InetAddress.getByName(host).isLoopbackAddress());
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof javax.net.ssl.SSLException) {
            return "HTTPS-certifikatet godtas inte (" + t.getMessage() + ")";
        }
        if (t instanceof java.net.ConnectException) {
            return "anslutningen nekades";
        }
        if (t instanceof java.net.http.HttpTimeoutException) {
            return "inget svar inom 30 sekunder";
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
