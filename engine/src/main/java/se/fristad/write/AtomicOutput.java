package se.fristad.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a build into a fresh folder beside the output and swaps it into place only when the build succeeded, so a
 * failed build leaves the last good site exactly as it was.
 *
 * <p>Fristad replaces only what it wrote itself. Every folder it writes holds a marker file, {@value #MARKER}, listing
 * the files it wrote; an output folder is replaced only when it is absent, empty, or holds nothing but the files its
 * marker lists (see {@link OutputFolder}). The folders are made like {@code mkdir} makes them, so their permissions
 * follow the user's umask and any web server can read the site.
 *
 * <p>A build killed at any moment leaves the output as the complete old site or the complete new one, except for the
 * instant between the two renames of the swap, when it is not there at all; the next build (or {@link #recover})
 * puts the complete one back and removes what killed builds left behind.
 */
public final class AtomicOutput {
    /** The marker file in every folder Fristad writes: its state, then the files it wrote. */
    public static final String MARKER = ".fristad-build";
    private static final String HEADER = "# Written by Fristad. A build replaces this folder only while it holds nothing but the files below.";
    private static final String BUILDING = "state: building";
    private static final String COMPLETE = "state: complete";
    /** A system property for the crash test: the process halts, as if killed, at the named step of {@link #commit}. */
    static final String CRASH_AT = "fristad.test.crashAt";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path out;
    private final Path staging;

    private AtomicOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Creates the staging folder next to {@code out} (same file system, so the swap is a rename), after putting back
     * what a killed build may have left half-swapped. Whether {@code out} may be replaced is {@link OutputFolder}'s to say.
     */
    public static AtomicOutput begin(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        recover(abs);
        Path staging;
        while (true) {
            staging = abs.resolveSibling("." + abs.getFileName() + ".new-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                Files.createDirectory(staging); // as mkdir: the mode follows the umask (a temp directory would be 700)
                break;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
        Files.writeString(staging.resolve(MARKER), HEADER + "\n" + BUILDING + "\n", StandardCharsets.UTF_8);
        return new AtomicOutput(abs, staging);
    }

    /**
     * Where this build writes its files. A caller that writes there itself (not through {@link #write} or
     * {@link #copy}) makes {@link #commit} list the folder's files from the disk.
     */
    public Path staging() {
        direct = true;
        return staging;
    }

    /** Whether files may have been written into the staging folder other than through this object. */
    private volatile boolean direct;
    /** The files written through this object, for the marker (listing them from the disk again took seconds). */
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /** Folders of the staging folder made so far: most files go into a folder made for an earlier one. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * Writes {@code bytes} to {@code rel} below the staging folder, creating folders as needed (each folder once: a
     * build writes hundreds of thousands of small files, and asking the file system for their folder every time was a
     * tenth of the writing's system time).
     */
    public void write(String rel, byte[] bytes) {
        writeFile(staging, rel, bytes, folders);
        written.add(relative(staging, staging.resolve(rel)));
    }

    /** Writes {@code bytes} to {@code rel} below {@code root}, creating folders as needed. */
    public static void writeFile(Path root, String rel, byte[] bytes) {
        writeFile(root, rel, bytes, null);
    }

    /** As {@link #writeFile(Path, String, byte[])}; {@code made}, when given, holds the folders known to exist. */
    private static void writeFile(Path root, String rel, byte[] bytes, Set<Path> made) {
        try {
            Path target = root.resolve(rel);
            Path parent = target.getParent();
            if (made == null || !made.contains(parent)) {
                Files.createDirectories(parent);
                if (made != null) {
                    made.add(parent);
                }
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code from} to {@code rel}: the content only, so the copy's mode follows the umask like any new file. */
    public void copy(Path from, String rel) {
        try (InputStream in = Files.newInputStream(from)) {
            Path target = staging.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            written.add(relative(staging, target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renames the folder {@code from} below the staging folder to {@code to} (the search index's shards, once their
     * content has named their folder), the files written into it moving along in the marker's list. When {@code to}
     * exists already, {@code from} is dropped: the caller knows them to hold the same files.
     */
    public void move(String from, String to) {
        Path f = staging.resolve(from).normalize();
        Path t = staging.resolve(to).normalize();
        String fromRel = relative(staging, f) + "/";
        String toRel = relative(staging, t) + "/";
        try {
            boolean there = Files.exists(t, LinkOption.NOFOLLOW_LINKS);
            if (there) {
                deleteTree(f);
            } else {
                Files.createDirectories(t.getParent());
                move(f, t);
            }
            folders.removeIf(p -> p.startsWith(f));
            for (String rel : written) { // weakly consistent: other folders' files may be added meanwhile
                if (rel.startsWith(fromRel)) {
                    written.remove(rel);
                    if (!there) {
                        written.add(toRel + rel.substring(fromRel.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the new site in place of the old one: marks the new folder complete with the list of its files, renames the
     * old folder away, renames the new one in, and deletes the old.
     */
    public void commit() throws IOException {
        writeMarker(staging, COMPLETE, direct ? listFiles(staging) : ownFiles());
        crashPoint("staged");
        Path old = null;
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            old = out.resolveSibling("." + out.getFileName() + ".old-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
            move(out, old);
        }
        crashPoint("swapping");
        move(staging, out);
        crashPoint("swapped");
        if (old != null) {
            deleteOwn(old);
        }
    }

    /** Throws the new files away; the old site is untouched. */
    public void discard() {
        try {
            deleteOwn(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds files written straight into a built folder (by {@code serve}, which re-renders pages in place) to its
     * marker, so the next build still knows the folder as its own.
     */
    public static void addToMarker(Path dir, Collection<String> rels) throws IOException {
        if (rels.isEmpty()) {
            return;
        }
        Set<String> files = new TreeSet<>(listed(dir));
        if (files.addAll(rels)) {
            writeMarker(dir, COMPLETE, files);
        }
    }

    /**
     * Deletes from the built folder {@code dir} the files its marker lists below the folder {@code folder} (relative,
     * {@code search/sv/1a2b3c4d}), and that folder's emptied folders, and takes them off the marker: what {@code serve}
     * wrote in place and has since replaced. Files the marker does not list are left alone.
     */
    public static void removeListed(Path dir, String folder) throws IOException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        Set<String> files = new TreeSet<>(listed(dir));
        List<String> gone = files.stream().filter(f -> f.startsWith(prefix)).toList();
        if (gone.isEmpty()) {
            return;
        }
        for (String rel : gone) {
            Files.deleteIfExists(dir.resolve(rel));
        }
        gone.forEach(files::remove);
        writeMarker(dir, COMPLETE, files);
        Path top = dir.resolve(prefix).normalize();
        if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS) && onlyFolders(top)) {
            List<Path> empty = new ArrayList<>();
            walk(top, (p, attrs) -> empty.add(p));
            empty.sort(Comparator.reverseOrder());
            for (Path p : empty) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * After a build was killed: when the output is missing but a complete new folder (or, failing that, the old one)
     * waits beside it, renames that into place; then deletes every folder of its own that killed builds left beside
     * {@code out} ({@code .<name>.new-…}, {@code .<name>.old-…} with a marker, or holding only empty folders).
     */
    public static void recover(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + abs.getFileName() + ".";
        List<Path> left = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(parent, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix + "new-") || n.startsWith(prefix + "old-");
        })) {
            dir.forEach(left::add);
        }
        left.sort(Comparator.naturalOrder());
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            Path back = left.stream().filter(p -> p.getFileName().toString().startsWith(prefix + "new-") && isComplete(p)).findFirst()
                    .or(() -> left.stream().filter(p -> p.getFileName().toString().startsWith(prefix + "old-") && isComplete(p)).findFirst())
                    .orElse(null);
            if (back != null) {
                move(back, abs);
                left.remove(back);
            }
        }
        for (Path p : left) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && (Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || onlyFolders(p))) {
                deleteOwn(p);
            }
        }
    }

    /** Whether {@code dir} was written by a build that finished: its marker says so. */
    static boolean isComplete(Path dir) {
        Path marker = dir.resolve(MARKER);
        try {
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                    && Files.readAllLines(marker, StandardCharsets.UTF_8).contains(COMPLETE);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The files the marker of {@code dir} lists (none when it has no marker). */
    static Set<String> listed(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        Set<String> out = new HashSet<>();
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("state: ")) {
                out.add(line);
            }
        }
        return out;
    }

    private static void writeMarker(Path dir, String state, Collection<String> files) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(state).append('\n');
        for (String f : files) {
            text.append(f).append('\n');
        }
        Path tmp = dir.resolve(MARKER + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        move(tmp, dir.resolve(MARKER));
    }

    /** Every regular file below {@code dir} but the marker, as relative paths with {@code /}, sorted. */
    static Set<String> listFiles(Path dir) throws IOException {
        Set<String> out = new TreeSet<>();
        walk(dir, (p, attrs) -> {
            String rel = relative(dir, p);
            if (attrs.isRegularFile() && !rel.equals(MARKER) && !rel.equals(MARKER + ".tmp")) {
                out.add(rel);
            }
        });
        return out;
    }

    /** The files written through this object, sorted, as {@link #listFiles} would find them. */
    private Set<String> ownFiles() {
        Set<String> out = new TreeSet<>(written);
        out.remove(MARKER);
        out.remove(MARKER + ".tmp");
        return out;
    }

    /** {@code file} relative to {@code dir}, with {@code /}, as the marker lists it. */
    private static String relative(Path dir, Path file) {
        return dir.relativize(file.normalize()).toString().replace('\\', '/');
    }

    private static boolean onlyFolders(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static void crashPoint(String step) {
        if (step.equals(System.getProperty(CRASH_AT))) {
            Runtime.getRuntime().halt(137); // as SIGKILL: no cleanup, no shutdown hooks
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder this program wrote: every file but the marker, then the marker, then the folders deepest first,
     * so a folder whose deletion was cut short is still known as its own (it keeps its marker, or holds only folders).
     * Links are deleted, never followed.
     */
    static void deleteOwn(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Path marker = dir.resolve(MARKER);
        // one lstat a file, as the walk reads it (links are files here: deleted, never followed)
        walk(dir, (p, attrs) -> {
            if (attrs.isDirectory()) {
                folders.add(p);
            } else if (!p.equals(marker)) {
                files.add(p);
            }
        });
        // files first, many at once (the file system, not the CPU, is what we wait for), then folders deepest first
        se.fristad.build.Parallel.forEach(files, p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.deleteIfExists(marker);
        folders.sort(Comparator.reverseOrder());
        for (Path p : folders) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * Every file, link and folder below {@code dir} (and {@code dir}), with the attributes the walk read — of the link
     * itself, never of what it points at.
     */
    public static void walk(Path dir, BiConsumer<Path, BasicFileAttributes> each) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                each.accept(d, attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                each.accept(f, attrs);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder the program made for itself (the preview's temporary output); links are not followed. */
    public static void deleteTree(Path dir) throws IOException {
        deleteOwn(dir);
    }
}
