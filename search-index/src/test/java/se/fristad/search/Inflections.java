package se.fristad.search;

import se.fristad.search.Analysis.Chain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Made-up word forms for the parity test: the site's words with every ending (and for Arabic every prefix) that
 * the chain's stemmer looks for (for Sorani also with its possessives and postpositions after it), so that each of
 * the stemmer's branches is taken on real stems, long and short.
 */
final class Inflections {

    private static final int STEMS = 350;
    private static final List<String> SWEDISH = split("a arna erna heterna orna ad e ade ande arne are aste en anden"
            + " aren heten ern ar er heter or s as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast"
            + " dd gd nn dt gt kt tt ig lig els fullt löst ligt lighet ligheten ligare igt igare ens ets ts ds ns os us");
    private static final List<String> FINNISH = split("pa sti kaan han kin hän kään ko pä kö nsa mme nne ni si an en"
            + " än nsä a lla na ssa ta lta sta tta lle ine ksi n den seen hen tten hin siin hon hön ä llä nä ssä tä ltä"
            + " stä ttä eja mma imma mpa impa mmi immi mpi impi ejä mmä immä mpä impä i j t issa issä iin ihin ista istä"
            + " illa ille iksi ineen ssakin ssako llaan nsakaan ksensa tkin jen ien oja öjä ita itä in ot et at ät ut yt"
            + " it kse ksesi ksemme ssani ssasi stakin aan ään een iin oon uun yyn öön seen hin siin tten den poja");
    private static final List<String> ENGLISH = split("s es ies sses ed eed ing ings ational tional enci anci izer bli"
            + " alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti logi icate ative"
            + " alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ion sion tion ou ism ate iti ous"
            + " ive ize y ly e ll 's ’s ＇s 'S ies' ied ying ating bling izing ling lled ssing");
    private static final List<String> ARABIC_PREFIXES = List.of("", "ال", "وال", "بال", "كال", "فال", "لل", "و");
    private static final List<String> ARABIC_SUFFIXES =
            List.of("", "ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي", "يها", "تها");
    private static final List<String> PERSIAN_SUFFIXES = List.of("", "ها", "های", "ی", "ي", "ان", "ۀ", "هٔ", "ه", "ای",
            "یی", "ے", "ہ", "ترین");

    /** SoraniStemmer's endings, its possessives and its postpositions (each list with nothing first). */
    private static final List<String> SORANI_ENDINGS = List.of("", "ێکی", "یەکی", "ێک", "یەک", "ەکە", "کە", "ەکان",
            "کان", "یانی", "انی", "یان", "ان", "یانە", "انە", "ایە", "ەیە", "ە", "ی");
    private static final List<String> SORANI_POSSESSIVES = List.of("", "مان", "یان", "تان");
    private static final List<String> SORANI_POSTPOSITIONS = List.of("", "دا", "نا", "ەوە", "ا");

    private Inflections() {
    }

    static Set<String> of(Chain chain, Set<String> words) {
        TreeSet<String> letters = new TreeSet<>();
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (l.length() >= 2 && l.length() <= 24 && l.codePoints().allMatch(Character::isLetter)) {
                letters.add(l);
            }
        }
        // At most STEMS words, spread evenly over the alphabet, to keep the test quick.
        List<String> all = List.copyOf(letters), stems = new ArrayList<>();
        for (int i = 0; i < Math.min(STEMS, all.size()); i++) {
            stems.add(all.get((int) ((long) i * all.size() / Math.min(STEMS, all.size()))));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : stems) {
            switch (chain) {
                case SWEDISH -> endings(out, w, SWEDISH);
                case FINNISH -> endings(out, w, FINNISH);
                case ENGLISH -> endings(out, w, ENGLISH);
                case ARABIC -> {
                    for (String p : ARABIC_PREFIXES) {
                        for (String s : ARABIC_SUFFIXES) {
                            out.add(p + w + s);
                        }
                    }
                    out.add(w.charAt(0) + "\u0640" + w.substring(1)); // tatweel
                    out.add(w.charAt(0) + "\u064E" + w.substring(1) + "\u064C"); // fatha, dammatan
                }
                case PERSIAN -> {
                    for (String s : PERSIAN_SUFFIXES) {
                        out.add(w + s);
                        out.add("می" + w + s);
                        out.add(variants(w) + s);
                    }
                    out.add(w.charAt(0) + "\u0640" + w.substring(1));
                    out.add(w.charAt(0) + "\u0650" + w.substring(1) + "\u0651");
                }
                case SORANI -> {
                    // Each ending with each possessive and with each postposition after it; all three together for
                    // one ending a word, in turn, to keep the count down.
                    String turn = SORANI_ENDINGS.get(stems.indexOf(w) % SORANI_ENDINGS.size());
                    for (String e : SORANI_ENDINGS) {
                        for (String p : SORANI_POSSESSIVES) {
                            out.add(w + e + p);
                        }
                        for (String p : SORANI_POSTPOSITIONS) {
                            out.add(w + e + p);
                        }
                        out.add(oldOrthography(w + e));
                        out.add(arabicKeyboard(w + e));
                    }
                    for (String p : SORANI_POSSESSIVES) {
                        for (String q : SORANI_POSTPOSITIONS) {
                            out.add(w + turn + p + q);
                            out.add(oldOrthography(w + turn + p + q));
                        }
                    }
                    out.add(w.charAt(0) + "\u0640" + w.substring(1)); // tatweel
                    out.add(w.charAt(0) + "\u064E" + w.substring(1) + "\u0651"); // fatha, shadda
                    out.add(w + "\u200f"); // right-to-left mark
                }
                default -> throw new IllegalArgumentException(chain.id);
            }
        }
        out.removeAll(words);
        return out;
    }

    /** The word with each ending, also on the word less its last letter (where inflections often start). */
    private static void endings(Set<String> out, String w, List<String> endings) {
        for (String e : endings) {
            out.add(w + e);
            if (w.length() > 3) {
                out.add(w.substring(0, w.length() - 1) + e);
            }
        }
    }

    /** Persian letters swapped for the variants Lucene normalises (yeh, kaf, heh, alef with hamza). */
    private static String variants(String w) {
        return w.replace('ی', 'ي').replace('ک', 'ك').replace('ا', 'أ').replace('ه', 'ۀ').replace('ى', 'ے');
    }

    /** Sorani as often typed before Unicode had ە and ڕ in keyboards: heh and a non-joiner, reh, Arabic yeh and kaf. */
    private static String oldOrthography(String w) {
        return w.replace("ە", "ه\u200c").replace('ڕ', 'ر').replace('ی', 'ي').replace('ک', 'ك');
    }

    /** Sorani typed on an Arabic keyboard: alef maksura, teh marbuta for a last ae, heh doachashmee for heh. */
    private static String arabicKeyboard(String w) {
        String s = w.replace('ی', 'ى').replace('ه', 'ھ');
        return s.endsWith("ە") ? s.substring(0, s.length() - 1) + "ة" : s;
    }

    private static List<String> split(String s) {
        return List.of(s.split(" "));
    }
}
