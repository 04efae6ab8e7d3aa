package se.fristad.search;

import java.util.List;

/** The fields search indexes, with how much a match in each weighs: a title match counts most, the body least. */
public final class Fields {
    public static final List<String> NAMES = List.of("title", "headings", "summary", "body");
    public static final float[] BOOSTS = {4f, 2f, 1.5f, 1f};
    /** The body's index in {@link #NAMES}. */
    public static final int BODY = 3;

    private Fields() {
    }

    static String value(PageText p, int field) {
        return switch (field) {
            case 0 -> p.title();
            case 1 -> p.headings();
            case 2 -> p.summary();
            default -> p.body();
        };
    }
}
