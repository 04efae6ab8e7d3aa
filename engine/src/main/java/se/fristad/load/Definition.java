package se.fristad.load;

import java.util.List;

/**
 * A definition ({@code type: definition}): the term a page explains and other words for it.
 *
 * @param term    the term, by default the page's title
 * @param aliases other words or phrases that mean the same
 */
public record Definition(String term, List<String> aliases) implements TypedData {
    public static final List<String> KEYS = List.of("term", "aliases");
}
