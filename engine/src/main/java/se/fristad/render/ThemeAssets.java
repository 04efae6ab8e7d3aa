package se.fristad.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.fristad.search.ClientScript;

/**
 * The theme's files as a build publishes them: all in one folder named by a hash of them all,
 * {@code assets/<8 hex>/} ({@code assets/css/fristad.css} is published as {@code assets/1a2b3c4d/css/fristad.css}).
 * The same files give the same name; one changed byte gives a new folder beside the old one. So a site published file
 * by file — new files first, then the pages, old files deleted last — never shows a page with another build's
 * stylesheet or scripts, and a browser may keep the files as long as it likes. The files move together, so the
 * relative addresses between them ({@code url(../icons/…)}, a script's chains beside it) keep working.
 *
 * <p>Everything else in the build names the files by their path in the theme ({@code assets/css/fristad.css}): the
 * checks, the pictograms, a content link to {@code /assets/…}; {@link #published} gives the address in the site.
 */
public final class ThemeAssets {
    /** The folder of the theme's files in a site directory, in the theme, and (with the hash below it) in the site. */
    public static final String FOLDER = "assets/";

    private final Map<String, Path> files;
    private final String folder;

    private ThemeAssets(Map<String, Path> files, String folder) {
        this.files = files;
        this.folder = folder;
    }

    /** The theme's files ({@link Theme#assets}: path in the theme → file) and the folder their hash names. */
    public static ThemeAssets of(Map<String, Path> files) throws IOException {
        Map<String, Path> sorted = new TreeMap<>(files);
        MessageDigest digest = sha256();
        byte[] buffer = new byte[8192];
        for (Map.Entry<String, Path> f : sorted.entrySet()) {
            // each file's path and its bytes as published: the same files give the same name on any machine
            digest.update((f.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
            Optional<byte[]> shipped = shipped(f.getKey(), f.getValue());
            if (shipped.isPresent()) {
                digest.update((shipped.get().length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(shipped.get());
            } else {
                digest.update((Files.size(f.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f.getValue())) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        }
        String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        return new ThemeAssets(java.util.Collections.unmodifiableMap(sorted), FOLDER + hash + "/");
    }

    /** Path in the theme ({@code assets/css/fristad.css}) → file, sorted. */
    public Map<String, Path> files() {
        return files;
    }

    /** Whether {@code path} ({@code assets/css/fristad.css}) is a file of the theme. */
    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** The folder the files are published in, below the site's top: {@code assets/1a2b3c4d/}. */
    public String folder() {
        return folder;
    }

    /** Where a file of the theme ({@code assets/css/fristad.css}) is in the site: {@code assets/1a2b3c4d/css/fristad.css}. */
    public String published(String path) {
        if (!path.startsWith(FOLDER)) {
            throw new IllegalArgumentException("not a theme file: " + path);
        }
        return folder + path.substring(FOLDER.length());
    }

    /** Whether a folder name below {@code assets/} of a built site has the form of this folder's name. */
    public static boolean isFolderName(String name) {
        return name.matches("[0-9a-f]{8}");
    }

    /**
     * The bytes to publish for {@code path} when they differ from the file's: the search client and its chains lose
     * their comment lines ({@link ClientScript}); other files are published as they are (empty).
     */
    public static Optional<byte[]> shipped(String path, Path file) throws IOException {
        if (!ClientScript.isClient(path)) {
            return Optional.empty();
        }
        return Optional.of(ClientScript.shipped(Files.readString(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
