package se.fristad.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Vector;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;

/**
 * An SFTP server as a publishing target ({@code sftp://user@host[:port]/path}), through JSch (the maintained fork).
 * Logs in with the ssh-agent's keys, the person's own keys ({@code ~/.ssh/id_ed25519} …, or {@code --identity}), or a
 * password asked for on the terminal and never stored. The server's host key must be in {@code known_hosts}; an
 * unknown one is refused unless the person confirms its fingerprint (asked, or given with {@code --host-key}), and is
 * then added; a changed one is always refused.
 */
public final class SftpTarget implements Target {
    /** Where and as whom: from {@code sftp://user@host:port/path}. */
    public record Address(String user, String host, int port, String path) {
        public static Address parse(String url) throws PublishException {
            String fix = "skriv adressen som sftp://användare@server/sökväg, till exempel sftp://anna@webb.kommun.se/var/www/stod";
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new PublishException(url, "adressen går inte att läsa", fix);
            }
            if (!"sftp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() == null
                    || uri.getUserInfo().isEmpty() || uri.getUserInfo().contains(":")) {
                throw new PublishException(url, uri.getUserInfo() != null && uri.getUserInfo().contains(":")
                        ? "adressen innehåller ett lösenord, och det får inte sparas någonstans" : "adressen saknar användare eller server", fix
                        + (uri.getUserInfo() != null && uri.getUserInfo().contains(":") ? " (utan lösenord: det frågas efter när det behövs)" : ""));
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "." : uri.getPath();
            return new Address(uri.getUserInfo(), uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 22, path);
        }

        @Override
        public String toString() {
            return "sftp://" + user + "@" + host + (port == 22 ? "" : ":" + port) + (path.startsWith("/") ? path : "/" + path);
        }
    }

    /**
     * How to log in and whom to trust.
     *
     * @param knownHosts the host keys trusted ({@code ~/.ssh/known_hosts})
     * @param identity   a private key to use, or {@code null} for the agent's and the usual ones in {@code ~/.ssh}
     * @param hostKey    a fingerprint the person confirmed beforehand ({@code SHA256:…}), or {@code null}
     * @param usualKeys  whether to try the agent and {@code ~/.ssh}'s keys when no identity is given (else a password)
     */
    public record Login(Path knownHosts, Path identity, String hostKey, boolean usualKeys) {
        public Login(Path knownHosts, Path identity, String hostKey) {
            this(knownHosts, identity, hostKey, true);
        }

        public static Login defaults() {
            return new Login(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"), null, null);
        }
    }

    private final Address address;
    private final Session session;
    private final ChannelSftp sftp;
    private final String root;
    private final Set<String> madeDirs = new HashSet<>();

    private SftpTarget(Address address, Session session, ChannelSftp sftp, String root) {
        this.address = address;
        this.session = session;
        this.sftp = sftp;
        this.root = root;
    }

    /** Connects and logs in, or says in Swedish why not and what to do. */
    public static SftpTarget connect(Address address, Login login, Prompter prompter) throws PublishException {
        String where = address.toString();
        JSch jsch = new JSch();
        boolean[] refusedUnknown = new boolean[1];
        String[] fingerprint = new String[1];
        Asking[] asking = new Asking[1];
        try {
            jsch.setKnownHosts(login.knownHosts().toString());
            HostKeyRepository known = jsch.getHostKeyRepository();
            jsch.setHostKeyRepository(new Trusting(known, jsch, login, prompter, refusedUnknown, fingerprint));
            if (login.identity() != null) {
                if (!Files.isReadable(login.identity())) {
                    throw new PublishException(login.identity().toString(), "nyckelfilen går inte att läsa",
                            "ange den privata nyckeln (inte den som slutar på .pub) med --identity");
                }
                jsch.addIdentity(login.identity().toString());
            } else if (login.usualKeys()) {
                addUsualIdentities(jsch);
            }
            Session session = jsch.getSession(address.user(), address.host(), address.port());
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey,keyboard-interactive,password");
            asking[0] = new Asking(prompter, address);
            session.setUserInfo(asking[0]);
            session.setServerAliveInterval(15_000);
            session.connect(20_000);
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(20_000);
            String root = address.path().equals(".") ? sftp.pwd() : address.path();
            SftpATTRS attrs = stat(sftp, root);
            if (attrs == null || !attrs.isDir()) {
                session.disconnect();
                throw new PublishException(where, attrs == null ? "mappen " + root + " finns inte på servern" : root + " är inte en mapp",
                        "be IT skapa mappen (webbserverns dokumentrot) och ge " + address.user() + " rätt att skriva i den");
            }
            return new SftpTarget(address, session, sftp, root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root);
        } catch (JSchException e) {
            String m = String.valueOf(e.getMessage());
            if (refusedUnknown[0]) {
                throw new PublishException(where, "servern är okänd: dess nyckel har fingeravtrycket " + fingerprint[0]
                        + " och finns inte i " + login.knownHosts(),
                        "fråga IT vilket fingeravtryck servern har; stämmer det, kör igen och svara ja, eller ange --host-key "
                                + fingerprint[0]);
            }
            if (m.contains("HostKey has been changed") || m.contains("CHANGED")) {
                throw new PublishException(where, "servern visar en annan nyckel än den som finns i " + login.knownHosts()
                        + " — någon kan försöka lura dig att skicka webbplatsen till fel dator",
                        "publicera inte; fråga IT om servern har fått en ny nyckel. Har den det, ta bort den gamla raden ur known_hosts");
            }
            if ((m.startsWith("Auth fail") || m.contains("Auth cancel") || m.contains("USERAUTH fail")) && asking[0] != null && asking[0].unanswered) {
                throw new PublishException(where, "servern godtog ingen av dina nycklar, och det fanns ingen terminal att fråga efter lösenordet i",
                        "kör publish i ett terminalfönster (då frågar den efter lösenordet), eller be IT lägga in din publika nyckel hos "
                                + address.user() + " och ange den med --identity");
            }
            if (m.startsWith("Auth fail") || m.contains("Auth cancel") || m.contains("USERAUTH fail")) {
                throw new PublishException(where, "inloggningen misslyckades för " + address.user(),
                        "kontrollera användarnamnet och lösenordet, eller be IT lägga in din publika nyckel (~/.ssh/id_ed25519.pub) hos "
                                + address.user() + " på servern");
            }
            if (e.getCause() instanceof java.net.UnknownHostException) {
                throw new PublishException(where, "servern " + address.host() + " finns inte", "kontrollera stavningen i adressen");
            }
            if (e.getCause() instanceof java.net.ConnectException || m.contains("timeout") || m.contains("Connection refused")) {
                throw new PublishException(where, "servern svarar inte på port " + address.port(),
                        "kontrollera adressen och att datorn når servern (VPN?); IT vet vilken port SFTP använder");
            }
            throw new PublishException(where, "anslutningen misslyckades: " + m, "kontrollera adressen, eller visa meddelandet för IT");
        } catch (SftpException e) {
            throw new PublishException(where, "servern erbjuder inte SFTP: " + e.getMessage(), "be IT slå på SFTP för " + address.user());
        }
    }

    private static void addUsualIdentities(JSch jsch) {
        if (System.getenv("SSH_AUTH_SOCK") != null) {
            try {
                jsch.setIdentityRepository(new AgentIdentityRepository(new SSHAgentConnector()));
                return;
            } catch (Exception | LinkageError e) { // no usable agent: the key files below
            }
        }
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
            Path key = ssh.resolve(name);
            if (Files.isReadable(key)) {
                try {
                    jsch.addIdentity(key.toString());
                } catch (JSchException e) { // an unreadable key type: the others, or a password
                }
            }
        }
    }

    @Override
    public String describe() {
        return address.toString();
    }

    @Override
    public Listing list() throws IOException {
        Set<String> files = new HashSet<>();
        Set<String> links = new HashSet<>();
        Deque<String> dirs = new ArrayDeque<>();
        dirs.add("");
        while (!dirs.isEmpty()) {
            String dir = dirs.poll();
            Vector<ChannelSftp.LsEntry> entries;
            try {
                entries = sftp.ls(dir.isEmpty() ? root : root + "/" + dir);
            } catch (SftpException e) {
                throw io("kan inte läsa mappen " + dir, e);
            }
            for (ChannelSftp.LsEntry entry : entries) {
                String name = entry.getFilename();
                if (name.equals(".") || name.equals("..")) {
                    continue;
                }
                String rel = dir.isEmpty() ? name : dir + "/" + name;
                SftpATTRS a = entry.getAttrs();
                if (a.isLink()) {
                    links.add(rel);
                    files.add(rel);
                } else if (a.isDir()) {
                    dirs.add(rel);
                    madeDirs.add(rel);
                } else {
                    files.add(rel);
                }
            }
        }
        return new Listing(files, links);
    }

    @Override
    public Optional<byte[]> read(String rel) throws IOException {
        try (InputStream in = sftp.get(path(rel))) {
            return Optional.of(in.readAllBytes());
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                return Optional.empty();
            }
            throw io("kan inte läsa " + rel, e);
        }
    }

    @Override
    public void put(String rel, Path from) throws IOException {
        try (InputStream in = Files.newInputStream(from)) {
            upload(rel, in);
        }
    }

    @Override
    public void write(String rel, byte[] bytes) throws IOException {
        upload(rel, new ByteArrayInputStream(bytes));
    }

    private void upload(String rel, InputStream in) throws IOException {
        mkdirs(rel);
        String tmp = path(Target.temporary(rel));
        try {
            sftp.put(in, tmp, ChannelSftp.OVERWRITE);
            sftp.rename(tmp, path(rel)); // posix-rename@openssh.com: replaces the old file in one step
        } catch (SftpException e) {
            throw io("kan inte skriva " + rel, e);
        }
    }

    @Override
    public void append(String rel, byte[] bytes) throws IOException {
        mkdirs(rel);
        try {
            sftp.put(new ByteArrayInputStream(bytes), path(rel), ChannelSftp.APPEND);
        } catch (SftpException e) {
            throw io("kan inte skriva " + rel, e);
        }
    }

    @Override
    public void delete(String rel) throws IOException {
        try {
            sftp.rm(path(rel));
        } catch (SftpException e) {
            if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                throw io("kan inte ta bort " + rel, e);
            }
        }
        for (int slash = rel.lastIndexOf('/'); slash > 0; slash = rel.lastIndexOf('/', slash - 1)) {
            String dir = rel.substring(0, slash);
            try {
                sftp.rmdir(path(dir));
                madeDirs.remove(dir);
            } catch (SftpException e) { // not empty: it stays
                return;
            }
        }
    }

    private void mkdirs(String rel) throws IOException {
        int slash = rel.lastIndexOf('/');
        if (slash < 0) {
            return;
        }
        String[] parts = rel.substring(0, slash).split("/");
        StringBuilder dir = new StringBuilder();
        for (String part : parts) {
            dir.append(dir.length() == 0 ? "" : "/").append(part);
            String d = dir.toString();
            if (madeDirs.contains(d)) {
                continue;
            }
            try {
                SftpATTRS a = stat(sftp, path(d));
                if (a == null) {
                    sftp.mkdir(path(d));
                } else if (!a.isDir() || a.isLink()) {
                    throw new IOException(d + " på servern är inte en mapp");
                }
                madeDirs.add(d);
            } catch (SftpException e) {
                throw io("kan inte skapa mappen " + d, e);
            }
        }
    }

    private static SftpATTRS stat(ChannelSftp sftp, String path) throws SftpException {
        try {
            return sftp.lstat(path);
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                return null;
            }
            throw e;
        }
    }

    private String path(String rel) {
        return root + "/" + rel;
    }

    private static IOException io(String what, SftpException e) {
        String why = e.id == ChannelSftp.SSH_FX_PERMISSION_DENIED ? "servern nekar (behörighet)" : String.valueOf(e.getMessage());
        return new IOException(what + ": " + why, e);
    }

    @Override
    public void close() {
        sftp.disconnect();
        session.disconnect();
    }

    /** known_hosts, plus a fingerprint the person confirms: added to the file so it is asked once. */
    private record Trusting(HostKeyRepository known, JSch jsch, Login login, Prompter prompter, boolean[] refused, String[] fingerprint)
            implements HostKeyRepository {
        @Override
        public int check(String host, byte[] key) {
            int result = known.check(host, key);
            if (result != NOT_INCLUDED) {
                return result;
            }
            try {
                HostKey hk = new HostKey(host, key);
                String fp = hk.getFingerPrint(jsch);
                fingerprint[0] = fp.startsWith("SHA256:") ? fp : "SHA256:" + fp;
                boolean yes = login.hostKey() != null ? login.hostKey().strip().equals(fingerprint[0])
                        : prompter.confirm("Servern " + host + " är okänd. Dess nyckel har fingeravtrycket " + fingerprint[0]
                                + ". Har IT gett dig samma fingeravtryck?");
                if (!yes) {
                    refused[0] = true;
                    return NOT_INCLUDED;
                }
                Path file = login.knownHosts();
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    Files.createFile(file);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) { // Windows
                    }
                }
                known.add(hk, null);
                return OK;
            } catch (JSchException | IOException e) {
                refused[0] = true;
                return NOT_INCLUDED;
            }
        }

        @Override
        public void add(HostKey hostkey, UserInfo ui) {
            known.add(hostkey, ui);
        }

        @Override
        public void remove(String host, String type) {
            known.remove(host, type);
        }

        @Override
        public void remove(String host, String type, byte[] key) {
            known.remove(host, type, key);
        }

        @Override
        public String getKnownHostsRepositoryID() {
            return known.getKnownHostsRepositoryID();
        }

        @Override
        public HostKey[] getHostKey() {
            return known.getHostKey();
        }

        @Override
        public HostKey[] getHostKey(String host, String type) {
            return known.getHostKey(host, type);
        }
    }

    /** Passwords and passphrases from the person, asked when the server wants one; kept only for this login. */
    private static final class Asking implements UserInfo, UIKeyboardInteractive {
        private final Prompter prompter;
        private final Address address;
        private char[] secret;
        private int asked;
        boolean unanswered;

        Asking(Prompter prompter, Address address) {
            this.prompter = prompter;
            this.address = address;
        }

        private boolean ask(String prompt) {
            if (asked++ >= 3) {
                return false;
            }
            secret = prompter.password(prompt);
            unanswered |= secret == null;
            return secret != null;
        }

        @Override
        public String getPassphrase() {
            return secret == null ? null : new String(secret);
        }

        @Override
        public String getPassword() {
            return secret == null ? null : new String(secret);
        }

        @Override
        public boolean promptPassword(String message) {
            return ask("Lösenord för " + address.user() + "@" + address.host() + ": ");
        }

        @Override
        public boolean promptPassphrase(String message) {
            return ask("Lösenfras för din nyckel (" + message + "): ");
        }

        @Override
        public boolean promptYesNo(String message) {
            return false;
        }

        @Override
        public void showMessage(String message) {
        }

        @Override
        public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt, boolean[] echo) {
            if (prompt.length != 1 || echo[0] || !ask("Lösenord för " + address.user() + "@" + address.host() + ": ")) {
                return null;
            }
            String[] answer = {new String(secret)};
            Arrays.fill(secret, '\0');
            return answer;
        }
    }
}
