package se.fristad.load;

import java.util.List;

/**
 * A municipality's plan against violence ({@code type: plan}), with its goals and every action.
 *
 * @param municipality one of {@code site.yml}'s municipalities
 * @param document     the plan's own title, or empty
 * @param adopted      who adopted it and when, or empty
 * @param period       the years it covers, or empty
 * @param followUp     how it is followed up, or empty
 * @param goals        goals or focus areas, in the plan's order
 * @param actions      every action, in the plan's order
 */
public record Plan(String municipality, String document, String adopted, String period, String followUp,
                   List<Goal> goals, List<Action> actions) implements TypedData {

    public static final List<String> KEYS = List.of("municipality", "document", "adopted", "period", "followUp", "goals", "actions");

    /**
     * A goal or focus area.
     *
     * @param id   the plan's own numbering, or empty
     * @param name what it is called
     */
    public record Goal(String id, String name) {
        public static final List<String> KEYS = List.of("id", "name");

        /** What an action's {@code goal} names it by: its id, or its name when it has none. */
        public String ref() {
            return id.isEmpty() ? name : id;
        }
    }
}
