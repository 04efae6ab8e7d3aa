package se.fristad.search;

/**
 * The browser client as it is published: the source (search-index/src/main/js) without its comment lines. The
 * comments explain the code to its readers and are a seventh of what a resident would download; lines that are
 * only a comment ({@code // …}, or a {@code /* … *}{@code /} block starting a line) are dropped, everything else is
 * kept byte for byte, so what runs is exactly what the parity tests ran. A comment that names a copyright or a
 * licence stays (the Snowball stemmers' notice). A script with a template literal (a backtick), where such a line
 * could be text, is published as it is.
 */
public final class ClientScript {
    private ClientScript() {
    }

    /** Whether a site path is part of the client: {@code assets/js/search.js} and its chains. */
    public static boolean isClient(String sitePath) {
        return sitePath.equals("assets/js/search.js") || sitePath.startsWith("assets/js/search/") && sitePath.endsWith(".js");
    }

    private static boolean isNotice(CharSequence comment) {
        String c = comment.toString().toLowerCase(java.util.Locale.ROOT);
        return c.contains("copyright") || c.contains("licen") || c.contains("(c)");
    }

    /** {@code source} without its comment lines (unchanged if it has a backtick). */
    public static String shipped(String source) {
        if (source.indexOf('`') >= 0) {
            return source;
        }
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        StringBuilder block = null; // the comment block being read, kept only if it is a notice
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i] + (i < lines.length - 1 ? "\n" : "");
            String t = lines[i].strip();
            if (block != null) {
                block.append(line);
                if (t.endsWith("*/")) {
                    out.append(isNotice(block) ? block : "");
                    block = null;
                }
            } else if (t.startsWith("/*") && !t.contains("*/")) {
                block = new StringBuilder(line);
            } else if (t.startsWith("/*") && t.indexOf("*/") == t.length() - 2) {
                out.append(isNotice(t) ? line : "");
            } else if (!t.startsWith("//")) {
                out.append(line);
            }
        }
        return out.toString();
    }
}
