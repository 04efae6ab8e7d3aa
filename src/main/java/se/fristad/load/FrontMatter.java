package se.fristad.load;

import java.time.LocalDate;
import java.util.List;

/**
 * The settings at the top of a content file, from YAML front matter or a JBake header.
 *
 * @param title       the page's heading and name in menus (required)
 * @param summary     one sentence shown in listings; may be empty
 * @param type        page, support, definition or plan
 * @param slug        replaces the last part of the page's URL; empty for none
 * @param order       position among its siblings in menus and listings; {@code Integer.MAX_VALUE} when not given
 * @param draft       drafts are left out of the build unless asked for
 * @param reviewed    when the facts were last checked; null when not given
 * @param translation {@code reviewed}, {@code machine} or empty for a source text
 */
public record FrontMatter(String title, String summary, String type, String slug, int order, boolean draft,
                          LocalDate reviewed, String translation) {

    public static final List<String> KEYS = List.of("title", "summary", "type", "slug", "order", "draft", "reviewed", "translation");
    public static final List<String> TYPES = List.of("page", "support", "definition", "plan");
    public static final List<String> TRANSLATIONS = List.of("reviewed", "machine");

    public boolean machineTranslated() {
        return "machine".equals(translation);
    }
}
