package se.fristad.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safety facts a content file writes — phone numbers and the addresses a resident uses to reach someone — with
 * where each stands, found once when the file is read (a few per page, kept while its text is let go of). The
 * {@code check} rules in {@code se.fristad.check.SafetyFacts} compare them: a translation against its original,
 * every page against the numbers the site's support pages list.
 *
 * <p>A phone number is found in any of the ways a page writes one: a {@code tel:} or {@code sms:} link, a
 * support page's {@code number:}, or written out in running text in a Swedish format ({@code 020-50 50 50},
 * {@code 0611-34 80 00}, {@code +46 8 123 45 67}, the national short numbers {@code 112}, {@code 114 14},
 * {@code 116 xxx}, {@code 1177}, {@code 113 13}). Years, dates, times, section numbers and counts are not
 * numbers in those formats.
 */
public final class Facts {

    public enum Kind { PHONE, ADDRESS }

    /**
     * One fact.
     *
     * @param value  what is compared: a phone number's digits (a leading +46 as 0), an address in lower case
     * @param shown  as the file writes it
     * @param front  whether it stands in the front matter
     */
    public record Fact(Kind kind, String value, String shown, int line, int column, boolean front) {
        /**
         * A short number standing alone in the text ({@code 112}, {@code 1177}): it may as well be a house, page or
         * bus number ("Storgatan 112"), so it is compared between a translation and its original but not required to
         * be a support page's number. Spaced forms ({@code 114 14}, {@code 116 111}) are unmistakable.
         */
        public boolean bare() {
            return kind == Kind.PHONE && shown.matches("\\d{3,6}") && !shown.startsWith("0");
        }

        public String where(String path) {
            return path + ":" + line + ":" + column;
        }
    }

    // a number glued to a Latin word is no phone number; glued to an Arabic or Ge'ez prefix ("و1177", "ብ114 14") it is
    // and "3 112" or "112 000" are amounts (a space between thousands), not numbers to call
    private static final String BEFORE = "(?<![\\p{IsLatin}\\p{N}:/.,+\\-_#=§])(?<!\\p{N}[ \\u00a0\\u202f])";
    private static final String AFTER = "(?![\\p{IsLatin}\\p{N}/_]|[.,:\\-–]\\d|[ \\u00a0\\u202f]\\d{3}(?!\\d))";
    /** A number with an area code ({@code 0} or {@code +46}): at least 7 digits in groups of 1–4. */
    private static final Pattern LONG = Pattern.compile(BEFORE + "(?:\\+46[ \\-]?(?:\\(0\\))?[ \\-]?|0)\\d{1,3}(?:[ \\-]?\\d{1,4}){2,4}" + AFTER);
    /** Sweden's short national numbers. */
    private static final Pattern SHORT = Pattern.compile(BEFORE + "(?:112|114 ?14|113 ?13|116 ?\\d{3}|1177)" + AFTER);
    /** {@code {{tel name}}}: a support page's number named in the text (as MarkdownRenderer.TEL_REFERENCE). */
    public static final Pattern REFERENCE = Pattern.compile(
            "\\{\\{\\s*tel\\s+([\\p{L}\\p{N}/._\\-]+?)(?:\\.md)?(?:\\s+(\\d{1,2}))?\\s*\\}\\}");
    private static final String REFERENCE_PREFIX = "{{tel ";

    /** The value of a {@code {{tel name n}}} fact, until {@link #referenced} resolves it against the site. */
    static String reference(String name, int n) {
        return REFERENCE_PREFIX + referenceName(name) + " " + n + "}}";
    }

    /** A {@code {{tel name}}}'s name as the support pages are known by: without a leading / or ../. */
    public static String referenceName(String name) {
        String key = name.startsWith("/") ? name.substring(1) : name;
        while (key.startsWith("../")) {
            key = key.substring(3);
        }
        return key;
    }

    /** For a {@code {{tel …}}} fact: the support page's name (file name or path without .md) and which of its numbers. */
    public static java.util.Optional<java.util.Map.Entry<String, Integer>> referenced(Fact f) {
        if (!f.value().startsWith(REFERENCE_PREFIX)) {
            return java.util.Optional.empty();
        }
        String[] parts = f.value().substring(REFERENCE_PREFIX.length(), f.value().length() - 2).split(" ");
        return java.util.Optional.of(java.util.Map.entry(parts[0], Integer.parseInt(parts[1])));
    }

    private static final Pattern TEL = Pattern.compile("(?i)\\b(tel|sms):([+0-9][0-9 \\-%20]*[0-9])");
    private static final Pattern MAILTO = Pattern.compile("(?i)\\bmailto:([^\\s)>\"'\\]]+)");
    private static final Pattern EMAIL = Pattern.compile(BEFORE + "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+");
    private static final Pattern WEB = Pattern.compile("(?i)\\bhttps?://[^\\s)>\"'\\]]+");

    private final List<Fact> facts;

    private Facts(List<Fact> facts) {
        this.facts = facts;
    }

    public static final Facts NONE = new Facts(List.of());

    public List<Fact> all() {
        return facts;
    }

    public List<Fact> of(Kind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * The facts of a content file's text.
     *
     * @param frontEnd the 1-based line of the front matter's closing fence (0 when there is none)
     */
    public static Facts scan(String text, int frontEnd) {
        List<Fact> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int n = i + 1;
            boolean front = n <= frontEnd;
            String trimmed = line.strip();
            if (!front && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = !fence;
                continue;
            }
            if (fence || (front && trimmed.startsWith("#"))) {
                continue; // code and comments are not the page's text
            }
            if (line.indexOf(':') < 0 && line.indexOf('@') < 0 && line.indexOf('{') < 0 && !hasDigit(line)) {
                continue;
            }
            StringBuilder masked = new StringBuilder(line);
            List<Fact> found = new ArrayList<>();
            scan(REFERENCE, line, m -> {
                found.add(new Fact(Kind.PHONE, reference(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2))),
                        m.group(), n, m.start() + 1, front));
            }, masked);
            scan(TEL, line, m -> {
                found.add(new Fact(Kind.PHONE, digits(m.group(2)), m.group(), n, m.start() + 1, front));
            }, masked);
            scan(MAILTO, line, m -> {
                found.add(new Fact(Kind.ADDRESS, "mailto:" + m.group(1).toLowerCase(Locale.ROOT), m.group(), n, m.start() + 1, front));
            }, masked);
            scan(WEB, line, m -> {
                found.add(new Fact(Kind.ADDRESS, web(m.group()), m.group(), n, m.start() + 1, front));
            }, masked);
            scan(EMAIL, masked.toString(), m -> {
                found.add(new Fact(Kind.ADDRESS, "mailto:" + m.group().toLowerCase(Locale.ROOT), m.group(), n, m.start() + 1, front));
            }, masked);
            String rest = masked.toString();
            List<Fact> written = new ArrayList<>();
            scan(LONG, rest, m -> {
                written.add(new Fact(Kind.PHONE, digits(m.group()), m.group().strip(), n, m.start() + 1, front));
            }, masked);
            scan(SHORT, masked.toString(), m -> {
                written.add(new Fact(Kind.PHONE, digits(m.group()), m.group(), n, m.start() + 1, front));
            }, masked);
            written.addAll(found);
            written.sort(java.util.Comparator.comparingInt(Fact::column)); // as the line reads: "[020-50 50 50](tel:…)" first
            out.addAll(written);
        }
        return out.isEmpty() ? NONE : new Facts(List.copyOf(out));
    }

    /** Each match is reported and blanked out in {@code masked}, so a later pattern does not see it again. */
    private static void scan(Pattern p, String line, java.util.function.Consumer<Matcher> found, StringBuilder masked) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            found.accept(m);
            for (int i = m.start(); i < m.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The digits of a number, a leading +46 (Sweden) written as the 0 dialled inside the country. */
    public static String digits(String number) {
        String n = number.replace("%20", "").strip();
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        String d = b.toString();
        if (n.startsWith("+46")) {
            d = d.substring(2);
            d = d.startsWith("0") ? d : "0" + d;
        } else if (n.startsWith("+")) {
            d = "+" + d;
        }
        return d;
    }

    /** An https address compared without its scheme's case, a trailing slash or a trailing full stop. */
    private static String web(String url) {
        String u = url;
        while (u.endsWith(".") || u.endsWith(",") || u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int slash = u.indexOf('/', u.indexOf("//") + 2);
        String host = slash < 0 ? u : u.substring(0, slash);
        return host.toLowerCase(Locale.ROOT).replaceFirst("^http://", "https://") + (slash < 0 ? "" : u.substring(slash));
    }

    /**
     * What a translation is compared with: a fingerprint of the text a translator translates (title, summary, body
     * and the type's texts), not of dates, order, the translation's own bookkeeping or the numbers and addresses it
     * takes from the original. Twelve hex digits of SHA-256.
     */
    public static String fingerprint(String text) {
        StringBuilder b = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        boolean front = lines.length > 0 && lines[0].strip().equals("---");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (front && i > 0 && (line.equals("---") || line.equals("..."))) {
                front = false;
                b.append("---\n");
                continue;
            }
            if (front && (line.strip().startsWith("#") || UNTRANSLATED.matcher(line).lookingAt())) {
                continue;
            }
            b.append(line).append('\n');
        }
        String s = b.toString().strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Front-matter keys that are no text to translate: bookkeeping, and the facts a translation takes from its original
     * (a changed phone number or address follows by itself; it does not make the translations old).
     */
    private static final Pattern UNTRANSLATED = Pattern.compile(
            "(reviewed|date|order|draft|status|translation|translatedFrom|slug|layout|glossary|pictogram"
                    + "|chat|email|website|area|audience|\\s*-?\\s*number)\\s*[:=]");
}
