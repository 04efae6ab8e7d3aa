package se.fristad.config;

import java.util.List;

/**
 * The settings of {@code site.yml} that the builder needs.
 *
 * @param title     the site's name, shown in the header and in every page title
 * @param languages the language editions; the first is the source language
 * @param baseUrl   optional absolute address of the published site (for hreflang); empty when unknown
 * @param exitUrl   where "Leave this page" goes: a neutral site that says nothing about this one
 * @param safetyPage the page (its path below content/<lang>/) on hiding one's visit, linked from every page
 * @param safetyPageLine the line of site.yml that names it, or 0 when it is the default
 * @param shareableSearch whether the search page keeps the query in the address ({@code #q=…}) so a search can be
 *                        bookmarked or shared; off by default, so a query leaves no trace in the history
 * @param accessibility the facts of the accessibility statement ({@code accessibility:}), or null when site.yml has none
 * @param municipalities the places support pages' {@code area} and plans' {@code municipality} may name
 * @param publishTo where {@code fristad publish} sends the site ({@code sftp://user@host/path} or a folder), or empty
 */
public record SiteConfig(String title, List<Language> languages, String baseUrl, String exitUrl, String safetyPage, int safetyPageLine,
                         boolean shareableSearch, AccessibilityStatement accessibility, List<String> municipalities, String publishTo) {

    public SiteConfig(String title, List<Language> languages, String baseUrl, String exitUrl, String safetyPage, int safetyPageLine) {
        this(title, languages, baseUrl, exitUrl, safetyPage, safetyPageLine, false, null, List.of(), "");
    }

    public static final String DEFAULT_SAFETY_PAGE = "dolj-ditt-besok.md";

    /** A neutral site in Sweden (the weather service), like GOV.UK's default of BBC weather. */
    public static final String DEFAULT_EXIT_URL = "https://www.smhi.se/";

    /** How to write {@code baseURL}, for messages: an example of each kind of address. */
    public static final String BASE_URL_EXAMPLE = "https://stod.kommun.se, or https://www.kommun.se/stod for a site in a folder";

    /**
     * What is wrong with {@code url} as the site's address ({@code baseURL}, {@code new site --url}), or empty when it
     * is a full https address of a host, with a path or without, and no query or fragment.
     */
    public static java.util.Optional<String> baseUrlProblem(String url) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.of("\"" + url + "\" is not a web address (" + e.getReason() + ")");
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getHost().isEmpty()) {
            return java.util.Optional.of("\"" + url + "\" is not a full address: it needs https:// and the server's name");
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return java.util.Optional.of("\"" + url + "\" is not an https address: residents' visits must be encrypted");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return java.util.Optional.of("\"" + url + "\" has more than the site's address (a ?, # or @ part)");
        }
        return java.util.Optional.empty();
    }

    public Language source() {
        return languages.get(0);
    }

    public boolean hasLanguage(String code) {
        return languages.stream().anyMatch(l -> l.code().equals(code));
    }

    public Language language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no language " + code));
    }

    /** The ordinary edition an easy-to-read edition simplifies (the first ordinary edition in its language). */
    public java.util.Optional<Language> ordinary(Language easyRead) {
        return languages.stream().filter(l -> !l.easyRead() && l.lang().equals(easyRead.lang())).findFirst();
    }

    /** The easy-to-read editions of an ordinary edition, in site.yml's order. */
    public List<Language> easyReadEditions(Language ordinary) {
        return ordinary.easyRead() ? List.of()
                : languages.stream().filter(l -> l.easyRead() && l.lang().equals(ordinary.lang())).toList();
    }
}
