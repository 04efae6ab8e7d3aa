package se.fristad.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The theme's pictograms ({@code assets/icons/<name>.svg}) as markup to put in pages: inline, so they take the
 * text colour ({@code currentColor}, also in the dark scheme), load nothing and work from disk. They are
 * decorative: the text beside them says what they show.
 */
public final class Icons {
    private static final Pattern PROLOG = Pattern.compile("(?s)<\\?xml.*?\\?>|<!--.*?-->");

    private Icons() {
    }

    /** Name ({@code call}) → {@code <svg class="icon icon-call" aria-hidden="true" …>…</svg>}. */
    public static Map<String, String> read(Map<String, Path> assets) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Path> a : assets.entrySet()) {
            String key = a.getKey();
            if (!key.startsWith("assets/icons/") || !key.endsWith(".svg") || key.indexOf('/', "assets/icons/".length()) >= 0) {
                continue;
            }
            String name = key.substring("assets/icons/".length(), key.length() - ".svg".length());
            String svg = PROLOG.matcher(Files.readString(a.getValue(), StandardCharsets.UTF_8)).replaceAll("").strip();
            int open = svg.indexOf("<svg");
            if (open < 0) {
                continue;
            }
            String attrs = " class=\"icon icon-" + name + "\"" + (svg.contains("aria-hidden") ? "" : " aria-hidden=\"true\"")
                    + (svg.contains("focusable") ? "" : " focusable=\"false\"");
            out.put(name, svg.substring(open, open + 4) + attrs + svg.substring(open + 4).replaceAll(">\\s+<", "><"));
        }
        return out;
    }
}
