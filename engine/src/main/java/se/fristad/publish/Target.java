package se.fristad.publish;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code publish} puts a site: a folder (a mounted network share) or an SFTP server. Paths are relative to the
 * target's top, with {@code /}. A target never follows a link: {@link #list} reports links without entering them, and
 * the publisher refuses to write through one.
 */
public interface Target extends Closeable {
    /** How the person knows the target: {@code /mnt/webb/stod}, {@code sftp://anna@webb.kommun.se/var/www/stod}. */
    String describe();

    /** What the target holds now. */
    Listing list() throws IOException;

    /** A file's bytes, or empty when it does not exist. */
    Optional<byte[]> read(String rel) throws IOException;

    /**
     * Puts a file in place whole: written under a temporary name beside it and renamed over the old one, so a reader
     * gets the old file or the new one, never half of one. Creates missing folders.
     */
    void put(String rel, Path from) throws IOException;

    /** As {@link #put}, from bytes. */
    void write(String rel, byte[] bytes) throws IOException;

    /** Adds to the end of a file, creating it. */
    void append(String rel, byte[] bytes) throws IOException;

    /** Ends the connection, if there is one. */
    @Override
    default void close() {
    }

    /** Removes a file, then each folder above it that this left empty (never the top). Absent is fine. */
    void delete(String rel) throws IOException;

    /**
     * The target's contents.
     *
     * @param files regular files (and links to files, which are not followed)
     * @param links links of any kind: nothing is written through them
     */
    record Listing(Set<String> files, Set<String> links) {
        /** Whether writing {@code rel} would pass through a link (the file itself or a folder above it). */
        public String linkOnTheWay(String rel) {
            for (int i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
                if (links.contains(rel.substring(0, i))) {
                    return rel.substring(0, i);
                }
            }
            return links.contains(rel) ? rel : null;
        }
    }

    /** The temporary name a file is written under before it is renamed into place. */
    static String temporary(String rel) {
        int slash = rel.lastIndexOf('/');
        return rel.substring(0, slash + 1) + ".fristad-upload-" + rel.substring(slash + 1);
    }

    /** Whether a listed file is one a publish left behind while writing (removed on the next publish). */
    static boolean isTemporary(String rel) {
        return rel.substring(rel.lastIndexOf('/') + 1).startsWith(".fristad-upload-");
    }
}
