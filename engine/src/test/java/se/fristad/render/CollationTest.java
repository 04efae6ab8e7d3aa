package se.fristad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The A–Z list and the glossary sort in each language's own alphabet, Persian and Sorani included. */
class CollationTest {

    private static List<String> sorted(String lang, List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Collation.forLanguage(lang));
        return out;
    }

    private static List<String> reversed(List<String> words) {
        List<String> out = new ArrayList<>(words);
        java.util.Collections.reverse(out);
        return out;
    }

    @Test
    void persianLettersThatArabicLacksSortInTheirPlace() {
        // ب پ ت … ج چ … ز ژ … ق ک گ ل … ن و ه ی
        List<String> alphabetical = List.of("برابری", "پیشگیری", "تجاوز", "جنسی", "چیست", "زن", "ژن", "قانون", "کودک",
                "گزارش", "ماندن", "نقد", "ورود", "همسر", "یاری");
        assertEquals(alphabetical, sorted("fa", reversed(alphabetical)));
        assertEquals(sorted("fa", List.of("كودك", "گزارش", "قانون")), List.of("قانون", "كودك", "گزارش"),
                "Arabic kaf sorts as Persian keheh");
    }

    @Test
    void soraniSortsInItsAlphabet() {
        // ئ ا ب پ … ر ڕ … ل ڵ م ن و ۆ ه ە ی ێ (the vowels after ب: و ۆ ه ە ی ێ)
        List<String> alphabetical = List.of("ئاسایش", "ئەو", "باوک", "بوون", "بۆن", "بهار", "بەرد", "بیر", "بێ", "پۆلیس", "رەنگ", "ڕێگا",
                "زمان", "کچ", "گەنج", "لە", "ماڵ", "نهێنی");
        assertEquals(alphabetical, sorted("ckb", reversed(alphabetical)));
    }

    @Test
    void swedishKeepsTheJdksOrder() {
        List<String> alphabetical = List.of("Barn", "Ekonomiskt", "Énergi", "Våld", "Ålder", "Äldre", "Öppen");
        assertEquals(alphabetical, sorted("sv", reversed(alphabetical)));
    }
}
