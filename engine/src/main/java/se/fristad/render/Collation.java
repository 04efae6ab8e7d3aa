package se.fristad.render;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Locale;
import java.util.Map;

/**
 * The alphabetical order of a language, for the A–Z list and the glossary. The JDK's collators know most of the
 * site's languages, but not Persian or Sorani: without rules of their own, their letters sort by code point, which
 * puts پ, چ, ژ, ک and گ (letters Arabic does not have) after ن, and ه before و. For those two the alphabet is given
 * here, after the JDK's root order (which has no Arabic letters); Arabic-keyboard variants (ي ى ك ة) sort with the letter they stand for.
 */
final class Collation {

    /** Persian: ا آ ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی. */
    private static final String PERSIAN = "< ا < آ < ب < پ < ت < ث < ج < چ < ح < خ < د < ذ < ر < ز < ژ < س < ش < ص < ض"
            + " < ط < ظ < ع < غ < ف < ق < ک , ك < گ < ل < م < ن < و < ه , ة , ۀ < ی , ي , ى";

    /** Sorani (Central Kurdish): ئ ا ب پ ت ج چ ح خ د ر ڕ ز ژ س ش ع غ ف ڤ ق ک گ ل ڵ م ن و ۆ ه ە ی ێ. */
    private static final String SORANI = "< ئ < ا < ب < پ < ت < ج < چ < ح < خ < د < ر < ڕ < ز < ژ < س < ش < ع < غ < ف"
            + " < ڤ < ق < ک , ك < گ < ل < ڵ < م < ن < و < ۆ < ه , ھ < ە , ة < ی , ي , ى < ێ";

    private static final Map<String, String> RULES = Map.of("fa", PERSIAN, "prs", PERSIAN, "ckb", SORANI);

    private Collation() {
    }

    /** A new collator for the language (BCP 47 tag); collators are not thread-safe, so each caller gets its own. */
    static Collator forLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String rules = RULES.get(locale.getLanguage());
        if (rules == null) {
            return Collator.getInstance(locale);
        }
        try {
            return new RuleBasedCollator(((RuleBasedCollator) Collator.getInstance(Locale.ROOT)).getRules() + rules);
        } catch (ParseException e) {
            throw new IllegalStateException("collation rules for " + languageTag + ": " + e.getMessage(), e);
        }
    }
}
