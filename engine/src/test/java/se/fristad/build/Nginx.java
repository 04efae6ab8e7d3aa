package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx for the tests that serve a site as a host does: its workers run as {@code www-data} (not the files'
 * owner), in a world-readable folder of the test's own, with the server blocks the test gives (docs/webbserver.md's,
 * usually). Needs nginx and root; {@code .ci/run} installs nginx, and under CI the tests must run.
 */
public final class Nginx implements AutoCloseable {
    private static final Path BINARY = Paths.get("/usr/sbin/nginx");
    /** The folder the test works in: nginx's configuration, logs and temporary folders, and whatever the test puts there. */
    public final Path base;
    private final Process process;

    private Nginx(Path base, Process process) {
        this.base = base;
        this.process = process;
    }

    /** A world-readable folder for the test (as /var/www would be), or the test is skipped where nginx cannot run. */
    public static Path folder(String name) throws IOException, InterruptedException {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(ci || Files.isExecutable(BINARY) && root, "needs Debian's nginx (apt-get install -y nginx) and root");
        assertTrue(Files.isExecutable(BINARY), "CI installs nginx: apt-get install -y nginx");
        assertTrue(root, "nginx's workers run as www-data only when it starts as root");
        Path base = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), name + "-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36)));
        new ProcessBuilder("chmod", "755", base.toString()).start().waitFor();
        return base;
    }

    /** Starts nginx in {@code base} with these server blocks, and waits until it listens on each port. */
    public static Nginx start(Path base, int[] ports, String... servers) throws Exception {
        Path conf = base.resolve("nginx.conf");
        Files.writeString(conf, "user www-data;\nworker_processes 1;\ndaemon off;\npid " + base.resolve("nginx.pid") + ";\nerror_log "
                + base.resolve("error.log") + ";\nevents { worker_connections 64; }\nhttp {\n  include /etc/nginx/mime.types;\n"
                + "  client_body_temp_path " + base.resolve("tmp-body") + ";\n  proxy_temp_path " + base.resolve("tmp-proxy") + ";\n"
                + "  fastcgi_temp_path " + base.resolve("tmp-fcgi") + ";\n  uwsgi_temp_path " + base.resolve("tmp-uwsgi") + ";\n"
                + "  scgi_temp_path " + base.resolve("tmp-scgi") + ";\n" + String.join("\n", servers) + "\n}\n");
        Nginx nginx = new Nginx(base, new ProcessBuilder(BINARY.toString(), "-c", conf.toString(), "-p", base.toString())
                .redirectErrorStream(true).redirectOutput(base.resolve("nginx.out").toFile()).start());
        for (int port : ports) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    break;
                } catch (IOException e) {
                    assertTrue(nginx.process.isAlive(), () -> "nginx stopped: " + nginx.log());
                    assertTrue(System.nanoTime() < deadline, "nginx did not listen on " + port);
                    TimeUnit.MILLISECONDS.sleep(50); // poll until it listens
                }
            }
        }
        return nginx;
    }

    /** docs/webbserver.md's nginx server block, its root pointing at {@code root} and listening on loopback. */
    public static String documentedServer(Path root, int port) throws IOException {
        String doc = Files.readString(Paths.get(System.getProperty("fristad.root", ".")).resolve("docs/webbserver.md"));
        Matcher m = Pattern.compile("```nginx\\n(server \\{.*?\\n\\})\\n```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/webbserver.md has an nginx server block");
        String block = m.group(1).replaceFirst("root [^;]+;", Matcher.quoteReplacement("root " + root + ";")).replaceAll("listen [^;]+;", "");
        return block.replaceFirst("server \\{", "server {\n    listen 127.0.0.1:" + port + ";");
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** What nginx said, and its error log. */
    public String log() {
        try {
            return Files.readString(base.resolve("nginx.out")) + (Files.exists(base.resolve("error.log")) ? Files.readString(base.resolve("error.log")) : "");
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops nginx and removes the test's folder (nginx's own temporary folders too). */
    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
        remove(base);
    }

    /** Removes a test's folder, as root made it (nginx's temporary folders belong to www-data). */
    public static void remove(Path base) throws IOException, InterruptedException {
        new ProcessBuilder("rm", "-rf", "--one-file-system", base.toString()).start().waitFor();
    }
}
