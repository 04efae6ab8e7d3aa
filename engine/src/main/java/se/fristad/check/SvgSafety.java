package se.fristad.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * An SVG picture is a document that can run scripts and load from other hosts when it is opened by itself (a link to
 * it, "open image in new tab"), from the site's own address. So an SVG the site publishes may hold no {@code <script>},
 * no {@code on…=} handler, no {@code javascript:} address, no embedded HTML ({@code <foreignObject>}) and nothing it
 * would fetch from another host ({@code href}, {@code src}, {@code url(…)}, {@code @import}).
 */
public final class SvgSafety {
    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
    private static final Pattern CSS_URL = Pattern.compile("(?i)(url\\(\\s*['\"]?\\s*|@import\\s+(url\\(\\s*)?['\"]?\\s*)((https?:)?//[^'\")\\s]+)");

    private SvgSafety() {
    }

    /** Checks the SVG file {@code file}, naming {@code shown} in messages. */
    public static void check(Path file, Path shown, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error(shown, 1, 1, "cannot read the picture as text (SVG is text): " + e.getMessage(),
                    "save the picture again as plain SVG (UTF-8), or as PNG"));
            return;
        }
        Document doc = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
        for (Element e : doc.getAllElements()) {
            String name0 = e.tagName().toLowerCase(Locale.ROOT);
            String tag = name0.substring(name0.indexOf(':') + 1); // svg:script is a script too
            int[] at = position(e.sourceRange().start(), 1, 1);
            if (FORBIDDEN.contains(tag)) {
                problems.add(Problem.error(shown, at[0], at[1], "<" + e.tagName() + "> in an SVG picture can run code or embed a page",
                        "save the picture without it (in your drawing program: export as plain SVG), or as PNG"));
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                int[] where = position(e.attributes().sourceRange(a.getKey()).nameRange().start(), at[0], at[1]);
                if (name.startsWith("on")) {
                    problems.add(Problem.error(shown, where[0], where[1], "event handler " + a.getKey() + "= in an SVG picture runs code",
                            "remove the attribute, or save the picture as PNG"));
                } else if (ContentSafety.isScriptUrl(value)) {
                    problems.add(Problem.error(shown, where[0], where[1], a.getKey() + "=\"" + value.strip() + "\" in an SVG picture runs a script",
                            "remove the attribute, or save the picture as PNG"));
                } else if (name.startsWith("xmlns")) {
                    continue; // a namespace name, never fetched
                } else if ((name.equals("href") || name.endsWith(":href") || name.equals("src")) && ContentSafety.isOtherHost(value)
                        && !tag.equals("a")) {
                    otherHost(shown, where, value.strip(), problems);
                } else {
                    cssUrls(shown, value, where[0], where[1], problems);
                }
            }
            if (tag.equals("style")) {
                cssUrls(shown, e.wholeText(), at[0], at[1], problems);
            }
        }
    }

    private static void cssUrls(Path shown, String css, int line, int column, Problems problems) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            int lines = (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            otherHost(shown, new int[] {line + lines, lines == 0 ? column : 1}, m.group(3), problems);
        }
    }

    private static void otherHost(Path shown, int[] at, String url, Problems problems) {
        problems.add(Problem.error(shown, at[0], at[1], "the SVG picture loads " + url + " from another host",
                "nothing may load from another host (it tells that host who visits): put what it shows into the picture itself"));
    }

    private static int[] position(Range.Position p, int line, int column) {
        return p.isTracked() ? new int[] {p.lineNumber(), p.columnNumber()} : new int[] {line, column};
    }
}
