package se.fristad.search;

import java.io.Reader;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniNormalizationFilter;
import org.apache.lucene.analysis.ckb.SoraniStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The analysis chain of each language, written out as Lucene's analyzers write theirs
 * ({@code StandardTokenizer → LowerCaseFilter → StopFilter → SnowballFilter}), so that one chain serves indexing,
 * querying and glossary links, and a staff member's synonyms can be added at its end.
 *
 * <p>Each chain is exactly the one of Lucene's analyzer for the language (SwedishAnalyzer, EnglishAnalyzer,
 * FinnishAnalyzer, ArabicAnalyzer, PersianAnalyzer, SoraniAnalyzer); languages without one (Somali, Tigrinya, Sami, …) get
 * StandardAnalyzer's (tokenize and lower-case). The browser client ({@code assets/js/search.js} and
 * {@code assets/js/search/<chain>.js}) implements the same chains, and AnalysisParityIT holds the two together.
 */
public final class Analysis {

    /** A language's chain; {@link #id} names the browser's implementation of it. */
    public enum Chain {
        SWEDISH("swedish", SwedishAnalyzer.getDefaultStopSet()),
        ENGLISH("english", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
        FINNISH("finnish", FinnishAnalyzer.getDefaultStopSet()),
        ARABIC("arabic", ArabicAnalyzer.getDefaultStopSet()),
        PERSIAN("persian", PersianAnalyzer.getDefaultStopSet()),
        SORANI("sorani", SoraniAnalyzer.getDefaultStopSet()),
        STANDARD("standard", CharArraySet.EMPTY_SET);

        public final String id;
        public final CharArraySet stopwords;

        Chain(String id, CharArraySet stopwords) {
            this.id = id;
            this.stopwords = stopwords;
        }
    }

    private Analysis() {
    }

    /** The chain for a BCP 47 language tag: its primary language decides ({@code sv}, {@code sv-x-lattlast} → Swedish). */
    public static Chain chainFor(String languageTag) {
        String primary = languageTag.toLowerCase(Locale.ROOT).split("-", 2)[0];
        return switch (primary) {
            case "sv" -> Chain.SWEDISH;
            case "en" -> Chain.ENGLISH;
            case "fi" -> Chain.FINNISH;
            case "ar" -> Chain.ARABIC;
            case "fa", "prs" -> Chain.PERSIAN;
            case "ckb" -> Chain.SORANI;
            default -> Chain.STANDARD;
        };
    }

    /** The chain without synonyms: for glossary links and for analysing the synonym rules themselves. */
    public static Analyzer plain(Chain chain) {
        return analyzer(chain, null, false);
    }

    /**
     * The chain with the site's synonyms at its end (when there are any).
     *
     * @param forIndex true when indexing: the synonym graph is flattened, as an index cannot store a graph
     */
    public static Analyzer analyzer(Chain chain, SynonymMap synonyms, boolean forIndex) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return chain == Chain.PERSIAN ? new PersianCharFilter(reader) : reader;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new StemCache(source, chain);
                if (synonyms != null && synonyms.fst != null) {
                    result = new SynonymGraphFilter(result, synonyms, true);
                    if (forIndex) {
                        result = new FlattenGraphFilter(result);
                    }
                }
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /**
     * Lucene's analyzer chains, step by step (see each analyzer's createComponents). Package-private so that the
     * parity test can run the filters on a single token.
     */
    static TokenStream stems(Chain chain, Tokenizer source) {
        return switch (chain) {
            case SWEDISH -> new SnowballFilter(new StopFilter(new LowerCaseFilter(source), chain.stopwords), new SwedishStemmer());
            case FINNISH -> new SnowballFilter(new StopFilter(new LowerCaseFilter(source), chain.stopwords), new FinnishStemmer());
            case ENGLISH -> new PorterStemFilter(new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)), chain.stopwords));
            case ARABIC -> new ArabicStemFilter(new ArabicNormalizationFilter(
                    new StopFilter(new DecimalDigitFilter(new LowerCaseFilter(source)), chain.stopwords)));
            case PERSIAN -> new StopFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(
                    new DecimalDigitFilter(new LowerCaseFilter(source)))), chain.stopwords);
            // Normalisation comes first here (Sorani's stop words are written in its normal form, with ە and ی).
            case SORANI -> new SoraniStemFilter(new StopFilter(new DecimalDigitFilter(new LowerCaseFilter(
                    new SoraniNormalizationFilter(source))), chain.stopwords));
            case STANDARD -> new LowerCaseFilter(source);
        };
    }
}
