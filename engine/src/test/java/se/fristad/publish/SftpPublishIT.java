package se.fristad.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.fristad.write.AtomicOutput;

/**
 * {@code publish} over SFTP to a real OpenSSH server (Debian's {@code openssh-server}, started by the test on a free
 * loopback port with its own host key and configuration): a key login, a password login (asked for, never stored),
 * an unknown host key refused unless its fingerprint is confirmed, a changed one always refused. A password login
 * needs a real account, so the test runs as root and makes one ({@code fristad-sftp}) with a fresh random password
 * each run; {@code .ci/run} installs the server.
 */
class SftpPublishIT {
    private static final Path SSHD = Paths.get("/usr/sbin/sshd");
    private static final String USER = "fristad-sftp";
    private static Path base;
    private static Process sshd;
    private static int port;
    private static String password;
    private static Path www;

    @BeforeAll
    static void startSshd() throws Exception {
        boolean ci = System.getenv("CI") != null;
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(ci || Files.isExecutable(SSHD) && root, "needs Debian's openssh-server (apt-get install -y openssh-server) and root");
        assertTrue(Files.isExecutable(SSHD), "CI installs the server: apt-get install -y openssh-server");
        assertTrue(root, "a password login needs an account of its own, which only root can make");

        base = Files.createDirectory(Paths.get(System.getProperty("java.io.tmpdir"), "fristad-sftp-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36)));
        run("chmod", "755", base.toString());
        if (run("id", USER) != 0) {
            assertEquals(0, run("useradd", "--create-home", "--shell", "/bin/sh", USER), "make the test account");
        }
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        password = HexFormat.of().formatHex(secret);
        Process chpasswd = new ProcessBuilder("chpasswd").start();
        chpasswd.getOutputStream().write((USER + ":" + password + "\n").getBytes(StandardCharsets.UTF_8));
        chpasswd.getOutputStream().close();
        assertEquals(0, chpasswd.waitFor());

        assertEquals(0, run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", base.resolve("host_key").toString()));
        assertEquals(0, run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", base.resolve("client_key").toString()));
        Files.copy(base.resolve("client_key.pub"), base.resolve("authorized_keys"));
        run("chmod", "644", base.resolve("authorized_keys").toString());
        www = Files.createDirectory(base.resolve("www"));
        run("chown", USER, www.toString());
        Files.createDirectories(Paths.get("/run/sshd"));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = base.resolve("sshd_config");
        Files.writeString(config, String.join("\n", "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + base.resolve("host_key"),
                "PidFile " + base.resolve("sshd.pid"), "AuthorizedKeysFile " + base.resolve("authorized_keys"), "StrictModes no",
                "PasswordAuthentication yes", "KbdInteractiveAuthentication no", "UsePAM no", "PermitRootLogin no", "AllowUsers " + USER,
                "Subsystem sftp internal-sftp", "") + "\n");
        sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(base.resolve("sshd.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException e) {
                assertTrue(sshd.isAlive(), () -> "sshd stopped: " + log());
                assertTrue(System.nanoTime() < deadline, "sshd did not listen");
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }

    @AfterAll
    static void stopSshd() throws Exception {
        if (sshd != null) {
            sshd.destroy();
            sshd.waitFor(20, TimeUnit.SECONDS);
        }
        if (base != null) {
            run("rm", "-rf", "--one-file-system", base.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private static String log() {
        try {
            return Files.readString(base.resolve("sshd.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private static SftpTarget.Address address(String folder) {
        return new SftpTarget.Address(USER, "127.0.0.1", port, www.resolve(folder).toString());
    }

    /** known_hosts trusting the test server's key, as ssh-keyscan would write it. */
    private static Path knownHosts(String name, String key) throws IOException {
        Path file = base.resolve(name);
        Files.writeString(file, "[127.0.0.1]:" + port + " " + key + "\n");
        return file;
    }

    private static String hostKey() throws IOException {
        String[] pub = Files.readString(base.resolve("host_key.pub")).strip().split(" ");
        return pub[0] + " " + pub[1];
    }

    private static String fingerprint() throws Exception {
        Process p = new ProcessBuilder("ssh-keygen", "-lf", base.resolve("host_key.pub").toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.split(" ")[1]; // 256 SHA256:… comment (ED25519)
    }

    private Path build(String name, String... files) throws IOException {
        Path dir = base.resolve(name);
        for (int i = 0; i < files.length; i += 2) {
            Files.createDirectories(dir.resolve(files[i]).getParent());
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        Files.writeString(dir.resolve(AtomicOutput.MARKER), "state: complete\n");
        return dir;
    }

    private static Path folder(String name) throws Exception {
        Path dir = Files.createDirectory(www.resolve(name));
        assertEquals(0, run("chown", USER, dir.toString()));
        return dir;
    }

    @Test
    void withAKeyOnlyWhatChangedIsSentAndWhatWasDeletedRemoved() throws Exception {
        Path server = folder("key");
        Files.writeString(server.resolve("egen.txt"), "IT's own file");
        SftpTarget.Login login = new SftpTarget.Login(knownHosts("known_key", hostKey()), base.resolve("client_key"), null, false);
        try (SftpTarget t = SftpTarget.connect(address("key"), login, Prompter.NONE)) {
            Publisher.Result r = new Publisher(build("k1", "index.html", "<h1>Hem</h1>", "gammal/index.html", "old", "assets/a.css", "x"), t, s -> { }).publish();
            assertEquals(3, r.added());
        }
        assertEquals("<h1>Hem</h1>", Files.readString(server.resolve("index.html")));
        assertEquals(USER, Files.getOwner(server.resolve("index.html")).getName(), "written by the account, over SFTP");
        try (SftpTarget t = SftpTarget.connect(address("key"), login, Prompter.NONE)) {
            Publisher.Result r = new Publisher(build("k2", "index.html", "<h1>Hem!</h1>", "ny/index.html", "new", "assets/a.css", "x"), t, s -> { }).publish();
            assertEquals(List.of(1, 1, 1, 1), List.of(r.added(), r.changed(), r.deleted(), r.unchanged()));
        }
        assertEquals("<h1>Hem!</h1>", Files.readString(server.resolve("index.html")));
        assertFalse(Files.exists(server.resolve("gammal")), "the deleted page and its emptied folder are gone");
        assertEquals("IT's own file", Files.readString(server.resolve("egen.txt")));
        assertFalse(Files.exists(server.resolve(Manifest.JOURNAL)));
        assertTrue(Files.readString(server.resolve(Manifest.NAME)).contains("  ny/index.html\n"));
    }

    @Test
    void withAPasswordAskedForAndAWrongOneRefused() throws Exception {
        folder("password");
        SftpTarget.Login login = new SftpTarget.Login(knownHosts("known_pw", hostKey()), null, null, false);
        int[] asked = new int[1];
        Prompter person = new Prompter() {
            @Override
            public char[] password(String prompt) {
                asked[0]++;
                assertTrue(prompt.contains(USER + "@127.0.0.1"), prompt);
                return password.toCharArray();
            }

            @Override
            public boolean confirm(String question) {
                return false;
            }
        };
        try (SftpTarget t = SftpTarget.connect(address("password"), login, person)) {
            new Publisher(build("p1", "index.html", "<h1>Hem</h1>"), t, s -> { }).publish();
        }
        assertEquals(1, asked[0]);
        assertTrue(Files.exists(www.resolve("password/index.html")));
        Prompter wrong = new Prompter() {
            @Override
            public char[] password(String prompt) {
                return "not-the-password".toCharArray();
            }

            @Override
            public boolean confirm(String question) {
                return false;
            }
        };
        PublishException e = assertThrows(PublishException.class, () -> SftpTarget.connect(address("password"), login, wrong));
        assertTrue(e.getMessage().contains("inloggningen misslyckades"), e.format());
        PublishException none = assertThrows(PublishException.class, () -> SftpTarget.connect(address("password"), login, Prompter.NONE));
        assertTrue(none.getMessage().contains("ingen terminal att fråga efter lösenordet"), "no terminal, no key: refused, not hung: " + none.format());
    }

    @Test
    void anUnknownServerIsRefusedUntilItsFingerprintIsConfirmedAndThenRemembered() throws Exception {
        folder("unknown");
        Path known = base.resolve("known_empty");
        Files.deleteIfExists(known);
        SftpTarget.Login login = new SftpTarget.Login(known, base.resolve("client_key"), null, false);
        PublishException e = assertThrows(PublishException.class, () -> SftpTarget.connect(address("unknown"), login, Prompter.NONE));
        assertTrue(e.getMessage().contains("servern är okänd") && e.getMessage().contains(fingerprint()), e.format() + " / " + fingerprint());
        assertTrue(e.fix().contains("--host-key " + fingerprint()), e.format());
        assertFalse(Files.exists(known) && Files.readString(known).contains("ssh-ed25519"), "nothing trusted");

        SftpTarget.Login wrongPrint = new SftpTarget.Login(known, base.resolve("client_key"), "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false);
        assertThrows(PublishException.class, () -> SftpTarget.connect(address("unknown"), wrongPrint, Prompter.NONE));

        SftpTarget.Login confirmed = new SftpTarget.Login(known, base.resolve("client_key"), fingerprint(), false);
        try (SftpTarget t = SftpTarget.connect(address("unknown"), confirmed, Prompter.NONE)) {
            new Publisher(build("u1", "index.html", "<h1>Hem</h1>"), t, s -> { }).publish();
        }
        assertTrue(Files.readString(known).contains("ssh-ed25519"), "the confirmed key is remembered in known_hosts");
        try (SftpTarget t = SftpTarget.connect(address("unknown"), login, Prompter.NONE)) { // asked once only
            assertTrue(t.list().files().contains("index.html"));
        }
    }

    @Test
    void aChangedHostKeyIsAlwaysRefused() throws Exception {
        assertEquals(0, run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", base.resolve("other_key").toString()));
        String[] other = Files.readString(base.resolve("other_key.pub")).strip().split(" ");
        Path known = knownHosts("known_changed", other[0] + " " + other[1]);
        SftpTarget.Login login = new SftpTarget.Login(known, base.resolve("client_key"), fingerprint(), false);
        Prompter yes = new Prompter() {
            @Override
            public char[] password(String prompt) {
                return null;
            }

            @Override
            public boolean confirm(String question) {
                return true;
            }
        };
        PublishException e = assertThrows(PublishException.class, () -> SftpTarget.connect(address("x"), login, yes));
        assertTrue(e.getMessage().contains("annan nyckel"), e.format());
    }
}
