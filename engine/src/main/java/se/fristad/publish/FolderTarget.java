package se.fristad.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import se.fristad.write.AtomicOutput;

/** A folder as a publishing target: the web server's document root, or a network share mounted on this computer. */
public final class FolderTarget implements Target {
    private final Path root;

    public FolderTarget(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public Listing list() throws IOException {
        Set<String> files = new HashSet<>();
        Set<String> links = new HashSet<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(root.toString(), null, "mappen finns inte");
        }
        AtomicOutput.walk(root, (p, attrs) -> { // lstat: a link is reported, never entered
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (rel.isEmpty()) {
                return;
            }
            if (attrs.isSymbolicLink()) {
                links.add(rel);
                files.add(rel);
            } else if (!attrs.isDirectory()) {
                files.add(rel);
            }
        });
        return new Listing(files, links);
    }

    @Override
    public Optional<byte[]> read(String rel) throws IOException {
        Path p = resolve(rel);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(p));
    }

    @Override
    public void put(String rel, Path from) throws IOException {
        Path to = resolve(rel);
        Files.createDirectories(to.getParent());
        Path tmp = resolve(Target.temporary(rel));
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        move(tmp, to);
    }

    @Override
    public void write(String rel, byte[] bytes) throws IOException {
        Path to = resolve(rel);
        Files.createDirectories(to.getParent());
        Path tmp = resolve(Target.temporary(rel));
        Files.write(tmp, bytes);
        move(tmp, to);
    }

    private static void move(Path tmp, Path to) throws IOException {
        try {
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) { // some network shares
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void append(String rel, byte[] bytes) throws IOException {
        Path to = resolve(rel);
        Files.createDirectories(to.getParent());
        Files.write(to, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    @Override
    public void delete(String rel) throws IOException {
        Path p = resolve(rel);
        Files.deleteIfExists(p);
        for (Path dir = p.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    private Path resolve(String rel) {
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("outside the target: " + rel);
        }
        return p;
    }
}
