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
        // the folders both addresses share, up to the last '/' they have in common
        int common = 0;
        int n = Math.min(fromUrl.length(), toUrl.length());
        for (int i = 0; i < n && fromUrl.charAt(i) == toUrl.charAt(i); i++) {
            if (fromUrl.charAt(i) == '/') {
                common = i + 1;
            }
        }
        int ups = 0;
        for (int i = common; i < fromUrl.length(); i++) {
            if (fromUrl.charAt(i) == '/') {
                ups++;
            }
        }
        StringBuilder out = new StringBuilder(ups * 3 + toUrl.length() - common);
        for (int i = 0; i < ups; i++) {
            out.append("../");
        }
        out.append(toUrl, common, toUrl.length());
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
