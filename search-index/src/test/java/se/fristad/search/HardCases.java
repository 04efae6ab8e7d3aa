package se.fristad.search;

import se.fristad.search.Analysis.Chain;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-picked tokens for the parity test, per chain: inflections, upper case, possessives, other scripts' digits,
 * tatweel, harakat, letter variants, words shorter than the stemmers' regions, stop words and near stop words, and
 * names that an object in JavaScript already has.
 */
final class HardCases {

    /** In every chain: case mapping (dotted I, final sigma, title-case digraphs), digits, object property names. */
    private static final List<String> COMMON = List.of("İstanbul", "İ", "I", "ı", "ΣΟΦΙΑ", "ΟΔΟΣ", "Σ", "ǅemal", "ǈ",
            "ẞ", "STRASSE", "Straße", "ﬁnal", "Ǆ", "Ω", "K", "Å", "112", "114", "1177", "020", "116006", "x86", "3d",
            "١٢٣", "۱۲۳", "٤٥٦", "۴۵۶", "०१२", "௧௨", "๑๒", "𝟘𝟙𝟚", "𝟬𝟭", "１２３", "a1", "A١",
            "constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "prototype", "length", "a", "b", "x",
            "e.g", "U.S.A", "o'clock", "l'amour", "don't", "can’t", "http", "www", "xn", "Ⓐ", "Ⅻ", "ⅻ");

    /**
     * Sorani: every rule of SoraniNormalizer, alone and where one rule changes what the next one sees (a heh that a
     * deleted tatweel or format character leaves last stays heh; a reh that a deleted tatweel leaves first becomes
     * rreh; a heh doachashmee made heh and then followed by a zero width non-joiner becomes ae), the old orthography
     * (heh and a non-joiner for ae, Arabic yeh and kaf), Arabic-Indic and Extended Arabic-Indic digits, and every
     * suffix of SoraniStemmer on real words, with the postpositions and possessives before it, at the lengths where
     * each rule starts to apply.
     */
    private static final List<String> SORANI = List.of(
            // yeh, alef maksura, kaf
            "كوردي", "كوردى", "كتێب", "يارمەتي", "يەك", "ى", "ي", "ك", "كە", "ئەوەي", "هاوكاری", "زانكۆ",
            // heh: last, before a zero width non-joiner, elsewhere; teh marbuta; heh doachashmee
            "خانه", "خانە", "خانه\u200cكان", "ده\u200cست", "به\u200cڵام", "ژنه\u200cكان", "ئافره\u200cت",
            "مه\u200cترسی", "هه", "ه", "ە", "ة", "مدرسة", "حكومة", "حكومةکان", "ھاوڕێ", "ھەولێر", "ھ", "ھە", "شاھ",
            "\u200c", "\u200cه", "\u200c\u200c", "ه\u200c", "ه\u200c\u200c", "هه\u200c", "ة\u200c", "ھ\u200c",
            "ه\u0640\u200c", "خانه\u200cیه\u200c", "ه\u200cه", "ک\u200cه", "\u200cخانه", "ه\u200d", "ه\u200f",
            "هـ", "ه\u064e", "خانهـ", "ھـ", "ۀ", "خانۀ", "ۃ", "هٔ",
            // reh: first (also after deleted characters), elsewhere; reh with small v above
            "رۆژ", "ڕۆژ", "رێگا", "ڕێگا", "ر", "رر", "ـر", "\u200fرۆژ", "\u200cرۆژ", "َر", "ڒێگا", "شەڒ", "ڒ", "کورد",
            "ڕ", "بڕیار", "بریار",
            // tatweel, harakat, format characters (left-to-right and right-to-left marks, soft hyphen, Arabic letter
            // mark, byte order mark, zero width joiner and space, word joiner)
            "کـوردی", "ـ", "ـــ", "کُرد", "مَن", "بِ", "ً", "ّ", "ْ", "کوردی\u200f", "\u200fکوردی", "کو\u00adردی",
            "\u061cکورد", "\ufeffکورد", "کورد\u200d", "\u200bکورد", "کورد\u2060ی", "\u202bکورد\u202c",
            "\u2066کورد\u2069", "\u0600", "\u06dd١", "\u00ad", "\u200e",
            // digits
            "٢٠٢٤", "۲۰۲۴", "١١٢", "۱۱۲", "٠", "۰", "٩", "۹", "١١٤١٤", "۱۱۴۱۴", "٠٢٠", "١٢٣کە", "ژمارە١",
            // case: the normaliser runs before lower-casing
            "POLISکە", "Ahmadەکان", "SMSێک", "BRIS", "Kurdî",
            // the stemmer: postposition, possessive, then one ending
            "ماڵ", "ماڵەکە", "ماڵەکان", "ماڵێک", "ماڵێکی", "ماڵی", "ماڵان", "ماڵانی", "ماڵەوە", "ماڵەکەمان",
            "ماڵەکانمان", "ماڵەکەماندا", "ماڵەکەتاندا", "ماڵیان", "ماڵەکانیان", "ماڵەکانتانەوە", "ماڵانا", "ماڵەکانا",
            "ژن", "ژنان", "ژنەکان", "ژنێک", "ژنەکە", "ئافرەت", "ئافرەتان", "ئافرەتەکان", "ئافرەتێکی", "منداڵ",
            "منداڵەکان", "منداڵان", "منداڵێک", "منداڵەکەت", "منداڵەکانتان", "منداڵەکانمان", "توندوتیژی",
            "توندوتیژییەکان", "توندوتیژییەک", "یارمەتی", "یارمەتیدان", "پۆلیس", "پۆلیسەکان", "پۆلیسدا", "شارەوانی",
            "شارەوانییەکان", "شارەکەدا", "شارەکانا", "لەشارەکاندا", "شارەکەوە", "خێزان", "خێزانەکەت", "خێزانەکەتان",
            "خێزانەکەمان", "ژیان", "ژیانی", "ژیانیان", "ماف", "مافەکان", "مافەکانت", "مافەکانتان", "مافەکانمان",
            "پەناگە", "پەناگەیەک", "پەناگەیەکی", "پەناگەکە", "پەناگەکان", "پەناگەیە", "کتێب", "کتێبەکە", "کتێبەکان",
            "کتێبێک", "کتێبێکی", "کتێبی", "کتێبانە", "کتێبانی", "دەرگا", "دەرگاکە", "دەرگاکان", "دەرگایەک",
            "دەرگایەکی", "دەرگایە", "برا", "برایەک", "برایەکی", "برایان", "برایانی", "برایانە", "ئەمانە", "ئەوانە",
            "خانوو", "خانووە", "خانوویە", "ئەمەیە", "ئەوەیە", "پیاو", "پیاوە", "پیاوەکە", "کوڕ", "کوڕە", "کوڕەکە",
            "ڕێگاکان", "ڕۆژانە", "ڕۆژێک", "هەولێر", "سلێمانی", "کوردستان", "کوردستاندا", "کوردی", "سۆرانی",
            "ناوەندی", "زمان", "زمانەکان", "زمانی", "سوید", "سویدی", "سویددا", "کۆمەڵایەتی", "تەندروستی", "نهێنی",
            "ترس", "هەڕەشە", "لێدان", "ئازار", "ئاسایش", "پاراستن", "هاوکاری", "پەیوەندی", "ژمارە", "ژمارەکە",
            "تەلەفۆن", "تەلەفۆنەکەت", "پزیشک", "پزیشکەکە", "دایک", "باوک", "دایکان", "باوکان", "بەردەوام", "کۆمەک",
            "کۆمەکی", "شوێن", "شوێنێکی", "شوێنێکی ئارام", "ئارام", "سەلامەت", "پشتگیری", "ڕاوێژ", "ڕاوێژکار",
            "ڕاوێژکارەکان", "فریاکەوتن", "ئەمبولانس", "نەخۆشخانە", "نەخۆشخانەکە", "نەخۆشخانەکاندا",
            // stems of every length (the inflections put each ending on these) and the endings alone
            "دڵ", "کار", "دەست", "ئاگر", "پشت", "گوند", "بنکە", "ناو", "با", "باش", "باشە", "باخچ", "دا", "نا", "ەوە",
            "ان", "کە", "یەک", "ێک", "ەکان", "ەکە", "کان", "انی", "یانی", "یانە", "انە", "ایە", "ەیە", "ێکی", "یەکی",
            "مان", "یان", "تان", "مانا", "خانا", "داد", "دادا", "ناننا", "ەوەوە", "دادادا", "یییی", "ەەەە", "اییە");

    private HardCases() {
    }

    static List<String> of(Chain chain) {
        List<String> out = new ArrayList<>(COMMON);
        out.addAll(switch (chain) {
            case SWEDISH -> List.of("kvinnorna", "Kvinnornas", "VÅLD", "våldet", "våldets", "hjälp", "hjälpen",
                    "hjälpa", "hjälper", "stödet", "stödja", "kommunernas", "kommunen", "socialtjänsten", "Socialtjänstens",
                    "polisanmälan", "skyddat", "skyddade", "skyddande", "boende", "boendet", "barnen", "barnens", "fullt",
                    "löst", "vänlig", "vänligt", "vänligheten", "vänligaste", "ändringar", "åtgärderna", "åtgärdsprogram",
                    "hade", "OCH", "Och", "ATT", "är", "ÄR", "Är", "jag", "DU", "Hennes", "henne", "sig", "SIN", "sitt",
                    "i", "å", "ö", "ä", "s", "as", "bas", "bus", "ös", "hus", "huset", "husets", "husen", "flickans",
                    "gossarnas", "ernas", "arnas", "heterna", "friheten", "friheterna", "anden", "andes", "arens", "hetens",
                    "lig", "ig", "els", "möjlig", "möjligheterna", "snabbt", "gott", "nytt", "kände", "kanon", "ann",
                    "stadd", "brygd", "sagt", "täckt", "nätt", "ös", "äs", "ås", "ys", "kos", "kvs", "tjs", "ljus",
                    "ljuset", "Umeå", "UMEÅ", "Södertälje", "Härnösand", "Kalmar", "Kiruna", "Kvinnofridslinjen",
                    "Brottsofferjouren", "BRIS", "hedersrelaterat", "hedersrelaterade", "våld-i-nära", "nära", "närstående",
                    "närståendes", "misshandel", "misshandlad", "misshandlade", "kontrollerande", "hot", "hoten", "hotet",
                    "förtryck", "förtrycket", "ekonomiskt", "sexuellt", "digitalt", "skyddsplacering", "skyddat boende",
                    "aaa", "aab", "bbb", "abba", "xyz", "åäö", "ÅÄÖ", "ae", "aebs", "öras", "fullts", "lösts", "lösta",
                    "ollig", "ligg", "heterna", "heter", "het", "ast", "aste", "arne", "ade", "ande", "andet");
            case FINNISH -> List.of("kaloissa", "taloon", "talossa", "talolla", "kirjoittaminen", "väkivalta",
                    "väkivallasta", "väkivallan", "Väkivaltaa", "kunnan", "Kunnassa", "KUNNISSA", "kysymyksiin",
                    "kysymyksen", "lapsi", "lapset", "lasten", "lapsille", "apua", "avun", "tukea", "tuen", "poliisi",
                    "poliisille", "hätänumero", "turvakoti", "turvakotiin", "turvakodissa", "kotonaan", "kotiinsa",
                    "kirjansa", "kirjani", "kirjasi", "kirjamme", "kirjanne", "kirjakseni", "taloksensa", "talollaan",
                    "talossansa", "kirjoissanikin", "kissakaan", "koirakaan", "onhan", "onko", "eikö", "sitäpä", "jospa",
                    "kyllähän", "niistä", "siinä", "maahan", "hääseen", "vapaaseen", "puuhun", "työhön", "teihin",
                    "siihen", "taloihin", "keittiöön", "Helsinkiin", "Helsingissä", "kaunis", "kauniimpi", "kaunein",
                    "kauneimmat", "suurimpia", "parempi", "suurempi", "isompaa", "pojat", "talot", "kädet", "imma", "impa",
                    "mpi", "po", "jo", "ja", "JA", "ETTÄ", "Että", "olla", "ole", "OLEN", "a", "ä", "ö", "aa", "oikeus",
                    "oikeuksia", "ihminen", "ihmisiä", "ihmisten", "seuraavaksi", "tietoja", "tiedot", "tietojen", "kysyä",
                    "kysyjä", "ajoja", "ojo", "uljas", "maja", "loukkaantunut", "kattoa", "kukkaa", "kukka", "lintuja",
                    "kenkä", "kengät", "tyttö", "tytöt", "tytöille", "kansainvälinen", "ulkomaalaisille", "Kiruna",
                    "Umeå", "Kvinnofridslinjen", "lähisuhdeväkivalta", "lähisuhdeväkivallan", "Lähisuhdeväkivaltaa",
                    "suojakoti", "kunnioitus", "häpeä", "pelko", "pelkoa", "pelätä", "uhka", "uhkailu", "uhkailua",
                    "taloja", "talojen", "taloista", "taloihinsa", "kalastajien", "pakenemaan", "pakeneminen", "sti", "kö",
                    "kaan", "kään", "kin", "ko", "pä", "pa", "han", "hän", "nsa", "nsä", "ine", "lle", "tta", "ttä",
                    "impä", "immä", "mpä", "mmä", "ejä", "eja", "seen", "tten", "siin", "den", "hön", "hin", "hen",
                    "aamu", "iie", "tieen", "viien", "jouluun", "suohon", "kuuhun", "yöhön", "ruoho", "voi", "ovi",
                    "Ääni", "ÄÄNI", "äänet", "Öljy", "öljyt", "byrokratia", "zoo", "quiz", "wc", "xx");
            case ENGLISH -> List.of("caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "disabled",
                    "matting", "mating", "meeting", "milling", "messing", "meetings", "happy", "sky", "relational",
                    "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli", "radicalli",
                    "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
                    "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
                    "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
                    "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement",
                    "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti",
                    "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "Police's",
                    "police’s", "POLICE'S", "children＇s", "women's", "its", "it's", "IT'S", "It’S", "'s", "’s", "s's",
                    "The", "THE", "And", "a", "A", "is", "be", "y", "yy", "ys", "yes", "eyes", "ies", "sses", "eed", "ed",
                    "ing", "sing", "bing", "abuse", "abused", "abusive", "violence", "violent", "domestic",
                    "municipality", "municipalities", "safety", "shelter", "sheltered", "helpline", "caféing", "naïve",
                    "résumés", "Straßes", "syzygy", "yoyo", "yelling", "toying", "played", "plays", "paying", "payed",
                    "bled", "sled", "hoped", "hopped", "filing", "filling", "falling", "fizzed", "hissing", "hizzing",
                    "aed", "eed", "oed", "ion", "tion", "sion", "cion", "ation", "y's", "bbb", "generalizations",
                    "oscillators", "ayes", "yayy", "ssss", "ss", "us", "bus", "gas", "a's", "was", "WAS", "into", "INTO",
                    "their", "Their", "there", "these", "they", "this", "to", "was", "will", "with", "such", "no", "not",
                    "of", "on", "or", "an", "are", "as", "at", "but", "by", "for", "if", "in", "then");
            case ARABIC -> List.of("والمكتبة", "الكتاب", "بالكتاب", "كالكتاب", "فالكتاب", "للكتاب", "وكتاب", "وكت", "ولد",
                    "وو", "كتابها", "كتابان", "كتابات", "معلمون", "معلمين", "كتابيه", "مدرسية", "كتابه", "مدرسة", "كرسي",
                    "مدرستها", "العنف", "الأسري", "الأسرة", "إيذاء", "آمن", "أمان", "مستشفى", "على", "إلى", "في", "من",
                    "فـي", "عـلـى", "مِن", "فِي", "كـتـاب", "العـنـف", "كِتَابٌ", "مُحَمَّدٌ", "الْعُنْفُ", "ـ", "ـــ", "ً", "ال",
                    "وال", "لل", "و", "ها", "ة", "ى", "ي", "ه", "آ", "أ", "إ", "ﻻ", "ﷲ", "ٱلله", "الله", "لله",
                    "١٢٣", "٠٩", "۱۲۳", "١٢٣abc", "x١", "١١٢", "٢٠٢٤", "١١٤١٤", "COVID", "Polis", "SMS", "BRIS",
                    "الشرطة", "الشرطه", "للشرطة", "الطوارئ", "المساعدة", "مساعدة", "النساء", "الأطفال", "أطفالك", "بيتك",
                    "منزلها", "وبالتالي", "فالعنف", "كالعادة", "ىى", "ةة", "اااا", "ويي", "يية", "تهاها");
            case PERSIAN -> List.of("کتاب", "كتاب", "یک", "يك", "ی", "ے", "کے", "ۀ", "خانۀ", "ہ", "خانہ", "خانهٔ",
                    "هٔ", "ٔ", "۱۲۳", "٤٥٦", "۱۴۰۲", "۰۲۰", "خشونت", "خانگی", "پلیس", "کمک", "زنان", "کودکان", "می",
                    "خواهم", "است", "اَست", "اسـت", "آب", "أ", "إ", "ة", "ى", "این", "اين", "آن", "که", "كه", "را", "با",
                    "از", "به", "در", "برای", "براي", "ای", "اي", "یا", "يا", "ها", "های", "هاي", "ـ", "گ", "چ", "پ", "ژ",
                    "ک", "ك", "ڪ", "ھ", "ە", "ۃ", "ئ", "ؤ", "ء", "ۍ", "ې", "ي", "ی", "ئی", "سلامت", "خطر", "امن", "امنیت",
                    "ۆ", "ۇ", "ٸ", "ً", "ٍ", "ٌ", "ٰ", "ٖ", "COVID", "Polis", "BRIS", "مَن", "مــن", "منٔ", "ه‍", "ی‍ک");
            case SORANI -> SORANI;
            default -> throw new IllegalArgumentException(chain.id);
        });
        // Every stop word, and one letter more (a near miss).
        for (Object word : chain.stopwords) {
            String w = word instanceof char[] chars ? new String(chars) : word.toString();
            out.add(w);
            out.add(w + "s");
        }
        return out;
    }
}
