package se.fristad.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns file names and headings into readable, valid URL parts and ids: lower case, Latin letters without
 * their accents ({@code hjälp-och-stöd → hjalp-och-stod}), letters of other scripts kept as they are
 * ({@code العنف → العنف}), every run of anything else one hyphen.
 */
public final class Slugs {
    private Slugs() {
    }

    public static String slugify(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        Character.UnicodeScript baseScript = Character.UnicodeScript.COMMON;
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                if (baseScript == Character.UnicodeScript.LATIN) {
                    continue; // å → a, ö → o, é → e
                }
                out.appendCodePoint(cp);
                continue;
            }
            String special = switch (cp) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'ø' -> "o";
                case 'đ' -> "d";
                case 'ł' -> "l";
                case 'þ' -> "th";
                case 'œ' -> "oe";
                default -> null;
            };
            if (special != null) {
                out.append(special);
                dash = false;
                baseScript = Character.UnicodeScript.LATIN;
            } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                dash = false;
                baseScript = Character.UnicodeScript.of(cp);
            } else {
                if (!dash && out.length() > 0) {
                    out.append('-');
                }
                dash = true;
                baseScript = Character.UnicodeScript.COMMON;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == '-') {
            out.setLength(len - 1);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
