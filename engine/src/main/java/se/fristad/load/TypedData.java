package se.fristad.load;

/**
 * The keys that belong to one page type: a {@link Support} service, a {@link Definition} or a municipal
 * {@link Plan}. A page of type {@code page} has none.
 */
public sealed interface TypedData permits Support, Definition, Plan {
}
