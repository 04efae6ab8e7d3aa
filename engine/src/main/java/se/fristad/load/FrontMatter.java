package se.fristad.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 * @param layout      the template to render the page with instead of its type's; null when not given
 * @param glossary    false when defined terms must not be linked on this page
 * @param data        the keys of the page's type ({@link Support}, {@link Definition}, {@link Plan}); null for {@code page}
 * @param translatedFrom on a translation, the fingerprint of the original's text it was translated from
 *                    ({@link Facts#fingerprint}); empty when not given
 */
public record FrontMatter(String title, String summary, String type, String slug, int order, boolean draft,
                          LocalDate reviewed, String translation, Layout layout, boolean glossary, TypedData data,
                          String translatedFrom) {

    public static final List<String> KEYS = List.of("title", "summary", "type", "slug", "order", "draft", "reviewed",
            "translation", "translatedFrom", "layout", "glossary");
    public static final List<String> TYPES = List.of("page", "support", "definition", "plan");
    public static final List<String> TRANSLATIONS = List.of("reviewed", "machine");

    /** A {@code layout:} value and where it is written, so a missing template can be reported there. */
    public record Layout(String name, int line, int column) {
    }

    public boolean machineTranslated() {
        return "machine".equals(translation);
    }

    public Optional<Support> support() {
        return data instanceof Support s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Definition> definition() {
        return data instanceof Definition d ? Optional.of(d) : Optional.empty();
    }

    public Optional<Plan> plan() {
        return data instanceof Plan p ? Optional.of(p) : Optional.empty();
    }
}
