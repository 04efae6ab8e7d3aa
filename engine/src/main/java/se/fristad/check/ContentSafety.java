package se.fristad.check;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * Keeps a resident's visit private and the pages within their Content-Security-Policy: HTML written in
 * Markdown may not run scripts, embed other sites, style inline or load anything from another host.
 */
public final class ContentSafety {
    /** Elements that run code, embed another document or change how the page loads. */
    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "style", "base", "meta", "link", "form", "portal");
    /** Attributes whose address the browser fetches by itself, without the reader clicking. */
    private static final Set<String> FETCHED = Set.of("src", "srcset", "poster", "data", "background", "lowsrc", "dynsrc");
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "srcset", "poster", "data", "action", "formaction",
            "background", "cite", "xlink:href");
    private static final Pattern JAVASCRIPT = Pattern.compile("^\\s*(javascript|vbscript|data\\s*:\\s*text/html)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_HOST = Pattern.compile("(^|,)\\s*(https?:)?//", Pattern.CASE_INSENSITIVE);

    private ContentSafety() {
    }

    /** True for an address that makes the browser run code. */
    public static boolean isScriptUrl(String url) {
        return JAVASCRIPT.matcher(url).find();
    }

    /** True for an address on another host. */
    public static boolean isOtherHost(String url) {
        return OTHER_HOST.matcher(url).find();
    }

    /** Checks one piece of HTML written in a Markdown file at {@code line:column}. */
    public static void checkHtml(Path file, int line, int column, String html, Problems problems) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(tag)) {
                problems.add(Problem.error(file, line, column, "<" + tag + "> is not allowed in content",
                        hint(tag)));
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(Problem.error(file, line, column, "event handler " + name + "= is not allowed in content",
                            "pages run no scripts of their own; remove the attribute"));
                } else if (name.equals("style")) {
                    problems.add(Problem.error(file, line, column, "style= is not allowed in content",
                            "inline styles break the pages' Content-Security-Policy; use Markdown, or a class from the theme's stylesheet"));
                } else if (URL_ATTRS.contains(name) && isScriptUrl(a.getValue())) {
                    problems.add(Problem.error(file, line, column, name + "=\"" + a.getValue().strip() + "\" runs a script",
                            "link to a page or file instead"));
                } else if (FETCHED.contains(name) && isOtherHost(a.getValue())) {
                    problems.add(Problem.error(file, line, column, "<" + tag + "> loads " + a.getValue().strip() + " from another host",
                            "nothing may load from another host (it tells that host who visits); save the file in content/ and link to it"));
                }
            }
        }
    }

    private static String hint(String tag) {
        return switch (tag) {
            case "script" -> "pages run no scripts of their own; the theme provides what the site needs";
            case "iframe", "frame", "frameset", "object", "embed", "applet", "portal" ->
                    "embedded content tells another host who visits; link to it instead: [text](https://…)";
            case "style" -> "inline styles break the pages' Content-Security-Policy; put styles in assets/ of your theme";
            case "form" -> "forms would send what a resident types somewhere; link to the service's own page instead";
            default -> "remove it; the theme sets the page's head";
        };
    }
}
