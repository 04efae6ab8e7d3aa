package se.fristad.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * The theme may not make pages load anything from another host either: no web fonts, CDNs, analytics or
 * embeds in templates, no {@code url(https://…)} or {@code @import} of another host in stylesheets. Nor may a template
 * name the theme's files at {@code ${site.root}assets/…}: they are published in a folder named by their content
 * ({@code ${site.assets}}), and such a link would load nothing — a page without its stylesheet and scripts.
 */
public final class ThemeSafety {
    private static final Pattern CSS_URL = Pattern.compile("(?i)(url\\(\\s*['\"]?\\s*|@import\\s+['\"]\\s*)((https?:)?//[^'\")\\s]+)");
    private static final Pattern FIXED_ASSETS = Pattern.compile("\\$\\{\\s*site\\.root\\s*}\\s*assets/");
    private static final Set<String> DESCRIPTIVE_RELS = Set.of("alternate", "canonical", "author", "license", "help", "next", "prev", "bookmark");

    private ThemeSafety() {
    }

    /**
     * @param templates template files by name (site's own and built-in), each with the path to show in messages
     * @param assets    asset files by site address
     */
    public static void check(Map<Path, Path> templates, Map<String, Path> assets, Problems problems) throws IOException {
        for (Map.Entry<Path, Path> t : templates.entrySet()) {
            String text = Files.readString(t.getValue(), StandardCharsets.UTF_8);
            Matcher fixed = FIXED_ASSETS.matcher(text);
            while (fixed.find()) {
                problems.add(Problem.error(t.getKey(), lineAt(text, fixed.start()), 1, fixed.group() + " names no file: the theme's files are published"
                                + " in a folder named by their content, assets/<hash>/",
                        "write ${site.assets} instead, e.g. ${site.assets}css/fristad.css"));
            }
            for (Element e : Jsoup.parse(text).getAllElements()) {
                if (e.tagName().equals("script") && e.attr("src").isEmpty() && !isDataBlock(e)) {
                    problems.add(Problem.error(t.getKey(), lineOf(text, e.data().isBlank() ? "<script" : e.data().strip()), 1, "inline <script> in a template",
                            "pages may run no inline script (their Content-Security-Policy is default-src 'self'): put the code in"
                                    + " assets/js/ and load it with <script src=\"…\" defer></script>; only <script type=\"application/ld+json\">"
                                    + " (data, not code) may be inline"));
                }
                for (String attr : new String[] {"src", "srcset", "poster", "data", "href"}) {
                    String v = e.attr(attr);
                    if (v.isEmpty() || !ContentSafety.isOtherHost(v)) {
                        continue;
                    }
                    boolean fetched = !attr.equals("href") || e.tagName().equals("link") && !DESCRIPTIVE_RELS.contains(e.attr("rel").toLowerCase());
                    if (fetched) {
                        problems.add(Problem.error(t.getKey(), lineOf(text, v), 1,
                                "<" + e.tagName() + "> loads " + v + " from another host",
                                "the site may load nothing from another host (it tells that host who visits); put the file in assets/"));
                    }
                }
            }
        }
        for (Map.Entry<String, Path> a : assets.entrySet()) {
            if (a.getKey().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                SvgSafety.check(a.getValue(), shown(a), problems);
            }
            if (!a.getKey().endsWith(".css")) {
                continue;
            }
            String css = Files.readString(a.getValue(), StandardCharsets.UTF_8);
            Matcher m = CSS_URL.matcher(css);
            while (m.find()) {
                problems.add(Problem.error(shown(a), lineOf(css, m.group(2)), 1, "stylesheet loads " + m.group(2) + " from another host",
                        "no web fonts or images from other hosts: put the file in assets/ and use a relative url()"));
            }
        }
    }

    /**
     * The one kind of inline {@code <script>} a template may hold: schema.org data ({@code application/ld+json}),
     * which browsers never run and the Content-Security-Policy does not block.
     */
    static boolean isDataBlock(Element script) {
        return script.attr("type").strip().equalsIgnoreCase("application/ld+json");
    }

    private static Path shown(Map.Entry<String, Path> asset) {
        return asset.getValue().getFileSystem() == java.nio.file.FileSystems.getDefault()
                ? asset.getValue() : Path.of("(built-in theme)/" + asset.getKey());
    }

    private static int lineOf(String text, String needle) {
        return lineAt(text, text.indexOf(needle));
    }

    private static int lineAt(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
