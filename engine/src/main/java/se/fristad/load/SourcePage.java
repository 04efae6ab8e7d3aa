package se.fristad.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import se.fristad.problem.Problems;
import se.fristad.text.TextFiles;

/**
 * A Markdown file as loaded: where it is, which language edition it belongs to, its front matter and body.
 *
 * <p>A build lets go of the body as soon as the front matter is read ({@link #release}), so a site of hundreds of
 * thousands of pages never holds all its text at once; when a page is rendered, the body is read again from the
 * file — the same text, or {@link ChangedOnDisk} when the file changed meanwhile (never other text than was
 * checked at load).
 */
public final class SourcePage {
    private final Path file;
    private final String lang;
    private final String relPath;
    private final FrontMatter front;
    private final int bodyLine;
    private final int bodyLength;
    private final int bodyHash;
    private volatile String body;
    private final Facts facts;
    private final String fingerprint;

    /**
     * @param file     absolute path of the file
     * @param lang     language code (the folder under {@code content/})
     * @param relPath  path below {@code content/<lang>/} with '/' separators, e.g. {@code stod/bris.md};
     *                 translations share it
     * @param front    the parsed front matter
     * @param body     the Markdown after the front matter
     * @param bodyLine 1-based line of the file where the body starts
     * @param facts    the phone numbers and addresses the file writes
     * @param fingerprint what a translation of this text records ({@link Facts#fingerprint})
     */
    public SourcePage(Path file, String lang, String relPath, FrontMatter front, String body, int bodyLine, Facts facts,
                      String fingerprint) {
        this.facts = facts;
        this.fingerprint = fingerprint;
        this.file = file;
        this.lang = lang;
        this.relPath = relPath;
        this.front = front;
        this.body = body;
        this.bodyLine = bodyLine;
        this.bodyLength = body.length();
        this.bodyHash = body.hashCode();
    }

    public Path file() {
        return file;
    }

    public String lang() {
        return lang;
    }

    public String relPath() {
        return relPath;
    }

    public FrontMatter front() {
        return front;
    }

    public int bodyLine() {
        return bodyLine;
    }

    /** The phone numbers and addresses the file writes, with where. */
    public Facts facts() {
        return facts;
    }

    /** The fingerprint of the text, as a translation of it records it. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Whether this translation is still {@code original}'s text, as {@code new page} copied it: the same body,
     * character for character (a page without a body: the same text to translate, {@link Facts#fingerprint}).
     */
    public boolean isCopyOf(SourcePage original) {
        if (bodyLength != original.bodyLength || bodyHash != original.bodyHash) {
            return false;
        }
        String b = body();
        if (b.isBlank()) { // then everything a translator translates is in the front matter
            return fingerprint.equals(original.fingerprint);
        }
        return b.equals(original.body());
    }

    /** The Markdown after the front matter, as loaded. */
    public String body() {
        String b = body;
        return b != null ? b : reread();
    }

    /** Lets go of the body's text; {@link #body} reads it from the file again when asked. */
    public void release() {
        body = null;
    }

    /** The file changed on disk after it was loaded and its text let go of: the build must start again. */
    public static final class ChangedOnDisk extends RuntimeException {
        private final transient SourcePage page;

        ChangedOnDisk(SourcePage page) {
            super(page.file + " changed while the site was being built");
            this.page = page;
        }

        public SourcePage page() {
            return page;
        }
    }

    private String reread() {
        String text;
        try {
            text = TextFiles.decode(file, Files.readAllBytes(file), new Problems()).orElse(null);
        } catch (IOException e) {
            text = null;
        }
        String b = text == null ? null : after(text, bodyLine - 1);
        if (b == null || b.length() != bodyLength || b.hashCode() != bodyHash) {
            throw new ChangedOnDisk(this);
        }
        return b; // not kept: each page that shows it is rendered once
    }

    /** The text after its first {@code lines} lines (as the front matter parser cuts the body). */
    private static String after(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines; i++) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                return "";
            }
            at = nl + 1;
        }
        return text.substring(at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourcePage p && file.equals(p.file) && lang.equals(p.lang) && relPath.equals(p.relPath)
                && front.equals(p.front) && bodyLine == p.bodyLine && bodyLength == p.bodyLength && bodyHash == p.bodyHash;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, lang, relPath, bodyLine, bodyHash);
    }

    @Override
    public String toString() {
        return "SourcePage[" + file + ", " + lang + ", " + relPath + "]";
    }
}
