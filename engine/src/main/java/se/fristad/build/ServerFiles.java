package se.fristad.build;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.fristad.config.Language;
import se.fristad.load.StaticFile;
import se.fristad.model.Site;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;
import se.fristad.render.PageRenderer;
import se.fristad.render.SecurityPolicy;

/**
 * The server settings that travel with the site, at the top of the output: {@code .htaccess} (Apache 2.4) and
 * {@code _headers} and {@code _redirects} (Netlify, Cloudflare Pages). Each sends {@link SecurityPolicy#headers()} and
 * shows a reader who asks for a missing address the "page not found" of the edition the address lies in, every
 * address under the path of {@code baseURL}. A server that does not read them serves them as small text files that
 * no page links to; what a reader receives is otherwise the same.
 *
 * <p>A site whose content has its own {@code _headers} or {@code _redirects} ({@code content/<source>/_headers}) keeps
 * it: that file is published, Fristad's is not written, and the build warns when the site's file lacks a line
 * Fristad's would have had.
 */
final class ServerFiles {
    static final String HTACCESS = ".htaccess";
    static final String HEADERS = "_headers";
    static final String REDIRECTS = "_redirects";

    private ServerFiles() {
    }

    /** Site-relative path → contents: the files the site's content does not provide itself. */
    static Map<String, byte[]> render(Site site, Problems problems) {
        String root = PageRenderer.rootPath(site.config().baseUrl()); // "/" or "/stod/", as in the 404 pages' links
        List<String[]> editions = editions(site, root); // {folder, its 404 page}, the source language's last
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(HTACCESS, utf8(htaccess(site, root, editions)));
        Map<String, String> headers = SecurityPolicy.headers();
        List<String> headerLines = new ArrayList<>();
        headers.forEach((name, value) -> headerLines.add(name + ": " + value));
        ownOrOurs(site, HEADERS, headersFile(root, headerLines), headerLines, out, problems,
                "add the missing lines under its " + root + "* line, indented (docs/webbserver.md)");
        List<String> rules = new ArrayList<>();
        for (String[] e : editions) {
            // at the server's top the host shows /404.html by itself; a line that catches every address is left out
            if (!e[0].equals("/")) {
                rules.add(e[0] + "*  " + e[1] + "  404");
            }
        }
        ownOrOurs(site, REDIRECTS, redirectsFile(rules), rules, out, problems,
                "add the missing lines, before any line that catches " + root + "* (docs/webbserver.md)");
        return out;
    }

    /**
     * Every edition's folder and 404 page from the server's root, the other editions first and the source language
     * (the site's top, which holds them) last: {@code {"/stod/en/", "/stod/en/404.html"}}.
     */
    private static List<String[]> editions(Site site, String root) {
        List<String[]> out = new ArrayList<>();
        for (Language l : site.languages()) {
            if (!l.equals(site.config().source())) {
                out.add(new String[] {root + l.code() + "/", root + l.code() + "/404.html"});
            }
        }
        out.add(new String[] {root, root + "404.html"});
        return out;
    }

    private static String htaccess(Site site, String root, List<String[]> editions) {
        StringBuilder b = new StringBuilder();
        b.append("# Written by Fristad (fristad build) for Apache 2.4: the security headers every page needs, and the page\n")
                .append("# not found in the reader's language. Apache reads it with AllowOverride FileInfo for this folder; the\n")
                .append("# headers need mod_headers. Other servers ignore it. See docs/webbserver.md.\n");
        b.append("<IfModule mod_headers.c>\n");
        SecurityPolicy.headers().forEach((name, value) -> b.append("  Header always set ").append(name).append(" \"").append(value).append("\"\n"));
        b.append("</IfModule>\n");
        b.append("AddDefaultCharset utf-8\n");
        b.append("# page not found, in the reader's language: one block per edition folder\n");
        String[] top = editions.get(editions.size() - 1);
        b.append("ErrorDocument 404 ").append(top[1]).append('\n');
        String decodedRoot = decodedPath(site.config().baseUrl());
        for (Language l : site.languages()) {
            if (l.equals(site.config().source())) {
                continue;
            }
            b.append("<If \"%{REQUEST_URI} =~ m#^").append(regex(decodedRoot + l.code() + "/")).append("#\">\n")
                    .append("  ErrorDocument 404 ").append(root).append(l.code()).append("/404.html\n")
                    .append("</If>\n");
        }
        return b.toString();
    }

    private static String headersFile(String root, List<String> lines) {
        StringBuilder b = new StringBuilder("# Written by Fristad (fristad build): the security headers every page needs, for Netlify, Cloudflare\n"
                + "# Pages and other hosts that read _headers. See docs/webbserver.md.\n");
        b.append(root).append("*\n");
        for (String l : lines) {
            b.append("  ").append(l).append('\n');
        }
        return b.toString();
    }

    private static String redirectsFile(List<String> rules) {
        StringBuilder b = new StringBuilder("# Written by Fristad (fristad build): the page not found in the reader's language, for Netlify and\n"
                + "# other hosts that read _redirects (they serve a file that exists; these lines answer only addresses the\n"
                + "# site lacks). Cloudflare Pages finds each edition's 404.html by itself. See docs/webbserver.md.\n");
        for (String r : rules) {
            b.append(r).append('\n');
        }
        return b.toString();
    }

    /**
     * Puts {@code ours} at {@code name} unless the site's content has its own file there; then the site's file is
     * published as it is, and a warning names the lines of ours it lacks (compared with spaces made single and, for
     * a header, its name in any case).
     */
    private static void ownOrOurs(Site site, String name, String ours, List<String> lines, Map<String, byte[]> out, Problems problems,
                                  String how) {
        Optional<StaticFile> own = site.fileAt(name);
        if (own.isEmpty()) {
            if (!lines.isEmpty()) { // a site in one language at the server's top needs no _redirects
                out.put(name, utf8(ours));
            }
            return;
        }
        String text;
        try {
            text = Files.readString(own.get().file(), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            text = ""; // not text: every line is missing; copying it reports what is wrong with the file
        }
        List<String> have = text.lines().map(ServerFiles::normal).toList();
        List<String> missing = lines.stream().filter(l -> !have.contains(normal(l))).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.warning(own.get().file(), 1, 1,
                    "the site's own " + name + " is published instead of the one Fristad writes, and it lacks "
                            + (missing.size() == 1 ? "this line" : "these lines") + ": " + String.join(" | ", missing),
                    how + "; or delete the file and the build writes " + name + " with them"));
        }
    }

    /** A line compared with the lines of a site's own file: trimmed, spaces single, a header's name in lower case. */
    private static String normal(String line) {
        String s = line.strip().replaceAll("\\s+", " ");
        int colon = s.indexOf(':');
        if (colon > 0 && !s.startsWith("/")) {
            s = s.substring(0, colon).strip().toLowerCase(Locale.ROOT) + ": " + s.substring(colon + 1).strip();
        }
        return s;
    }

    /** The path of {@code baseURL} as the server compares it with {@code REQUEST_URI} (decoded), with a final slash. */
    private static String decodedPath(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return "/";
        }
        String path = URI.create(baseUrl).getPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /** {@code s} matched literally in a Perl regex between {@code #} delimiters. */
    private static String regex(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '_') {
                b.append(c);
            } else {
                b.append('\\').append(c);
            }
        }
        return b.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
