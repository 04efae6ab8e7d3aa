package se.fristad.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Native names and writing directions of the languages a Swedish municipality's site most often needs. */
public final class KnownLanguages {
    private KnownLanguages() {
    }

    private static final Set<String> RTL = Set.of("ar", "fa", "ckb", "he", "ur", "ps", "yi", "prs", "dv", "sd", "ug");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("sv", "Svenska"),
            Map.entry("en", "English"),
            Map.entry("ar", "العربية"),
            Map.entry("fa", "فارسی"),
            Map.entry("prs", "دری"),
            Map.entry("ckb", "کوردیی ناوەندی"),
            Map.entry("kmr", "Kurmancî"),
            Map.entry("ku", "Kurdî"),
            Map.entry("so", "Soomaali"),
            Map.entry("ti", "ትግርኛ"),
            Map.entry("am", "አማርኛ"),
            Map.entry("fi", "Suomi"),
            Map.entry("fit", "Meänkieli"),
            Map.entry("se", "Davvisámegiella"),
            Map.entry("smj", "Julevsámegiella"),
            Map.entry("sma", "Åarjelsaemien gïele"),
            Map.entry("rom", "Romani chib"),
            Map.entry("yi", "ייִדיש"),
            Map.entry("he", "עברית"),
            Map.entry("ur", "اردو"),
            Map.entry("ps", "پښتو"),
            Map.entry("uk", "Українська"),
            Map.entry("ru", "Русский"),
            Map.entry("pl", "Polski"),
            Map.entry("de", "Deutsch"),
            Map.entry("fr", "Français"),
            Map.entry("es", "Español"),
            Map.entry("tr", "Türkçe"),
            Map.entry("bs", "Bosanski"),
            Map.entry("hr", "Hrvatski"),
            Map.entry("sr", "Српски"),
            Map.entry("ro", "Română"),
            Map.entry("th", "ไทย"),
            Map.entry("zh", "中文"),
            Map.entry("vi", "Tiếng Việt"),
            Map.entry("no", "Norsk"),
            Map.entry("nb", "Norsk bokmål"),
            Map.entry("da", "Dansk"),
            Map.entry("et", "Eesti"),
            Map.entry("sw", "Kiswahili"));

    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    public static String direction(String code) {
        String primary = code.split("-")[0];
        return RTL.contains(primary) ? "rtl" : "ltr";
    }

    public static Set<String> codes() {
        return NAMES.keySet();
    }
}
