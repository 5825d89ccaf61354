#!/usr/bin/env bash
# Tries the README's two commands as a new user on a bare Debian 12 would: builds a
# debootstrap "minbase" chroot (no PostgreSQL, no compiler, no locale), installs only git
# and make, clones the committed HEAD of this checkout into /root/nato_news (a directory
# only root can read), and runs `make demo` and then `make test` with an empty environment.
#
#   sudo scripts/bare-check.sh            # BARE_DIR=/var/tmp/nato_news-bare by default
#
# The minbase tree is built once and kept in $BARE_DIR/base; every run starts from a fresh
# copy of it. The Debian mirror is the one this machine's apt already uses. The chroot's
# throwaway clusters run in a network namespace of their own (PG_VIRTUALENV_UNSHARE=-n), so
# that they cannot collide with a server on this machine's ports, and it trusts the
# certificate authorities this machine trusts; nothing else differs from a user's machine.
# Exits non-zero if either command fails.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "bare-check: run as root (debootstrap and chroot need it)" >&2; exit 1; }
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
dir=${BARE_DIR:-/var/tmp/nato_news-bare}
suite=bookworm

mirror() {   # the first Debian mirror this machine's apt uses for $suite
    local uri
    uri=$(awk -v s="$suite" '/^URIs:/ {u=$2} /^Suites:/ && $0 ~ " "s"( |$)" && u !~ /security/ {print u; exit}' \
              /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$uri" ] || uri=$(awk -v s="$suite" '$1 == "deb" && $3 == s {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [ -n "$uri" ] || { echo "bare-check: no Debian $suite mirror in this machine's apt sources" >&2; exit 1; }
    echo "$uri"
}

command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
if [ ! -f "$dir/base/.complete" ]; then
    rm -rf "$dir/base"; mkdir -p "$dir/base"
    echo "bare-check: debootstrap --variant=minbase $suite"
    debootstrap --variant=minbase "$suite" "$dir/base" "$(mirror)" >"$dir/debootstrap.log" 2>&1 ||
        { tail -20 "$dir/debootstrap.log"; exit 1; }
    touch "$dir/base/.complete"
fi

root=$dir/root
cleanup() {
    for m in dev/shm dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup
rm -rf "$root"
cp -a "$dir/base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The certificate authorities this machine trusts, for clients that speak TLS (npm): the
# chroot then reaches the registries exactly as this machine does.
cp /etc/ssl/certs/ca-certificates.crt "$root/root/host-ca-certificates.crt"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666 2>/dev/null || true
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"

# What CI sees: the committed tree, not the working directory.
git -C "$repo" bundle create "$root/root/nato_news.bundle" HEAD >/dev/null 2>&1

chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PG_VIRTUALENV_UNSHARE=-n DEBIAN_FRONTEND=noninteractive \
    NODE_EXTRA_CA_CERTS=/root/host-ca-certificates.crt /bin/bash -euo pipefail -c '
    apt-get update -qq
    apt-get install -y -qq git make iproute2 >/dev/null
    chmod 700 /root
    git -c advice.detachedHead=false clone -q /root/nato_news.bundle /root/nato_news
    cd /root/nato_news
    echo "== bare-check: make demo"
    make demo
    echo "== bare-check: make test"
    make test
'
echo "bare-check: make demo and make test passed on a bare Debian $suite"
