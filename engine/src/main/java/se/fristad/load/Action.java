package se.fristad.load;

import java.util.List;

/**
 * One action (activity) of a {@link Plan}.
 *
 * @param id          the plan's own identifier, or empty
 * @param anchor      the id of its row on the plan page: the slug of {@code id}, or {@code atgard-N}
 * @param goal        the goal it belongs to (a goal's id, or name when goals have no ids), or empty
 * @param what        what is to be done
 * @param responsible responsible committees and bodies
 * @param level       prevention levels, any of {@link #LEVELS}
 * @param period      when, or empty
 * @param indicators  how it is measured
 * @param themes      1–3 of {@link #THEMES}
 */
public record Action(String id, String anchor, String goal, String what, List<String> responsible, List<String> level,
                     String period, List<String> indicators, List<String> themes) {

    public static final List<String> KEYS = List.of("id", "goal", "what", "responsible", "level", "period", "indicators", "themes");
    public static final List<String> LEVELS = List.of("universal", "selective", "indicated");
    public static final List<String> THEMES = List.of("prevention", "detection", "support", "children", "perpetrators",
            "honour", "sexual-exploitation", "knowledge", "information", "cooperation", "follow-up");
    public static final int MAX_THEMES = 3;
}
