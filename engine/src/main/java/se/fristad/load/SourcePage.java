package se.fristad.load;

import java.nio.file.Path;

/**
 * A Markdown file as loaded: where it is, which language edition it belongs to, its front matter and body.
 *
 * @param file     absolute path of the file
 * @param lang     language code (the folder under {@code content/})
 * @param relPath  path below {@code content/<lang>/} with '/' separators, e.g. {@code stod/bris.md};
 *                 translations share it
 * @param front    the parsed front matter
 * @param body     the Markdown after the front matter
 * @param bodyLine 1-based line of the file where the body starts
 */
public record SourcePage(Path file, String lang, String relPath, FrontMatter front, String body, int bodyLine) {
}
