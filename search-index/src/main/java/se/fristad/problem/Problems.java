package se.fristad.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A thread-safe collector of {@link Problem}s: every stage adds to it, nothing stops at the first one. */
public final class Problems {
    private final Set<Problem> items = new LinkedHashSet<>();

    public synchronized void add(Problem p) {
        items.add(p);
    }

    public synchronized void addAll(Iterable<Problem> ps) {
        ps.forEach(items::add);
    }

    /** All problems, sorted by file, line and column so the output reads like a compiler's. */
    public synchronized List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(items);
        list.sort(Comparator.comparing((Problem p) -> p.file().toString())
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column)
                .thenComparing(Problem::message));
        return list;
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(Problem::isError).count();
    }
}
