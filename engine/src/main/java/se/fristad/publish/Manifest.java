package se.fristad.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.fristad.write.AtomicOutput;

/**
 * The files of one published build and their SHA-256, as the published site's {@value #NAME}: one
 * {@code <sha256>  <path>} line a file, the format of {@code sha256sum}, so IT can check a copy with
 * {@code sha256sum -c fristad-manifest.txt}. {@code publish} replaces or removes only the files listed here (a file on
 * the server it did not publish is never touched), and {@code verify} fetches it to find missing and stale pages.
 */
public record Manifest(Map<String, String> files) {
    /** The manifest's name at the top of the published site. */
    public static final String NAME = "fristad-manifest.txt";
    /** What a publish under way has done so far, beside the manifest; gone when the publish finished. */
    public static final String JOURNAL = "fristad-manifest.journal";

    public Manifest {
        files = new TreeMap<>(files);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** Reads a manifest's text; lines that are not {@code <64 hex>  <path>} (comments) are skipped. */
    public static Manifest parse(String text) {
        Map<String, String> files = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.length() > 66 && line.charAt(64) == ' ' && line.charAt(65) == ' ' && hex(line.substring(0, 64))) {
                files.put(line.substring(66).strip(), line.substring(0, 64));
            }
        }
        return new Manifest(files);
    }

    public String text(String when) {
        StringBuilder out = new StringBuilder("# Publicerat av Fristad " + when
                + ". fristad publish ersätter och tar bort bara filerna nedan; andra filer på servern rör den aldrig.\n");
        files.forEach((path, sha) -> out.append(sha).append("  ").append(path).append('\n'));
        return out.toString();
    }

    /**
     * The files of a finished build in {@code dir} (its marker says {@code state: complete}), without the marker: the
     * build's own bookkeeping stays on the editor's computer.
     */
    public static Manifest ofBuild(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        AtomicOutput.walk(dir, (p, attrs) -> {
            if (attrs.isRegularFile()) {
                paths.add(p);
            }
        });
        Map<String, String> files = new java.util.concurrent.ConcurrentHashMap<>();
        IOException[] failed = new IOException[1];
        paths.parallelStream().forEach(p -> {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (rel.equals(AtomicOutput.MARKER) || rel.equals(NAME) || rel.equals(JOURNAL)) {
                return;
            }
            try {
                files.put(rel, sha256(p));
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        return new Manifest(files);
    }

    /** Whether {@code dir} holds a finished build: its marker exists and says so. */
    public static boolean isBuild(Path dir) {
        Path marker = dir.resolve(AtomicOutput.MARKER);
        try {
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                    && Files.readAllLines(marker, StandardCharsets.UTF_8).contains("state: complete");
        } catch (IOException e) {
            return false;
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
