package se.fristad.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a build into a fresh folder beside the output and swaps it into place only when the build succeeded,
 * so a failed build leaves the last good site exactly as it was.
 */
public final class AtomicOutput {
    private final Path out;
    private final Path staging;

    private AtomicOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /** Creates the staging folder next to {@code out} (same file system, so the swap is a rename). */
    public static AtomicOutput begin(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".new-");
        return new AtomicOutput(abs, staging);
    }

    /** Where this build writes its files. */
    public Path staging() {
        return staging;
    }

    /** Writes {@code text} as UTF-8 to {@code rel} below the staging folder, creating folders as needed. */
    public void write(String rel, byte[] bytes) {
        writeFile(staging, rel, bytes);
    }

    /** Writes {@code bytes} to {@code rel} below {@code root}, creating folders as needed. */
    public static void writeFile(Path root, String rel, byte[] bytes) {
        try {
            Path target = root.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(Path from, String rel) {
        try {
            Path target = staging.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the new site in place of the old one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling("." + out.getFileName() + ".old-" + System.nanoTime());
            move(out, old);
        }
        move(staging, out);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Throws the new files away; the old site is untouched. */
    public void discard() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.toList();
        }
        // files first, many at once (the file system, not the CPU, is what we wait for), then folders deepest first
        se.fristad.build.Parallel.forEach(all.stream().filter(p -> !Files.isDirectory(p)).toList(), p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (Path p : all.stream().filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
        }
    }
}
