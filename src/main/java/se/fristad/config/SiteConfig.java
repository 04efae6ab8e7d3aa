package se.fristad.config;

import java.util.List;

/**
 * The settings of {@code site.yml} that the builder needs.
 *
 * @param title     the site's name, shown in the header and in every page title
 * @param languages the language editions; the first is the source language
 * @param baseUrl   optional absolute address of the published site (for hreflang); empty when unknown
 */
public record SiteConfig(String title, List<Language> languages, String baseUrl) {

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
