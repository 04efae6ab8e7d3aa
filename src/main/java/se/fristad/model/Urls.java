package se.fristad.model;

/**
 * Site-relative addresses ({@code en/stod/bris/}) turned into links relative to the page that holds them, so a
 * built site works in any folder of any server and when opened from disk.
 */
public final class Urls {
    private Urls() {
    }

    /**
     * The link from the page at {@code fromUrl} (a folder address ending in {@code /}, or "" for the home page)
     * to the site-relative {@code toUrl}.
     */
    public static String relative(String fromUrl, String toUrl) {
        String[] from = fromUrl.isEmpty() ? new String[0] : fromUrl.split("/");
        String[] to = toUrl.isEmpty() ? new String[0] : toUrl.split("/", -1);
        // to may end with "" when it is a folder ("a/b/" → [a, b, ""])
        int toDirs = toUrl.endsWith("/") || toUrl.isEmpty() ? to.length - (toUrl.isEmpty() ? 0 : 1) : to.length - 1;
        int common = 0;
        while (common < from.length && common < toDirs && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            out.append("../");
        }
        for (int i = common; i < to.length; i++) {
            out.append(to[i]);
            if (i < to.length - 1) {
                out.append('/');
            }
        }
        return out.length() == 0 ? "./" : out.toString();
    }

    /** Resolves {@code ../} and {@code ./} in a '/'-separated path; null when it climbs above the top. */
    public static String normalize(String path) {
        boolean dir = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..") || path.equals(".") || path.equals("..");
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        String joined = String.join("/", parts);
        return dir && !joined.isEmpty() ? joined + "/" : joined;
    }
}
