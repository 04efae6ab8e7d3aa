package se.fristad.model;

/** Arithmetic on page keys: {@code a/b.md} lies in the folder whose page is {@code a/index.md}. */
public final class Keys {
    public static final String HOME = "index.md";
    /** The search page of every edition ({@code /sok/}). */
    public static final String SEARCH = "sok/index.md";
    /** The list of all pages of an edition, A–Z ({@code /sok/alla-sidor/}): search without JavaScript. */
    public static final String AZ = "sok/alla-sidor.md";

    private Keys() {
    }

    /** The folder page that lists {@code key}, or null for the home page. */
    public static String parent(String key) {
        if (key.equals(HOME)) {
            return null;
        }
        String dir = dir(key);
        if (isIndex(key)) {
            // a/b/index.md lies in a/
            String withoutSlash = dir.substring(0, dir.length() - 1);
            int slash = withoutSlash.lastIndexOf('/');
            return slash < 0 ? HOME : withoutSlash.substring(0, slash + 1) + HOME;
        }
        return dir + HOME;
    }

    /** The folder part of a key, with trailing slash, or "" at the top. */
    public static String dir(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash + 1);
    }

    public static boolean isIndex(String key) {
        return key.equals(HOME) || key.endsWith("/" + HOME);
    }

    /** File or folder name the key stands for, without {@code .md}: {@code a/b.md → b}, {@code a/index.md → a}. */
    public static String name(String key) {
        String k = isIndex(key) ? dir(key) : key;
        if (k.endsWith("/")) {
            k = k.substring(0, k.length() - 1);
        }
        if (k.endsWith(".md")) {
            k = k.substring(0, k.length() - 3);
        }
        int slash = k.lastIndexOf('/');
        return slash < 0 ? k : k.substring(slash + 1);
    }
}
