package se.fristad.serve;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Placeholder until the live-reload server lands. */
public final class DevServer implements AutoCloseable {
    public static DevServer start(Path site, int port, boolean drafts, PrintWriter out, PrintWriter err) {
        throw new UnsupportedOperationException("serve");
    }

    public void awaitStop() {
    }

    @Override
    public void close() {
    }
}
