import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Build benchmark for Fristad, with Hugo as the anchor.
 *
 * <p>Generates a deterministic synthetic site (N pages per language, ~5 KB of Markdown each, headings, lists,
 * internal links with and without {@code #anchor}s), writes it once as a Fristad site and once — the same
 * Markdown bytes — as a multilingual Hugo site, builds both under {@code /usr/bin/time} and prints wall time,
 * peak RSS, output file counts and the Fristad/Hugo ratios.
 *
 * <p>Single-file Java 17 program without dependencies. From the repository root:
 * <pre>java bench/BuildBenchmark.java [--pages N] [--langs 3] [--runs R] [--keep]</pre>
 * See bench/README.md for every option.
 */
public class BuildBenchmark {

    static final long SEED = 0x46726973746164L; // "Fristad"
    static final int PAGES_PER_FOLDER = 100;     // files per folder, index.md included
    static final int TARGET_BYTES = 5000;        // Markdown body size aimed at per page
    static final List<String> ALL_LANGS = List.of("sv", "en", "fi");

    // ---------------------------------------------------------------------------------------------------------
    // Options

    static final class Options {
        int pages = 10_000;
        List<String> langs = ALL_LANGS;
        int runs = 1;
        boolean keep;
        boolean warmup;
        boolean runFristad = true;
        boolean runHugo = true;
        boolean runPagefind = true;
        boolean typed;
        /** --linear: page counts to build with Fristad alone, to compare the time per page (null = no). */
        int[] linear;
        Path jar = Path.of("target", "fristad.jar");
        Path pagefind = Path.of("bench", "node_modules", ".bin", "pagefind");
        List<String> javaOpts = List.of();
        Path dir;
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--pages": o.pages = Integer.parseInt(v != null ? v : need(args, ++i, a)); break;
                case "--langs": o.langs = parseLangs(v != null ? v : need(args, ++i, a)); break;
                case "--runs": o.runs = Integer.parseInt(v != null ? v : need(args, ++i, a)); break;
                case "--jar": o.jar = Path.of(v != null ? v : need(args, ++i, a)); break;
                case "--dir": o.dir = Path.of(v != null ? v : need(args, ++i, a)); break;
                case "--java-opts": {
                    String s = (v != null ? v : need(args, ++i, a)).trim();
                    o.javaOpts = s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
                    break;
                }
                case "--keep": o.keep = true; break;
                case "--warmup": o.warmup = true; break;
                case "--no-hugo": o.runHugo = false; break;
                case "--no-fristad": o.runFristad = false; break;
                case "--no-pagefind": o.runPagefind = false; break;
                case "--no-anchors": o.runHugo = false; o.runPagefind = false; break;
                case "--typed": o.typed = true; break;
                case "--pagefind": o.pagefind = Path.of(v != null ? v : need(args, ++i, a)); break;
                case "--linear": {
                    String sizes = v != null ? v
                            : i + 1 < args.length && args[i + 1].matches("\\d+(,\\d+)+") ? args[++i] : "2000,10000";
                    try {
                        o.linear = Arrays.stream(sizes.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
                    } catch (NumberFormatException e) {
                        die(2, "--linear=N,M needs page counts, e.g. --linear=2000,10000");
                    }
                    if (o.linear.length < 2) die(2, "--linear needs at least two page counts, e.g. --linear=2000,10000");
                    break;
                }
                case "-h": case "--help": usage(0); break;
                default:
                    System.err.println("unknown option: " + args[i]);
                    usage(2);
            }
        }
        if (o.pages < 2) die(2, "--pages must be at least 2");
        if (o.runs < 1) die(2, "--runs must be at least 1");
        if (o.linear != null) {
            for (int n : o.linear) if (n < 2) die(2, "--linear page counts must be at least 2");
            if (!o.runFristad) die(2, "--linear measures Fristad: it cannot be combined with --no-fristad");
            o.typed = true;      // the mix of issue #11
            o.runHugo = false;   // Fristad alone: the anchors' linearity is not the question
            o.runPagefind = false;
        }
        if (!o.runHugo) o.runPagefind = false; // Pagefind indexes Hugo's output
        return o;
    }

    static String need(String[] args, int i, String opt) {
        if (i >= args.length) die(2, opt + " needs a value");
        return args[i];
    }

    static List<String> parseLangs(String s) {
        if (s.matches("\\d+")) {
            int n = Integer.parseInt(s);
            if (n < 1 || n > ALL_LANGS.size()) die(2, "--langs must be 1.." + ALL_LANGS.size());
            return ALL_LANGS.subList(0, n);
        }
        List<String> out = new ArrayList<>();
        for (String l : s.split(",")) {
            l = l.trim();
            if (!ALL_LANGS.contains(l)) die(2, "unknown language '" + l + "' (known: sv, en, fi)");
            if (!out.contains(l)) out.add(l);
        }
        return out;
    }

    static void usage(int code) {
        System.out.println(String.join("\n",
                "usage: java bench/BuildBenchmark.java [options]   (run from the repository root)",
                "  --pages N        Markdown files per language (default 10000)",
                "  --langs N|LIST   number of languages, 1-3, or a list like sv,en (default 3: sv,en,fi)",
                "  --runs R         timed runs per tool; the median is reported (default 1)",
                "  --warmup         one untimed run of each tool before the timed runs",
                "  --jar PATH       Fristad jar (default target/fristad.jar)",
                "  --java-opts S    extra JVM options for Fristad, e.g. \"-Xmx1g\" (default none)",
                "  --typed          issue #11's mix: a quarter type: definition (terms linked from other pages),",
                "                   a quarter type: support (national phone lines), a support finder and a glossary page",
                "  --no-hugo        skip Hugo (and so Pagefind); --no-fristad skips Fristad (e.g. to test the generator)",
                "  --no-pagefind    skip Pagefind (run on Hugo's output after each Hugo run by default)",
                "  --no-anchors     Fristad only: neither Hugo nor Pagefind (the 100,000-page run)",
                "  --pagefind PATH  Pagefind (default bench/node_modules/.bin/pagefind; cd bench && npm ci)",
                "  --linear[=N,M]   Fristad alone on the typed mix at N and M pages (default 2000,10000), then",
                "                   the ratio of its wall time per page (issue #11: <= 1.1x)",
                "  --dir DIR        generate into DIR (must be empty or absent) instead of a temp dir",
                "  --keep           keep the generated sites and outputs (path is printed)"));
        System.exit(code);
    }

    static void die(int code, String msg) {
        System.err.println("BuildBenchmark: " + msg);
        System.exit(code);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Vocabulary. Body words may carry diacritics; heading words are ASCII so anchor ids are predictable.

    static final class Vocab {
        final String[] words, headingWords, connectors;
        final String folderTitle, homeTitle, summaryStart, pagesIntro;

        Vocab(String words, String headingWords, String connectors,
              String folderTitle, String homeTitle, String summaryStart, String pagesIntro) {
            this.words = words.trim().split("\\s+");
            this.headingWords = headingWords.trim().split("\\s+");
            this.connectors = connectors.trim().split("\\s+");
            this.folderTitle = folderTitle;
            this.homeTitle = homeTitle;
            this.summaryStart = summaryStart;
            this.pagesIntro = pagesIntro;
        }
    }

    static Vocab vocab(String lang) {
        switch (lang) {
            case "sv": return new Vocab(
                    "stöd hjälp våld nära relation kommunen socialtjänsten kvinnojouren polisen anmälan barn familj "
                    + "trygghet samtal rådgivning skyddat boende rätt kontakta behöver kan du vi och att det för med "
                    + "som om när inte får finns här många personer ibland alltid ditt din vår hos till från under "
                    + "efter skydd hot kontroll ekonomiskt psykiskt fysiskt sexuellt digitalt dokumentera läkare "
                    + "vården jourhavande dygnet runt kostnadsfritt anonymt tolk språk information frågor svar tid "
                    + "plats hjälpen stödet insats utredning beslut vuxen ungdom skolan förskolan arbetsgivaren vän "
                    + "granne anhörig oro rädsla säkerhet plan väska nyckel telefon dokument pass pengar banken "
                    + "bostad hyresvärden domstolen kontaktförbud målsägandebiträde advokat ersättning "
                    + "brottsofferjouren är var också även eller men så vill ska kunna berätta lyssna tillsammans",
                    "stod hjalp kontakt trygghet boende barn familj anmalan polisen kommunen radgivning samtal "
                    + "skydd rattigheter fragor svar planering dokumentation ekonomi varden skolan tolk jouren akut "
                    + "insatser utredning beslut stodsamtal sakerhet vuxna unga anhoriga hot kontroll",
                    "och for om vid efter med utan infor",
                    "Sektion", "Startsida", "Sidan handlar om", "Sidor i den här sektionen:");
            case "fi": return new Vocab(
                    "tuki apu väkivalta lähisuhteessa kunta sosiaalitoimi turvakoti poliisi ilmoitus lapsi lapset "
                    + "perhe turvallisuus keskustelu neuvonta oikeus ota yhteyttä tarvitset voit sinä me ja että se "
                    + "kanssa kun ei saat on täällä monet ihmiset joskus aina sinun meidän luona jälkeen suojelu "
                    + "uhka kontrolli taloudellinen henkinen fyysinen seksuaalinen digitaalinen lääkäri "
                    + "terveydenhuolto päivystys ympäri vuorokauden maksuton nimettömästi tulkki kieli tietoa "
                    + "kysymykset vastaukset aika paikka palvelu päätös aikuinen nuori koulu päiväkoti työnantaja "
                    + "ystävä naapuri omainen huoli pelko suunnitelma laukku avain puhelin asiakirjat passi raha "
                    + "pankki asunto vuokranantaja tuomioistuin lähestymiskielto asianajaja korvaus "
                    + "rikosuhripäivystys myös tai mutta niin haluat pitää voida kertoa kuunnella yhdessä",
                    "tuki apua yhteystiedot turvakoti lapset perhe ilmoitus poliisi kunta neuvonta keskustelu "
                    + "suojelu oikeudet kysymykset vastaukset suunnitelma dokumentointi talous terveys koulu tulkki "
                    + "paivystys kiireellinen palvelut selvitys paatos tukipuhelu turvallisuus asuminen omaiset",
                    "ja tai ennen jalkeen kanssa ilman",
                    "Osio", "Etusivu", "Sivu kertoo aiheesta", "Tämän osion sivut:");
            default: return new Vocab(
                    "support help violence close relationship municipality social services shelter police report "
                    + "child children family safety conversation advice protected housing right contact need can "
                    + "you we and that it for with as if when not may there here many people sometimes always your "
                    + "our at to from during after protection threat control financial psychological physical "
                    + "sexual digital document doctor healthcare on call day night free anonymous interpreter "
                    + "language information questions answers time place service decision adult young school "
                    + "preschool employer friend neighbour relative worry fear plan bag key phone documents passport "
                    + "money bank home landlord court restraining order lawyer counsel compensation victim is are "
                    + "also or but so want should able tell listen together",
                    "support help contact safety housing children family reporting police municipality advice "
                    + "conversations protection rights questions answers planning documentation finances healthcare "
                    + "school interpreters shelters urgent measures investigation decisions counselling security "
                    + "adults youth relatives threats control",
                    "and for about at after with without before",
                    "Section", "Home", "This page is about", "Pages in this section:");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // --typed: words for definitions' terms and support pages' facts.

    /** The six national lines a support page may use (issue #11); labels per language in {@link TypedVocab}. */
    static final String[] PHONES = {"112", "114 14", "020-50 50 50", "116 111", "116 006", "1177"};
    static final String[] AUDIENCES = {"adults", "children", "perpetrators", "relatives", "professionals"};

    /**
     * Terms are compounds of a prefix and a suffix (sv, fi: one word, {@code skydds}+{@code plan}; en: two words),
     * alone or after a qualifier: 48 × 40 × 41 ≈ 78,000 distinct forms, enough for 100,000 pages (25,000
     * definitions with 1–2 aliases each) without two definitions sharing a form.
     */
    static final class TypedVocab {
        final String[] prefixes, suffixes, qualifiers, phoneLabels;
        final boolean joined;
        final String inflection, means, alsoCalled, call, or, hours, cost, finderTitle, glossaryTitle;
        final List<String> forms;

        TypedVocab(String prefixes, String suffixes, String qualifiers, boolean joined, String inflection,
                   String phoneLabels, String means, String alsoCalled, String call, String or, String hours,
                   String cost, String finderTitle, String glossaryTitle) {
            this.prefixes = prefixes.trim().split("\\s+");
            this.suffixes = suffixes.trim().split("\\s+");
            this.qualifiers = qualifiers.trim().split("\\s+");
            this.joined = joined;
            this.inflection = inflection;
            this.phoneLabels = phoneLabels.split("\\|");
            this.means = means;
            this.alsoCalled = alsoCalled;
            this.call = call;
            this.or = or;
            this.hours = hours;
            this.cost = cost;
            this.finderTitle = finderTitle;
            this.glossaryTitle = glossaryTitle;
            // every compound once, in an order that mixes prefixes and suffixes; then the same after each qualifier
            LinkedHashSet<String> compounds = new LinkedHashSet<>();
            int n = this.prefixes.length * this.suffixes.length;
            for (int k = 0; k < n; k++) {
                int m = (int) ((k * 7919L) % n); // 7919 is prime and divides no n here: a permutation of 0..n-1
                String a = this.prefixes[m % this.prefixes.length], b = this.suffixes[m / this.prefixes.length];
                if (!a.equals(b)) compounds.add(joined ? a + b : a + " " + b);
            }
            List<String> all = new ArrayList<>(compounds);
            for (String q : this.qualifiers) for (String c : compounds) all.add(q + " " + c);
            this.forms = all;
        }

        /** Form {@code f} of the enumeration; beyond it (over ~125,000 pages) forms repeat. */
        String form(int f) {
            return forms.get(f % forms.size());
        }
    }

    static TypedVocab typedVocab(String lang) {
        switch (lang) {
            case "sv": return new TypedVocab(
                    "skydds stöd trygghets hot risk familje barn kris våld hjälp samverkans föräldra ungdoms kvinno "
                    + "mans hälso rätts bostads arbets skol heders omsorgs jour anhörig brotts polis social vårds "
                    + "läkar tolk ekonomi nätverks kontakt samtals behandlings besöks uppföljnings utrednings insats "
                    + "flykt migrations telefon chatt förtroende sjukvårds grannskaps förskole ålders",
                    "plan bedömning insats samtal nätverk perspektiv arbete utredning team grupp stöd boende kontakt "
                    + "rutin metod rådgivning samordnare mottagning linje jour åtgärd ansvar skydd beslut "
                    + "dokumentation kartläggning uppföljning behandling program handläggare tjänst process modell "
                    + "policy riktlinje verktyg forum center enhet kurs",
                    "akut tidig digital regional kommunal nationell särskild förstärkt gemensam lokal långsiktig "
                    + "tillfällig samordnad strukturerad fördjupad individuell psykosocial rättslig medicinsk "
                    + "pedagogisk ekonomisk allmän intern extern anonym kostnadsfri flerspråkig mobil öppen skyddad "
                    + "förebyggande uppsökande kvalificerad grundläggande generell riktad selektiv indikerad "
                    + "universell operativ",
                    true, "en",
                    "Larmnummer|Polisen|Kvinnofridslinjen|Bris|Brottsofferjouren|Sjukvårdsrådgivning",
                    "betyder att", "Andra ord för det är", "Ring", "eller", "Dygnet runt, alla dagar.",
                    "Det kostar ingenting att ringa.", "Hitta stöd", "Begrepp");
            case "fi": return new TypedVocab(
                    "turva tuki uhka riski perhe lapsi kriisi väkivalta apu yhteistyö vanhempi nuoriso nais mies "
                    + "terveys oikeus asumis työ koulu kunnia hoiva päivystys omais rikos poliisi sosiaali hoito "
                    + "lääkäri tulkki talous verkosto yhteys keskustelu käynti seuranta selvitys palvelu "
                    + "maahanmuutto puhelin chatti luottamus uhri suojelu ehkäisy neuvonta naapuri päiväkoti ikä",
                    "suunnitelma arviointi toimenpide keskustelu verkosto näkökulma työ selvitys tiimi ryhmä tuki "
                    + "asuminen yhteys rutiini menetelmä neuvonta koordinaattori vastaanotto linja päivystys ratkaisu "
                    + "vastuu suoja päätös dokumentointi kartoitus seuranta hoito ohjelma ohjaaja palvelu prosessi "
                    + "malli ohje käytäntö työkalu foorumi keskus yksikkö kurssi",
                    "akuutti varhainen digitaalinen alueellinen kunnallinen kansallinen erityinen tehostettu yhteinen "
                    + "paikallinen pitkäaikainen tilapäinen koordinoitu jäsennelty syvennetty yksilöllinen "
                    + "psykososiaalinen oikeudellinen lääketieteellinen pedagoginen taloudellinen yleinen sisäinen "
                    + "ulkoinen anonyymi maksuton monikielinen liikkuva avoin suojattu ehkäisevä etsivä pätevä "
                    + "perustava laaja kohdennettu valikoiva tunnistettu universaali operatiivinen",
                    true, "n",
                    "Hätänumero|Poliisi|Kvinnofridslinjen|Bris|Brottsofferjouren|Terveysneuvonta",
                    "tarkoittaa, että", "Sitä kutsutaan myös", "Soita", "tai", "Ympäri vuorokauden, joka päivä.",
                    "Soittaminen on maksutonta.", "Löydä tukea", "Käsitteet");
            default: return new TypedVocab(
                    "safety support risk threat family child crisis violence help cooperation parent youth women "
                    + "men health legal housing work school honour care shelter relative crime police social medical "
                    + "interpreter finance network contact counselling treatment visitor assessment case refuge "
                    + "migration phone chat trust victim court protection prevention outreach neighbourhood preschool",
                    "plan assessment intervention conversation network perspective approach investigation team group "
                    + "service housing contact routine method advice coordinator clinic line helpline measure duty "
                    + "order decision documentation mapping review therapy programme officer process model policy "
                    + "guideline tool forum centre unit course",
                    "acute early digital regional municipal national special enhanced joint local lasting temporary "
                    + "coordinated structured deepened individual psychosocial judicial clinical educational "
                    + "economic general internal external anonymous free multilingual mobile open protected "
                    + "preventive proactive qualified basic broad targeted selective indicated universal operative",
                    false, "s",
                    "Emergency number|Police|Kvinnofridslinjen|Bris|Victim Support Sweden|Healthcare advice",
                    "means that", "It is also called", "Call", "or", "Around the clock, every day.",
                    "Calling is free.", "Find support", "Terms");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Site model: the same relative paths in every language.

    /** Relative content paths, index 0 = root index.md; every folder has index.md + up to 99 pages. */
    static List<String> layout(int pages) {
        List<String> paths = new ArrayList<>(pages);
        paths.add("index.md");
        int remaining = pages - 1;
        for (int f = 1; remaining > 0; f++) {
            int inFolder = Math.min(PAGES_PER_FOLDER, remaining);
            paths.add("sektion-" + f + "/index.md");
            for (int p = 1; p < inFolder; p++) paths.add("sektion-" + f + "/sida-" + p + ".md");
            remaining -= inFolder;
        }
        return paths;
    }

    static final class Heading {
        final int level;
        final String text;
        final String id;

        Heading(int level, String text) {
            this.level = level;
            this.text = text;
            this.id = headingId(text);
        }
    }

    /** Fristad's heading id rule: lowercase, fold å/ä→a ö→o, runs of non-alphanumerics → '-', trimmed. */
    static String headingId(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    static long seed(String lang, int page, int stream) {
        return SEED ^ ((long) lang.hashCode() << 32) ^ ((long) page * 0x9E3779B97F4A7C15L) ^ stream;
    }

    static final int PLAIN = 0, DEFINITION = 1, SUPPORT = 2;
    static final double TERM_CHANCE = 0.10; // share of sentences that mention a defined term (--typed)

    /**
     * --typed: of the pages that are not a folder's index, those at index 1, 5, 9 … are definitions and 2, 6, 10 …
     * support pages: about a quarter of each (24 % definitions, as every folder's index falls on a definition's
     * place and stays plain; 25 % support). The same in every language.
     */
    static int kind(boolean typed, List<String> paths, int page) {
        if (!typed || paths.get(page).endsWith("index.md")) return PLAIN;
        int k = page % 4;
        return k == 1 ? DEFINITION : k == 2 ? SUPPORT : PLAIN;
    }

    static final class LangSite {
        final String lang;
        final Vocab v;
        final List<String> paths;
        final Heading[][] headings;
        final boolean typed;
        final TypedVocab tv;
        final int[] defPages;   // --typed: the definition pages, in order; definition d is defPages[d]
        final int[] defOrdinal; // --typed: page -> its d, or -1

        LangSite(String lang, List<String> paths) {
            this(lang, paths, false);
        }

        LangSite(String lang, List<String> paths, boolean typed) {
            this.lang = lang;
            this.v = vocab(lang);
            this.paths = paths;
            this.typed = typed;
            this.tv = typed ? typedVocab(lang) : null;
            this.defOrdinal = new int[paths.size()];
            Arrays.fill(defOrdinal, -1);
            int[] defs = new int[paths.size()];
            int n = 0;
            for (int i = 0; i < paths.size(); i++) {
                if (kind(typed, paths, i) == DEFINITION) {
                    defOrdinal[i] = n;
                    defs[n++] = i;
                }
            }
            this.defPages = Arrays.copyOf(defs, n);
            this.headings = new Heading[paths.size()][];
            for (int i = 0; i < paths.size(); i++) headings[i] = makeHeadings(i);
        }

        /**
         * Definition d's term and then its aliases: 1 alias for even d, 2 for odd, so two definitions take five
         * consecutive forms of the enumeration and no two definitions share one.
         */
        String[] forms(int d) {
            int start = (d / 2) * 5 + (d % 2) * 2;
            int count = d % 2 == 0 ? 2 : 3;
            String[] out = new String[count];
            for (int k = 0; k < count; k++) out[k] = tv.form(start + k);
            return out;
        }

        /** --typed: the special pages; the first two folders' index pages when there are that many. */
        String layoutOf(int page) {
            if (!typed) return null;
            String p = paths.get(page);
            if (p.equals("sektion-1/index.md")) return "finder";
            if (p.equals("sektion-2/index.md")) return "glossary";
            return null;
        }

        /** 4–6 sections (##), each with 0–2 subsections (###); every id unique within the page. */
        Heading[] makeHeadings(int page) {
            Random r = new Random(seed(lang, page, 1));
            List<Heading> hs = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            int sections = 4 + r.nextInt(3);
            for (int s = 0; s < sections; s++) {
                hs.add(uniqueHeading(r, 2, ids));
                int subs = r.nextInt(3) == 0 ? 2 : r.nextInt(2);
                for (int k = 0; k < subs; k++) hs.add(uniqueHeading(r, 3, ids));
            }
            return hs.toArray(new Heading[0]);
        }

        Heading uniqueHeading(Random r, int level, Set<String> ids) {
            while (true) {
                String a = pick(r, v.headingWords), b = pick(r, v.headingWords);
                if (a.equals(b)) continue;
                String text = r.nextInt(3) == 0 ? cap(a) + " " + b : cap(a) + " " + pick(r, v.connectors) + " " + b;
                Heading h = new Heading(level, text);
                if (ids.add(h.id)) return h;
            }
        }

        String title(int page) {
            String p = paths.get(page);
            if (page == 0) return v.homeTitle;
            String layout = layoutOf(page);
            if (layout != null) return layout.equals("finder") ? tv.finderTitle : tv.glossaryTitle;
            if (defOrdinal[page] >= 0) return cap(forms(defOrdinal[page])[0]);
            String folderNo = p.substring("sektion-".length(), p.indexOf('/'));
            if (p.endsWith("/index.md")) return v.folderTitle + " " + folderNo;
            Random r = new Random(seed(lang, page, 2));
            String num = p.substring(p.lastIndexOf('-') + 1, p.length() - 3);
            return cap(pick(r, v.words)) + " " + pick(r, v.words) + " " + pick(r, v.words) + " " + folderNo + "." + num;
        }

        String markdown(int page) {
            Random r = new Random(seed(lang, page, 3));
            String path = paths.get(page);
            StringBuilder sb = new StringBuilder(TARGET_BYTES + 1024);
            int start = sb.length();
            sb.append("---\n");
            sb.append("title: \"").append(title(page)).append("\"\n");
            sb.append("summary: \"").append(v.summaryStart).append(' ').append(words(r, 6 + r.nextInt(6)))
                    .append(".\"\n");
            if (typed) typedFrontMatter(sb, page);
            sb.append("order: ").append(page).append('\n');
            sb.append("---\n\n");
            if (typed) typedIntro(sb, r, page);
            paragraph(sb, r, page);
            if (path.endsWith("index.md")) pageList(sb, page);
            Heading[] hs = headings[page];
            for (int k = 0; k < hs.length; k++) {
                Heading h = hs[k];
                sb.append(h.level == 2 ? "## " : "### ").append(h.text).append("\n\n");
                // share what is left of the page's budget among the remaining sections; at least one block each
                int end = sb.length() + (TARGET_BYTES - (sb.length() - start)) / (hs.length - k);
                do {
                    int kind = r.nextInt(10);
                    if (kind < 6) paragraph(sb, r, page);
                    else if (kind < 8) bulletList(sb, r, page);
                    else numberedList(sb, r, page);
                } while (sb.length() < end - 150);
            }
            return sb.toString();
        }

        /** Same facts in every language: the choices depend on the page only. */
        Random facts(int page) {
            return new Random(seed("facts", page, 5));
        }

        void typedFrontMatter(StringBuilder sb, int page) {
            String layout = layoutOf(page);
            if (layout != null) sb.append("layout: ").append(layout).append('\n');
            switch (kind(true, paths, page)) {
                case DEFINITION: {
                    String[] f = forms(defOrdinal[page]);
                    sb.append("type: definition\n");
                    sb.append("term: \"").append(f[0]).append("\"\n");
                    sb.append("aliases: [");
                    for (int k = 1; k < f.length; k++) sb.append(k > 1 ? ", " : "").append('"').append(f[k]).append('"');
                    sb.append("]\n");
                    break;
                }
                case SUPPORT: {
                    Random r = facts(page);
                    sb.append("type: support\n");
                    sb.append("phones:\n");
                    int first = r.nextInt(PHONES.length);
                    int count = 1 + r.nextInt(2);
                    for (int k = 0; k < count; k++) {
                        int ph = (first + k * (1 + r.nextInt(PHONES.length - 1))) % PHONES.length;
                        sb.append("  - number: \"").append(PHONES[ph]).append("\"\n");
                        sb.append("    label: \"").append(tv.phoneLabels[ph]).append("\"\n");
                    }
                    sb.append("hours: \"").append(tv.hours).append("\"\n");
                    sb.append("cost: \"").append(tv.cost).append("\"\n");
                    sb.append("audience: [");
                    int from = r.nextInt(AUDIENCES.length), n = 1 + r.nextInt(3);
                    for (int k = 0; k < n; k++) sb.append(k > 0 ? ", " : "").append(AUDIENCES[(from + k) % AUDIENCES.length]);
                    sb.append("]\n");
                    sb.append("area: national\n");
                    break;
                }
                default:
            }
        }

        /** A definition opens with its term and aliases, a support page with its numbers. */
        void typedIntro(StringBuilder sb, Random r, int page) {
            switch (kind(true, paths, page)) {
                case DEFINITION: {
                    String[] f = forms(defOrdinal[page]);
                    sb.append("**").append(cap(f[0])).append("** ").append(tv.means).append(' ');
                    int at = sb.length();
                    sentence(sb, r, page, 8 + r.nextInt(8), 0);
                    sb.setCharAt(at, Character.toLowerCase(sb.charAt(at)));
                    sb.append(". ").append(tv.alsoCalled).append(' ');
                    for (int k = 1; k < f.length; k++) sb.append(k > 1 ? ", " : "").append(f[k]);
                    sb.append(".\n\n");
                    break;
                }
                case SUPPORT: {
                    Random fr = facts(page);
                    int first = fr.nextInt(PHONES.length);
                    sb.append(tv.call).append(' ').append(PHONES[first]).append(". ").append(tv.hours).append(' ')
                            .append(tv.cost).append("\n\n");
                    break;
                }
                default:
            }
        }

        /** Index pages list their children: the home page its folders, a folder index its pages. */
        void pageList(StringBuilder sb, int page) {
            sb.append(v.pagesIntro).append("\n\n");
            String path = paths.get(page);
            if (page == 0) {
                for (int i = 1; i < paths.size(); i++) {
                    if (paths.get(i).endsWith("/index.md")) {
                        sb.append("- [").append(title(i)).append("](").append(paths.get(i)).append(")\n");
                    }
                }
            } else {
                String folder = path.substring(0, path.indexOf('/') + 1);
                for (int i = page + 1; i < paths.size() && paths.get(i).startsWith(folder); i++) {
                    String p = paths.get(i);
                    sb.append("- [").append(title(i)).append("](").append(p.substring(folder.length())).append(")\n");
                }
            }
            sb.append('\n');
        }

        void paragraph(StringBuilder sb, Random r, int page) {
            int n = 2 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(' ');
                sentence(sb, r, page, 6 + r.nextInt(11), 0.10);
                sb.append('.');
            }
            sb.append("\n\n");
        }

        void bulletList(StringBuilder sb, Random r, int page) {
            int n = 3 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                sb.append("- ");
                sentence(sb, r, page, 3 + r.nextInt(8), 0.15);
                sb.append('\n');
            }
            sb.append('\n');
        }

        void numberedList(StringBuilder sb, Random r, int page) {
            int n = 3 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                sb.append(i + 1).append(". ");
                sentence(sb, r, page, 4 + r.nextInt(8), 0.12);
                sb.append('.').append('\n');
            }
            sb.append('\n');
        }

        void sentence(StringBuilder sb, Random r, int page, int n, double linkChance) {
            int linkAt = r.nextDouble() < linkChance ? r.nextInt(n) : -1;
            // --typed: a defined term (or an alias, sometimes inflected) in place of a word
            int termAt = typed && defPages.length > 0 && r.nextDouble() < TERM_CHANCE ? r.nextInt(n) : -1;
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(' ');
                String w = pick(r, v.words);
                if (i == termAt && i != linkAt) {
                    int d = r.nextInt(defPages.length);
                    String[] f = forms(d);
                    w = f[r.nextInt(f.length)];
                    if (r.nextInt(4) == 0) w += tv.inflection;
                }
                if (i == 0) w = cap(w);
                if (i == linkAt) {
                    link(sb, r, page, w);
                } else {
                    int style = r.nextInt(40);
                    if (style == 0) sb.append("**").append(w).append("**");
                    else if (style == 1) sb.append('*').append(w).append('*');
                    else sb.append(w);
                }
            }
        }

        /** An internal link to another page of this language: a relative .md path, a third with #anchor. */
        void link(StringBuilder sb, Random r, int page, String firstWord) {
            int target;
            String from = paths.get(page);
            if (r.nextInt(10) < 3 && from.contains("/")) {
                // same folder: pick a neighbour
                String folder = from.substring(0, from.indexOf('/') + 1);
                int lo = page, hi = page;
                while (lo > 0 && paths.get(lo - 1).startsWith(folder)) lo--;
                while (hi + 1 < paths.size() && paths.get(hi + 1).startsWith(folder)) hi++;
                target = lo + r.nextInt(hi - lo + 1);
            } else {
                target = r.nextInt(paths.size());
            }
            if (target == page) target = (page + 1) % paths.size();
            sb.append('[').append(firstWord).append(' ').append(words(r, 1 + r.nextInt(3))).append("](")
                    .append(relative(from, paths.get(target)));
            if (r.nextInt(3) == 0) {
                Heading[] hs = headings[target];
                sb.append('#').append(hs[r.nextInt(hs.length)].id);
            }
            sb.append(')');
        }

        String words(Random r, int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(' ');
                sb.append(pick(r, v.words));
            }
            return sb.toString();
        }
    }

    /** Relative link from one content file to another; folders are at most one level deep. */
    static String relative(String from, String to) {
        int slash = from.lastIndexOf('/');
        if (slash < 0) return to;
        String dir = from.substring(0, slash + 1);
        if (to.startsWith(dir)) return to.substring(dir.length());
        return "../" + to;
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing the two sites

    static final String HUGO_BASEOF = String.join("\n",
            "<!DOCTYPE html>",
            "<html lang=\"{{ .Language.Lang }}\">",
            "<head><meta charset=\"utf-8\"><title>{{ .Title }} – {{ .Site.Title }}</title></head>",
            "<body>",
            "<header><nav>",
            "<a href=\"{{ .Site.Home.RelPermalink }}\">{{ .Site.Title }}</a>",
            "{{ with .Parent }} › <a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}",
            "<ul>{{ range .Translations }}<li><a href=\"{{ .RelPermalink }}\" hreflang=\"{{ .Language.Lang }}\">"
                    + "{{ .Language.LanguageName }}</a></li>{{ end }}</ul>",
            "</nav></header>",
            "<main data-pagefind-body>{{ block \"main\" . }}{{ end }}</main>",
            "</body>",
            "</html>",
            "");
    static final String HUGO_SINGLE = "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n{{ .Content }}\n{{ end }}\n";
    static final String HUGO_LIST = "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n{{ .Content }}\n"
            + "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>\n"
            + "{{ end }}\n";

    static final String[] LANG_NAMES = {"sv", "Svenska", "en", "English", "fi", "Suomi"};

    /**
     * Hugo's copy of a page: the same bytes, except that a definition's {@code aliases:} becomes {@code term_aliases:}
     * (Hugo would make redirect pages of {@code aliases}; other unknown keys are just page params to it).
     */
    static byte[] forHugo(String md, boolean typed) {
        if (!typed) return md.getBytes(StandardCharsets.UTF_8);
        int end = md.indexOf("\n---\n", 3);
        int a = md.indexOf("\naliases: ");
        if (a < 0 || a > end) return md.getBytes(StandardCharsets.UTF_8);
        return (md.substring(0, a + 1) + "term_" + md.substring(a + 1)).getBytes(StandardCharsets.UTF_8);
    }

    static long generate(Options o, int pages, Path fristadSite, Path hugoSite) throws IOException {
        List<String> paths = layout(pages);
        boolean hugo = hugoSite != null;
        Files.createDirectories(fristadSite);
        Files.writeString(fristadSite.resolve("site.yml"),
                "title: Benchmark\nlanguages: [" + String.join(", ", o.langs) + "]\n");

        StringBuilder cfg = new StringBuilder();
        cfg.append("baseURL = \"http://localhost/\"\n")
                .append("title = \"Benchmark\"\n")
                .append("defaultContentLanguage = \"").append(o.langs.get(0)).append("\"\n")
                .append("defaultContentLanguageInSubdir = false\n")
                .append("disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n");
        for (int i = 0; i < o.langs.size(); i++) {
            String l = o.langs.get(i);
            String name = l;
            for (int k = 0; k < LANG_NAMES.length; k += 2) if (LANG_NAMES[k].equals(l)) name = LANG_NAMES[k + 1];
            cfg.append("\n[languages.").append(l).append("]\n")
                    .append("languageName = \"").append(name).append("\"\n")
                    .append("contentDir = \"content/").append(l).append("\"\n")
                    .append("weight = ").append(i + 1).append('\n');
        }
        if (hugo) {
            Files.createDirectories(hugoSite.resolve("layouts/_default"));
            Files.writeString(hugoSite.resolve("config.toml"), cfg.toString());
            Files.writeString(hugoSite.resolve("layouts/_default/baseof.html"), HUGO_BASEOF);
            Files.writeString(hugoSite.resolve("layouts/_default/single.html"), HUGO_SINGLE);
            Files.writeString(hugoSite.resolve("layouts/_default/list.html"), HUGO_LIST);
        }

        AtomicLong bytes = new AtomicLong();
        for (String lang : o.langs) {
            LangSite site = new LangSite(lang, paths, o.typed);
            Path fc = fristadSite.resolve("content").resolve(lang);
            Path hc = hugo ? hugoSite.resolve("content").resolve(lang) : null;
            for (String p : paths) {
                if (p.contains("/")) {
                    String folder = p.substring(0, p.indexOf('/'));
                    Files.createDirectories(fc.resolve(folder));
                    if (hugo) Files.createDirectories(hc.resolve(folder));
                }
            }
            Files.createDirectories(fc);
            if (hugo) Files.createDirectories(hc);
            IntStream.range(0, paths.size()).parallel().forEach(i -> {
                String text = site.markdown(i);
                byte[] md = text.getBytes(StandardCharsets.UTF_8);
                String p = paths.get(i);
                // Hugo: index.md would make a leaf bundle (its siblings become resources); _index.md is the
                // section/home page, which is what Fristad's index.md is.
                String hp = p.endsWith("index.md") ? p.substring(0, p.length() - "index.md".length()) + "_index.md" : p;
                try {
                    Files.write(fc.resolve(p), md);
                    if (hugo) Files.write(hc.resolve(hp), forHugo(text, o.typed));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.addAndGet(md.length);
            });
        }
        return bytes.get();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Measuring

    static final class Run {
        boolean ok;
        int exit;
        double wall;
        double cpu = -1;        // user + system seconds of the tool (GNU time)
        double background = -1; // share of all cores busy with other processes during the run
        long rssKb = -1;
        long files;
        long html;
        Path log;
    }

    static final Path GNU_TIME = Path.of("/usr/bin/time");

    static Run measure(List<String> cmd, Path out, Path work, String name) throws IOException, InterruptedException {
        deleteTree(out);
        sync(); // let the writeback of earlier steps finish before the clock starts
        Path timeFile = work.resolve(name + ".time");
        Path log = work.resolve(name + ".log");
        List<String> full = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        if (gnuTime) full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %M %U %S", "-o", timeFile.toString()));
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        long[] stat0 = procStat();
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        int exit = p.waitFor();
        long t1 = System.nanoTime();
        long[] stat1 = procStat();
        Run run = new Run();
        run.exit = exit;
        run.ok = exit == 0;
        run.log = log;
        run.wall = (t1 - t0) / 1e9;
        if (gnuTime && Files.exists(timeFile)) {
            List<String> lines = Files.readAllLines(timeFile);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String[] f = lines.get(i).trim().split("\\s+");
                if (f.length == 4 && f[0].matches("[0-9.]+") && f[1].matches("\\d+")) {
                    run.wall = Double.parseDouble(f[0]);
                    run.rssKb = Long.parseLong(f[1]);
                    run.cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
                    break;
                }
            }
        }
        if (run.cpu >= 0 && stat0 != null && stat1 != null && run.wall > 0) {
            // /proc/stat counts every process on the machine, also those in other containers
            double busy = (stat1[0] - stat0[0]) / (double) CLOCK_TICKS;
            int cores = Runtime.getRuntime().availableProcessors();
            run.background = Math.max(0, busy - run.cpu) / (run.wall * cores);
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                s.filter(Files::isRegularFile).forEach(f -> {
                    run.files++;
                    if (f.getFileName().toString().endsWith(".html")) run.html++;
                });
            }
        }
        return run;
    }

    static final int CLOCK_TICKS = 100; // USER_HZ on Linux

    /** {busy jiffies, total jiffies} from the first line of /proc/stat, or null where there is none. */
    static long[] procStat() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0, total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i != 4 && i != 5) busy += v; // not idle, not iowait
            }
            return new long[] {busy, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static final class Result {
        final String tool;
        final List<Run> runs = new ArrayList<>();
        Run failed;

        Result(String tool) {
            this.tool = tool;
        }

        double wall() {
            return median(runs.stream().mapToDouble(r -> r.wall).toArray());
        }

        double rssMb() {
            return median(runs.stream().mapToDouble(r -> r.rssKb / 1024.0).toArray());
        }

        double cpu() {
            return median(runs.stream().mapToDouble(r -> r.cpu).toArray());
        }

        double background() {
            return runs.stream().mapToDouble(r -> r.background).max().orElse(-1);
        }
    }

    static double median(double[] a) {
        if (a.length == 0) return Double.NaN;
        double[] s = a.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What every part of a run needs: the tools and the work directory. */
    static final class Env {
        Path javaBin, jar, jarCopy, work, pagefind;
        String hugo;
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Env env = new Env();
        env.javaBin = Path.of(System.getProperty("java.home"), "bin", "java");

        env.jar = o.jar.toAbsolutePath().normalize();
        if (o.runFristad && !Files.isRegularFile(env.jar)) {
            die(2, o.jar + " not found. Build the engine first, from the repository root:\n"
                    + "    mvn -q package -DskipTests\n"
                    + "(or pass --jar PATH, or --no-fristad to run only the generator and the anchors)");
        }
        env.hugo = o.runHugo ? which("hugo") : null;
        Path pf = o.pagefind.toAbsolutePath().normalize();
        env.pagefind = o.runPagefind && env.hugo != null && Files.isExecutable(pf) ? pf : null;

        Path work;
        if (o.dir != null) {
            work = o.dir.toAbsolutePath().normalize();
            if (Files.isDirectory(work)) {
                try (Stream<Path> s = Files.list(work)) {
                    if (s.findAny().isPresent()) die(2, "--dir " + work + " is not empty");
                }
            }
            Files.createDirectories(work);
        } else {
            work = Files.createTempDirectory("fristad-bench-");
        }
        env.work = work;

        int exitCode = 0;
        try {
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("Fristad build benchmark  %s%n",
                    ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
            System.out.printf("machine:  %d cores, %s RAM, %s %s%n", cores, memTotal(),
                    System.getProperty("os.name"), System.getProperty("os.arch"));
            System.out.printf("java:     %s (%s %s)%n", System.getProperty("java.runtime.version"),
                    System.getProperty("java.vm.name"), System.getProperty("java.vm.vendor"));
            if (o.runHugo) {
                System.out.printf("hugo:     %s%n", env.hugo == null ? "not installed (apt-get install -y hugo) — Fristad figures only"
                        : firstLine(List.of(env.hugo, "version")));
            }
            if (o.runPagefind) {
                System.out.printf("pagefind: %s%n", env.pagefind != null ? env.pagefind + " " + firstLine(List.of(env.pagefind.toString(), "--version"))
                        : env.hugo == null ? "not run (it indexes Hugo's output)"
                        : "not installed at " + pf + " (cd bench && npm ci) — no Pagefind figures");
            }
            if (!Files.isExecutable(GNU_TIME)) {
                System.out.println("time:     /usr/bin/time missing (apt-get install -y time) — wall time only, no peak RSS");
            }
            System.out.printf("work dir: %s%n", work);

            // Run a private copy of the jar: a `mvn package` elsewhere cannot swap it out mid-benchmark.
            env.jarCopy = work.resolve("fristad.jar");
            if (o.runFristad) {
                Files.copy(env.jar, env.jarCopy);
                System.out.printf("jar:      %s (%d bytes, modified %s), run from a copy%n", env.jar, Files.size(env.jar),
                        Files.getLastModifiedTime(env.jar).toString().replaceAll("\\.\\d+Z$", "Z"));
            }
            exitCode = o.linear != null ? linear(o, env) : compare(o, env);
        } finally {
            if (o.keep) {
                System.out.println("\nkept: " + work + "  (fristad/ = Fristad site, hugo/ = Hugo site, hugo-out/pagefind/ ="
                        + " Pagefind's index, *.log = tool output)");
            } else {
                deleteTree(work);
            }
        }
        System.exit(exitCode);
    }

    static List<String> fristadCmd(Options o, Env env, Path site, Path out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(env.javaBin.toString());
        cmd.addAll(o.javaOpts);
        cmd.addAll(List.of("-jar", env.jarCopy.toString(), "build", "--site", site.toString(), "--out", out.toString()));
        return cmd;
    }

    /** Generates the site(s) for {@code pages} and prints what was generated. */
    static void generateAndDescribe(Options o, int pages, Path fristadSite, Path hugoSite) throws IOException {
        long g0 = System.nanoTime();
        long bytes = generate(o, pages, fristadSite, hugoSite);
        List<String> paths = layout(pages);
        int filesPerLang = paths.size();
        System.out.printf("site:     %d pages x %d languages (%s) = %d Markdown files, %.1f MB, avg %.1f KB/page, "
                        + "generated in %.1f s%n",
                pages, o.langs.size(), String.join(",", o.langs), filesPerLang * o.langs.size(),
                bytes / 1e6, bytes / 1024.0 / (filesPerLang * o.langs.size()), (System.nanoTime() - g0) / 1e9);
        if (o.typed) {
            int[] n = new int[3];
            for (int i = 0; i < paths.size(); i++) n[kind(true, paths, i)]++;
            TypedVocab tv = typedVocab(o.langs.get(0));
            int forms = (n[DEFINITION] / 2) * 5 + (n[DEFINITION] % 2) * 2;
            System.out.printf("mix:      --typed, per language: %d definitions (%d terms and aliases%s), %d support pages"
                            + " (national lines), %d plain pages%s%n",
                    n[DEFINITION], Math.min(forms, tv.forms.size()), forms > tv.forms.size() ? ", some repeated" : "",
                    n[SUPPORT], n[PLAIN], (paths.contains("sektion-1/index.md") ? "; sektion-1/ is the support finder" : "")
                            + (paths.contains("sektion-2/index.md") ? ", sektion-2/ the glossary (layout: finder, glossary)" : ""));
        }
    }

    /** Fristad against Hugo and Pagefind on one site. */
    static int compare(Options o, Env env) throws IOException, InterruptedException {
        Path work = env.work;
        Path fristadSite = work.resolve("fristad");
        Path fristadOut = fristadSite.resolve("out");
        Path hugoSite = work.resolve("hugo");
        Path hugoOut = work.resolve("hugo-out");
        Path pagefindOut = hugoOut.resolve("pagefind");
        generateAndDescribe(o, o.pages, fristadSite, o.runHugo ? hugoSite : null);

        List<String> fristadCmd = fristadCmd(o, env, fristadSite, fristadOut);
        List<String> hugoCmd = env.hugo == null ? null
                : List.of(env.hugo, "--quiet", "-s", hugoSite.toString(), "-d", hugoOut.toString());
        List<String> pagefindCmd = env.pagefind == null ? null
                : List.of(env.pagefind.toString(), "--site", hugoOut.toString());
        if (o.runFristad) System.out.println("fristad:  " + String.join(" ", fristadCmd));
        if (hugoCmd != null) System.out.println("hugo:     " + String.join(" ", hugoCmd));
        if (pagefindCmd != null) System.out.println("pagefind: " + String.join(" ", pagefindCmd) + "   (after each Hugo run)");

        Result fr = o.runFristad ? new Result("fristad") : null;
        Result hr = hugoCmd != null ? new Result("hugo") : null;
        Result pr = pagefindCmd != null ? new Result("pagefind") : null;

        if (o.warmup) {
            System.out.println("warm-up run of each tool (untimed)...");
            if (fr != null) measure(fristadCmd, fristadOut, work, "fristad-warmup");
            if (hr != null) measure(hugoCmd, hugoOut, work, "hugo-warmup");
            if (pr != null) measure(pagefindCmd, pagefindOut, work, "pagefind-warmup");
        }
        for (int i = 1; i <= o.runs; i++) {
            if (fr != null && fr.failed == null) {
                Run r = measure(fristadCmd, fristadOut, work, "fristad-" + i);
                if (r.ok) fr.runs.add(r); else fr.failed = r;
                System.out.printf("  run %d/%d fristad  %s%n", i, o.runs, describe(r));
            }
            boolean hugoOk = false;
            if (hr != null && hr.failed == null) {
                Run r = measure(hugoCmd, hugoOut, work, "hugo-" + i);
                if (r.ok) hr.runs.add(r); else hr.failed = r;
                hugoOk = r.ok;
                System.out.printf("  run %d/%d hugo     %s%n", i, o.runs, describe(r));
            }
            if (pr != null && pr.failed == null && hugoOk) {
                Run r = measure(pagefindCmd, pagefindOut, work, "pagefind-" + i);
                if (r.ok) pr.runs.add(r); else pr.failed = r;
                System.out.printf("  run %d/%d pagefind %s%n", i, o.runs, describe(r));
            }
        }

        System.out.println();
        System.out.printf("%-13s %6s %5s %8s %8s %12s %12s %10s%n",
                "tool", "pages", "langs", "wall s", "cpu s", "peak RSS MB", "output files", "html files");
        for (Result res : new Result[] {fr, hr, pr}) {
            if (res == null) continue;
            if (res.runs.isEmpty()) {
                System.out.printf("%-13s %6d %5d %8s%n", res.tool, o.pages, o.langs.size(), "FAILED");
                continue;
            }
            Run last = res.runs.get(res.runs.size() - 1);
            System.out.printf("%-13s %6d %5d %8.2f %8s %12s %12d %10d%n", res.tool, o.pages, o.langs.size(),
                    res.wall(), last.cpu < 0 ? "n/a" : String.format("%.2f", res.cpu()),
                    last.rssKb < 0 ? "n/a" : String.format("%.1f", res.rssMb()), last.files, last.html);
        }
        boolean anchors = ok(hr) && ok(pr);
        boolean rss = ok(fr) && fr.runs.get(0).rssKb >= 0;
        boolean cpu = ok(fr) && fr.runs.get(0).cpu >= 0;
        if (anchors) {
            // what a user would pick instead of Fristad: wall times add up, memory is the larger of the two
            Run h = hr.runs.get(hr.runs.size() - 1), p = pr.runs.get(pr.runs.size() - 1);
            System.out.printf("%-13s %6d %5d %8.2f %8s %12s %12d %10d%n", "hugo+pagefind", o.pages, o.langs.size(),
                    hr.wall() + pr.wall(), h.cpu < 0 ? "n/a" : String.format("%.2f", hr.cpu() + pr.cpu()),
                    h.rssKb < 0 ? "n/a" : String.format("%.1f", Math.max(hr.rssMb(), pr.rssMb())), h.files + p.files, h.html);
            System.out.println("(hugo+pagefind: wall and cpu are the sums, peak RSS the larger of the two)");
        }
        if (o.runs > 1) System.out.printf("(median of %d runs)%n", o.runs);
        warnBackground(fr, hr, pr);
        if (ok(fr) && ok(hr)) {
            double tr = fr.wall() / hr.wall();
            double mr = fr.rssMb() / hr.rssMb();
            System.out.printf("ratio fristad/hugo: wall time %.2fx (target <= 1.5x: %s), peak memory %s%s%n",
                    tr, tr <= 1.5 ? "met" : "NOT met",
                    !rss ? "n/a" : String.format("%.2fx (target <= 1.0x: %s)", mr, mr <= 1.0 ? "met" : "NOT met"),
                    !cpu ? "" : String.format(", cpu time %.2fx", fr.cpu() / hr.cpu()));
        } else if (o.runFristad && hr == null && o.runHugo) {
            System.out.println("hugo is not installed: no ratio (apt-get install -y hugo)");
        }
        if (ok(fr) && anchors) {
            double both = hr.wall() + pr.wall();
            double wr = fr.wall() / both, hw = fr.wall() / hr.wall();
            double mr = fr.rssMb() / Math.max(hr.rssMb(), pr.rssMb());
            System.out.printf("issue #11 (targets for --typed at 10,000 x 3%s):%n",
                    o.typed && o.pages == 10_000 && o.langs.size() == 3 ? ", this run"
                            : "; this run is " + (o.typed ? "--typed " : "untyped ") + o.pages + " x " + o.langs.size()
                            + ", so the verdicts are only indicative");
            System.out.printf("  fristad / (hugo + pagefind) wall time  %6.2fx  (target <= 1.0x: %s)%n", wr, verdict(wr, 1.0));
            System.out.printf("  fristad / hugo wall time               %6.2fx  (stretch goal <= 2.0x: %s)%n", hw, verdict(hw, 2.0));
            if (rss) {
                System.out.printf("  fristad / max(hugo, pagefind) peak RSS %6.2fx  (target <= 1.0x: %s)%n", mr, verdict(mr, 1.0));
            }
            if (cpu) {
                System.out.printf("  fristad / (hugo + pagefind) cpu time   %6.2fx%n", fr.cpu() / (hr.cpu() + pr.cpu()));
            }
        } else if (o.runFristad && env.hugo != null && o.runPagefind && env.pagefind == null) {
            System.out.println("pagefind is not installed: no ratio against hugo + pagefind (cd bench && npm ci)");
        }
        if (ok(fr)) perPage(fr, o.pages * o.langs.size());

        return reportFailures(o, fr, hr, pr);
    }

    /** --linear: Fristad alone on the typed mix at each size; the wall time per page, and its ratio to the smallest. */
    static int linear(Options o, Env env) throws IOException, InterruptedException {
        System.out.printf("linear:   Fristad alone, --typed, at %s pages per language; the time per page of each size"
                + " against the smallest (issue #11: <= 1.1x at 10,000 against 2,000)%n",
                Arrays.stream(o.linear).mapToObj(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        List<Result> results = new ArrayList<>();
        for (int n : o.linear) {
            System.out.println();
            Path dir = env.work.resolve("linear-" + n);
            Path site = dir.resolve("fristad");
            Path out = site.resolve("out");
            generateAndDescribe(o, n, site, null);
            List<String> cmd = fristadCmd(o, env, site, out);
            System.out.println("fristad:  " + String.join(" ", cmd));
            Result res = new Result("fristad-" + n);
            if (o.warmup) {
                System.out.println("warm-up run (untimed)...");
                measure(cmd, out, dir, "fristad-warmup");
            }
            for (int i = 1; i <= o.runs && res.failed == null; i++) {
                Run r = measure(cmd, out, dir, "fristad-" + i);
                if (r.ok) res.runs.add(r); else res.failed = r;
                System.out.printf("  run %d/%d fristad %d pages  %s%n", i, o.runs, n, describe(r));
            }
            results.add(res);
            if (res.failed != null) return reportFailures(o, res);
            if (!o.keep) deleteTree(dir); // the next size needs the disk more than this one
        }
        System.out.println();
        System.out.printf("%-8s %6s %5s %11s %8s %8s %12s %12s %12s%n", "tool", "pages", "langs", "total pages",
                "wall s", "cpu s", "peak RSS MB", "wall ms/page", "cpu ms/page");
        int langs = o.langs.size();
        for (int k = 0; k < results.size(); k++) {
            Result res = results.get(k);
            int total = o.linear[k] * langs;
            Run last = res.runs.get(res.runs.size() - 1);
            System.out.printf("%-8s %6d %5d %11d %8.2f %8s %12s %12.3f %12s%n", "fristad", o.linear[k], langs, total,
                    res.wall(), last.cpu < 0 ? "n/a" : String.format("%.2f", res.cpu()),
                    last.rssKb < 0 ? "n/a" : String.format("%.1f", res.rssMb()), res.wall() * 1000 / total,
                    last.cpu < 0 ? "n/a" : String.format("%.3f", res.cpu() * 1000 / total));
        }
        if (o.runs > 1) System.out.printf("(median of %d runs)%n", o.runs);
        warnBackground(results.toArray(new Result[0]));
        Result base = results.get(0);
        double basePerPage = base.wall() / (o.linear[0] * langs);
        for (int k = 1; k < results.size(); k++) {
            Result res = results.get(k);
            double ratio = res.wall() / (o.linear[k] * langs) / basePerPage;
            System.out.printf("linear: wall time per page at %d x %d / at %d x %d = %.2fx (issue #11 target <= 1.1x: %s)%s%n",
                    o.linear[k], langs, o.linear[0], langs, ratio, verdict(ratio, 1.1),
                    res.runs.get(0).cpu < 0 ? "" : String.format("; cpu time per page %.2fx",
                            res.cpu() / (o.linear[k] * langs) / (base.cpu() / (o.linear[0] * langs))));
        }
        return 0;
    }

    static boolean ok(Result r) {
        return r != null && !r.runs.isEmpty();
    }

    static String verdict(double ratio, double target) {
        return ratio <= target ? "met" : "NOT met";
    }

    static void perPage(Result fr, int total) {
        System.out.printf("fristad per page: %.3f ms wall%s (%d pages in all languages)%n", fr.wall() * 1000 / total,
                fr.runs.get(0).cpu < 0 ? "" : String.format(", %.3f ms cpu", fr.cpu() * 1000 / total), total);
    }

    static void warnBackground(Result... results) {
        double bg = -1;
        for (Result r : results) if (r != null) bg = Math.max(bg, r.background());
        if (bg >= 0.10) {
            System.out.printf("WARNING: other processes kept up to %.0f%% of the CPUs busy during a timed run;"
                    + " wall times are inflated (cpu s is less affected). Re-run on a quiet machine or with --runs 3.%n",
                    bg * 100);
        }
    }

    /** Prints each failed tool's first 40 lines of output; 1 if any failed, else 0. */
    static int reportFailures(Options o, Result... results) throws IOException {
        int exitCode = 0;
        for (Result res : results) {
            if (res != null && res.failed != null) {
                exitCode = 1;
                System.out.printf("%n%s FAILED (exit %d). Output (first 40 lines of %s):%n",
                        res.tool, res.failed.exit, res.failed.log);
                try (Stream<String> lines = Files.lines(res.failed.log, StandardCharsets.UTF_8)) {
                    lines.limit(40).forEach(l -> System.out.println("  " + l));
                } catch (UncheckedIOException e) {
                    System.out.println("  (log is not UTF-8: see " + res.failed.log + ")");
                }
                if (!o.keep) {
                    System.out.println("(re-run with --keep to inspect the generated site)");
                }
            }
        }
        return exitCode;
    }

    static void sync() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException | InterruptedException e) {
            // no sync(1): timings may include some writeback
        }
    }

    static String describe(Run r) {
        if (!r.ok) return "FAILED (exit " + r.exit + ")";
        return String.format("%.2f s wall, %s, %s, %d files%s", r.wall,
                r.cpu < 0 ? "cpu n/a" : String.format("%.2f s cpu", r.cpu),
                r.rssKb < 0 ? "RSS n/a" : String.format("%.1f MB peak RSS", r.rssKb / 1024.0), r.files,
                r.background < 0 ? "" : String.format(", background load %.0f%%", r.background * 100));
    }

    static String which(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, exe);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) return p.toString();
        }
        return null;
    }

    static String firstLine(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(30, TimeUnit.SECONDS);
            int nl = out.indexOf('\n');
            return nl < 0 ? out : out.substring(0, nl);
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    static String memTotal() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("\\D+", ""));
                    return String.format("%.0f GB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "? GB";
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
