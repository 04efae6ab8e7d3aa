package se.fristad.build;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Runs work over a list on twice as many threads as there are cores: rendering a page uses the CPU, writing it
 * waits for the file system, and with more threads than cores one page's wait overlaps another's rendering.
 */
public final class Parallel {
    private static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private Parallel() {
    }

    public static <T> void forEach(List<T> items, Consumer<T> action) {
        if (items.size() < 8) {
            items.forEach(action);
            return;
        }
        forEach(items, THREADS, action);
    }

    /** Runs {@code action} on every item, at most {@code threads} at a time; the first failure is rethrown. */
    public static <T> void forEach(List<T> items, int threads, Consumer<T> action) {
        if (threads <= 1 || items.size() <= 1) {
            items.forEach(action);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> items.parallelStream().forEach(action)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
