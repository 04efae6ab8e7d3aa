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
 * @param municipalities the places support pages' {@code area} and plans' {@code municipality} may name
 */
public record SiteConfig(String title, List<Language> languages, String baseUrl, String exitUrl, String safetyPage, int safetyPageLine,
                         List<String> municipalities) {

    public static final String DEFAULT_SAFETY_PAGE = "dolj-ditt-besok.md";

    /** A neutral site in Sweden (the weather service), like GOV.UK's default of BBC weather. */
    public static final String DEFAULT_EXIT_URL = "https://www.smhi.se/";

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
}
