package se.fristad.search;

import java.util.List;

/**
 * A query as search runs it: words, each with the terms that count as a match for it. A page ranks by how many
 * words it matches, then by how many it matches exactly, then by BM25 score.
 *
 * @param words the query's words after analysis (stop words are gone; a synonym phrase is one word)
 */
public record QueryPlan(List<Word> words) {

    /** One word of the query and its alternatives. */
    public record Word(String text, List<Alt> alts) {
    }

    /**
     * A term that matches a word.
     *
     * @param exact true for the word's own analysed term and its synonyms; false for fallbacks (the same letters
     *              without diacritics, a longer or shorter form, or a typo away)
     * @param boost multiplies the term's score: 1 for exact terms, less for fallbacks
     */
    public record Alt(String term, boolean exact, float boost) {
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
