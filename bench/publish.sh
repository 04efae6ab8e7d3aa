#!/usr/bin/env bash
# How long `fristad publish` takes for the repository's own site (target/site, built by `mvn package`), to a folder
# and over SFTP to Debian's OpenSSH on loopback, against what a person would otherwise do: copy everything
# (`cp -a` to the folder, OpenSSH's own `sftp -b` with `put -r` to the server). Prints each time and the ratio.
#   bash bench/publish.sh
# Needs root (the SFTP account, as in SftpPublishIT), /usr/sbin/sshd and sftp. Loopback has no latency: over a
# real network each file costs round trips, which favours sending fewer files (publish) even more.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/fristad.jar
SITE=target/site
[ -f "$SITE/.fristad-build" ] || { echo "build the site first: mvn -q package" >&2; exit 1; }
USER_NAME=fristad-sftp
id "$USER_NAME" >/dev/null 2>&1 || useradd --create-home --shell /bin/sh "$USER_NAME"
W=$(mktemp -d /tmp/fristad-publish-bench.XXXXXX); chmod 755 "$W"
trap '[ -f "$W/sshd.pid" ] && kill "$(cat "$W/sshd.pid")" 2>/dev/null; rm -rf --one-file-system "$W"' EXIT
ssh-keygen -q -t ed25519 -N '' -f "$W/host_key"; ssh-keygen -q -t ed25519 -N '' -f "$W/client_key"
cp "$W/client_key.pub" "$W/authorized_keys"; chmod 644 "$W/authorized_keys"
PORT=$(( 20000 + RANDOM % 20000 ))
cat > "$W/sshd_config" <<EOF
Port $PORT
ListenAddress 127.0.0.1
HostKey $W/host_key
PidFile $W/sshd.pid
AuthorizedKeysFile $W/authorized_keys
StrictModes no
PasswordAuthentication no
UsePAM no
AllowUsers $USER_NAME
Subsystem sftp internal-sftp
EOF
mkdir -p /run/sshd
/usr/sbin/sshd -f "$W/sshd_config"
sleep 1
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$W/host_key.pub")" > "$W/known_hosts"
for d in sftp-fristad sftp-copy; do mkdir "$W/$d"; chown "$USER_NAME" "$W/$d"; done
mkdir "$W/folder-fristad" "$W/folder-copy"
files=$(find "$SITE" -type f ! -name .fristad-build | wc -l)
t() { local s; s=$(date +%s.%N); "$@" >/dev/null; awk -v a="$(date +%s.%N)" -v b="$s" 'BEGIN {print a - b}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
SFTP_URL="sftp://$USER_NAME@127.0.0.1:$PORT$W/sftp-fristad"
KEYS=(--identity "$W/client_key" --known-hosts "$W/known_hosts")

echo "$(date -u +%Y-%m-%dT%H:%MZ) · $files files in $SITE · $(nproc) cores"
a=$(t java -jar "$JAR" publish --to "$W/folder-fristad"); b=$(t cp -a "$SITE/." "$W/folder-copy/")
printf 'folder, first publish: fristad %.1f s, cp -a %.1f s (%.1fx)\n' "$a" "$b" "$(ratio "$a" "$b")"
a=$(t java -jar "$JAR" publish --to "$SFTP_URL" "${KEYS[@]}")
printf 'put -r %s %s\n' "$SITE/." "$W/sftp-copy" > "$W/batch"
b=$(t sftp -q -b "$W/batch" -i "$W/client_key" -o UserKnownHostsFile="$W/known_hosts" -P "$PORT" "$USER_NAME@127.0.0.1")
printf 'SFTP, first publish: fristad %.1f s, OpenSSH sftp put -r %.1f s (%.2fx)\n' "$a" "$b" "$(ratio "$a" "$b")"
a=$(t java -jar "$JAR" publish --to "$SFTP_URL" "${KEYS[@]}")
printf 'SFTP, nothing changed: fristad %.1f s (the copy would send all %s files again: %.1f s)\n' "$a" "$files" "$b"
