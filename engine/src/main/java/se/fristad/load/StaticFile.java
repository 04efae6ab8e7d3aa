package se.fristad.load;

import java.nio.file.Path;

/**
 * A non-Markdown file in a content folder (an image, a PDF), copied as it is beside the pages.
 *
 * @param file    absolute path
 * @param lang    language folder it lies in
 * @param relPath path below {@code content/<lang>/}
 */
public record StaticFile(Path file, String lang, String relPath) {
}
