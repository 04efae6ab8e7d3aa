package se.fristad.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of the site's accessibility statement ({@code accessibility:} in {@code site.yml}): what Swedish law
 * (lagen (2018:1937) om tillgänglighet till digital offentlig service) and DIGG's regulations (MDFFS 2019:2, 6 §)
 * require a statement to say. The theme writes the statement's sentences in each edition's language around them.
 *
 * @param page          the page that shows the statement, as a path below {@code content/<lang>/}
 * @param line          the line of site.yml where the block starts (for messages about the page)
 * @param organisation  who publishes the site and is responsible for it
 * @param contact       where to report shortcomings and ask for inaccessible content: an e-mail address or the
 *                      https address of a form
 * @param compliance    {@code full}, {@code partial} or {@code none}: how far the site meets the requirements
 * @param shortcomings  known shortcomings, in the order given
 * @param assessedBy    {@code self} for the organisation's own assessment, else the name of who assessed the site
 * @param assessedOn    when the site was last assessed
 * @param method        how it was assessed (optional)
 * @param statementDate when the statement was made
 * @param updated       when it was last reviewed or updated; null when never since it was made
 */
public record AccessibilityStatement(String page, int line, String organisation, String contact, String compliance,
                                     List<Shortcoming> shortcomings, String assessedBy, LocalDate assessedOn, Text method,
                                     LocalDate statementDate, LocalDate updated) {

    public static final String DEFAULT_PAGE = "om-webbplatsen/tillganglighet.md";

    /** DIGG's page for complaints about the accessibility of public bodies' digital services. */
    public static final String DIGG_COMPLAINTS = "https://www.digg.se/tdosanmalan";

    public static final List<String> COMPLIANCE = List.of("full", "partial", "none");

    /** Why content is not accessible, as DIGG's model statement groups it. */
    public static final List<String> CATEGORIES = List.of("noncompliance", "burden", "exempt");

    public boolean contactIsEmail() {
        return !contact.startsWith("https://") && !contact.startsWith("http://");
    }

    public boolean selfAssessed() {
        return "self".equals(assessedBy);
    }

    /**
     * One known shortcoming.
     *
     * @param problem     what is not accessible, and why
     * @param alternative how to get the content another way; null when there is none
     * @param category    {@code noncompliance} (does not meet the requirements), {@code burden} (adapting it would be
     *                    an unreasonable burden, 12 §) or {@code exempt} (content the law does not cover, 9 §)
     */
    public record Shortcoming(Text problem, Text alternative, String category) {
    }

    /**
     * A text given once for every edition or per edition code ({@code {sv: …, en: …}}); an edition without its own
     * text shows the source language's.
     */
    public record Text(Map<String, String> byEdition, String fallbackEdition) {
        public static Text of(String edition, String text) {
            return new Text(Map.of(edition, text), edition);
        }

        /** The text for an edition, and the edition whose text it is. */
        public Map.Entry<String, String> in(String edition) {
            return Optional.ofNullable(byEdition.get(edition)).map(t -> Map.entry(edition, t))
                    .orElseGet(() -> Map.entry(fallbackEdition, byEdition.get(fallbackEdition)));
        }
    }
}
