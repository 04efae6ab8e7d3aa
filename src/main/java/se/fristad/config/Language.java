package se.fristad.config;

/**
 * A language edition of the site.
 *
 * @param code BCP 47 code, used in {@code lang} attributes, URLs ({@code /<code>/}) and content folders
 * @param name the language's own name for itself, as shown in the language switcher
 * @param dir  writing direction: {@code ltr} or {@code rtl}
 */
public record Language(String code, String name, String dir) {
    public boolean rtl() {
        return "rtl".equals(dir);
    }
}
