package se.fristad.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site directory (site.yml, content/, templates/, assets/, i18n/) and reports each saved file once,
 * after a short pause so an editor's several writes count as one save.
 */
final class Watcher implements Runnable, AutoCloseable {
    private static final Set<String> WATCHED = Set.of("content", "templates", "assets", "i18n");
    private final Path site;
    private final Path ignore;
    private final Consumer<Path> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    Watcher(Path site, Path ignore, Consumer<Path> onChange) throws IOException {
        this.site = site;
        this.ignore = ignore;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        register(site, false);
        for (String d : WATCHED) {
            Path p = site.resolve(d);
            if (Files.isDirectory(p)) {
                register(p, true);
            }
        }
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (recursive) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path d : walk.filter(Files::isDirectory).toList()) {
                    dirs.put(d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), d);
                }
            }
        } else {
            dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        }
    }

    @Override
    public void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                Set<Path> created = new HashSet<>();
                drain(key, changed, created);
                // let the editor finish writing, then take whatever else arrived
                WatchKey more;
                while ((more = service.poll(30, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed, created);
                }
                // an editor's temporary file (sed's sedXXXX, vim's 4913) came and went within the save
                changed.removeIf(p -> created.contains(p) && !Files.exists(p));
                if (changed.size() == 1) {
                    onChange.accept(changed.iterator().next());
                } else if (!changed.isEmpty()) {
                    onChange.accept(site.resolve("site.yml")); // several files: build everything
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        } catch (RuntimeException e) {
            System.err.println("watching stopped: " + e);
        }
    }

    private void drain(WatchKey key, Set<Path> changed, Set<Path> created) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.context() == null) {
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            String name = file.getFileName().toString();
            if (file.startsWith(ignore) || name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
                continue;
            }
            if (dir.equals(site) && !name.equals("site.yml") && !WATCHED.contains(name)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE) {
                created.add(file);
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    register(file, true);
                } catch (IOException e) {
                    // the folder went away again
                }
            }
            changed.add(file);
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
