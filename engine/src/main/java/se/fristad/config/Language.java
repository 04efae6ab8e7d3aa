package se.fristad.config;

/**
 * A language edition of the site.
 *
 * @param code     the edition's name in addresses ({@code /<code>/}), content folders ({@code content/<code>/}) and
 *                 theme strings ({@code i18n/<code>.yml}); for an ordinary edition its BCP 47 language code
 * @param name     the edition's own name for itself, as shown in the language switcher or the link to it
 * @param dir      writing direction: {@code ltr} or {@code rtl}
 * @param lang     the BCP 47 language of its text, for {@code lang} and {@code hreflang}; the code unless site.yml
 *                 says otherwise ({@code {code: lattlast, lang: sv, easyRead: true}})
 * @param easyRead an easy-to-read edition (lättläst) of the ordinary edition in the same {@code lang}: its pages link to
 *                 and from the ordinary ones instead of appearing as another language
 */
public record Language(String code, String name, String dir, String lang, boolean easyRead) {

    /** An ordinary edition whose code is its language. */
    public Language(String code, String name, String dir) {
        this(code, name, dir, code, false);
    }

    public boolean rtl() {
        return "rtl".equals(dir);
    }
}
