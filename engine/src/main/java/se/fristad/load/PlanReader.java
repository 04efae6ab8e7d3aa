package se.fristad.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import se.fristad.model.Slugs;
import se.fristad.problem.DidYouMean;

/** Reads the keys of a {@code type: plan} page into a {@link Plan}: its facts, goals and every action. */
final class PlanReader {
    private static final String ACTION_EXAMPLE = "- what: Utbilda personalen om våld";

    private PlanReader() {
    }

    /** An action's {@code goal} with where it was written, checked once every goal is known. */
    private record GoalUse(String goal, Node node) {
    }

    static Plan read(Map<String, Yaml.Entry> keys, Fields f, List<String> municipalities) {
        String municipality = "";
        String document = "";
        String adopted = "";
        String period = "";
        String followUp = "";
        List<Plan.Goal> goals = List.of();
        Yaml.Entry actionsEntry = null;
        for (Yaml.Entry e : keys.values()) {
            Node v = e.value();
            switch (e.key()) {
                case "municipality" -> {
                    String m = f.text(v, "municipality");
                    if (!m.isEmpty()) {
                        municipality = f.municipality(new Fields.Item(m, v), "municipality", municipalities);
                    }
                }
                case "document" -> document = f.text(v, "document");
                case "adopted" -> adopted = f.text(v, "adopted");
                case "period" -> period = f.text(v, "period");
                case "followUp" -> followUp = f.text(v, "followUp");
                case "goals" -> goals = goals(v, f);
                case "actions" -> actionsEntry = e;
                default -> throw new IllegalStateException(e.key());
            }
        }
        List<Action> actions = actionsEntry == null ? List.of() : actions(actionsEntry.value(), goals, f);
        return new Plan(municipality, document, adopted, period, followUp, goals, actions);
    }

    private static List<Plan.Goal> goals(Node node, Fields f) {
        List<Plan.Goal> out = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node item : f.nodes(node, "goals", "- id: \"1\"\n    name: Förebyggande arbete")) {
            String id = "";
            String name = "";
            if (item instanceof ScalarNode) {
                name = f.text(item, "goals");
            } else {
                for (Yaml.Entry e : f.entries(item, "a goal", "- id: \"1\" and name: Förebyggande arbete on the next line")) {
                    switch (e.key()) {
                        case "id" -> id = f.text(e.value(), "id");
                        case "name" -> name = f.text(e.value(), "name");
                        default -> f.unknownKey(e, "a goal", Plan.Goal.KEYS);
                    }
                }
            }
            if (name.isEmpty()) {
                f.error(item, "a goal has no name", "add name: the goal or focus area as the plan calls it");
                continue;
            }
            Plan.Goal goal = new Plan.Goal(id, name);
            Node first = seen.putIfAbsent(goal.ref(), item);
            if (first != null) {
                f.error(item, "two goals are called \"" + goal.ref() + "\" (the first is on line " + f.yaml.line(first) + ")",
                        "give each goal its own id");
                continue;
            }
            out.add(goal);
        }
        return List.copyOf(out);
    }

    private static List<Action> actions(Node node, List<Plan.Goal> goals, Fields f) {
        List<Action> out = new ArrayList<>();
        Map<String, Node> ids = new HashMap<>();
        Map<String, String> anchors = new HashMap<>();
        List<Node> items = f.nodes(node, "actions", ACTION_EXAMPLE);
        for (int n = 0; n < items.size(); n++) {
            Node item = items.get(n);
            String id = "";
            String goal = "";
            String what = "";
            List<String> responsible = List.of();
            List<String> level = List.of();
            String period = "";
            List<String> indicators = List.of();
            List<String> themes = List.of();
            Node goalNode = null;
            for (Yaml.Entry e : f.entries(item, "an action", ACTION_EXAMPLE + ", with its other keys below it")) {
                Node v = e.value();
                switch (e.key()) {
                    case "id" -> id = f.text(v, "id");
                    case "goal" -> {
                        goal = f.text(v, "goal");
                        goalNode = v;
                    }
                    case "what" -> what = f.text(v, "what");
                    case "responsible" -> responsible = Fields.values(f.list(v, "responsible", "responsible: [Socialnämnden]"));
                    case "level" -> level = f.vocabulary(f.list(v, "level", "level: [universal]"), "level", Action.LEVELS);
                    case "period" -> period = f.text(v, "period");
                    case "indicators" -> indicators = Fields.values(f.list(v, "indicators", "indicators: [Antal utbildade]"));
                    case "themes" -> {
                        List<Fields.Item> listed = f.list(v, "themes", "themes: [prevention]");
                        themes = f.vocabulary(listed, "theme", Action.THEMES);
                        if (listed.size() > Action.MAX_THEMES) {
                            f.error(v, "an action has at most " + Action.MAX_THEMES + " themes, this one has " + listed.size(),
                                    "keep the " + Action.MAX_THEMES + " that fit it best");
                        }
                    }
                    default -> f.unknownKey(e, "an action", Action.KEYS);
                }
            }
            if (!(item instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) {
                continue;
            }
            if (what.isEmpty()) {
                f.error(item, "an action has no \"what\"", "add what: what is to be done, in your own words");
            }
            if (!goal.isEmpty()) {
                checkGoal(goal, goalNode, goals, f);
            }
            if (!id.isEmpty()) {
                Node first = ids.putIfAbsent(id, item);
                if (first != null) {
                    f.error(item, "two actions have the id \"" + id + "\" (the first is on line " + f.yaml.line(first) + ")",
                            "give each action its own id, as the plan numbers them");
                    continue;
                }
            }
            String anchor = id.isEmpty() ? "atgard-" + (n + 1) : Slugs.slugify(id);
            if (anchor.isEmpty()) {
                anchor = "atgard-" + (n + 1);
            }
            String clash = anchors.putIfAbsent(anchor, id.isEmpty() ? "number " + (n + 1) : "\"" + id + "\"");
            if (clash != null) {
                f.error(item, "this action's anchor #" + anchor + " is the same as action " + clash + "'s",
                        "change one of the ids so each action has its own link");
                continue;
            }
            out.add(new Action(id, anchor, goal, what, responsible, level, period, indicators, themes));
        }
        return List.copyOf(out);
    }

    private static void checkGoal(String goal, Node node, List<Plan.Goal> goals, Fields f) {
        if (goals.stream().anyMatch(g -> g.ref().equals(goal))) {
            return;
        }
        if (goals.isEmpty()) {
            f.error(node, "goal \"" + goal + "\" but the plan has no goals", "add goals: to the plan, or remove goal: from the action");
            return;
        }
        var named = goals.stream().filter(g -> !g.id().isEmpty() && g.name().equals(goal)).findFirst();
        if (named.isPresent()) {
            f.error(node, "goal \"" + goal + "\" has an id", "write goal: \"" + named.get().id() + "\"");
            return;
        }
        List<String> refs = goals.stream().map(Plan.Goal::ref).toList();
        f.error(node, "goal \"" + goal + "\" is not one of the plan's goals",
                DidYouMean.closest(goal, refs).filter(c -> goal.length() > 3).map(c -> "did you mean \"" + c + "\"?")
                        .orElse("the goals are: \"" + String.join("\", \"", refs) + "\""));
    }
}
