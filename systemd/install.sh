#!/bin/sh
# Installs or removes deadlined as a systemd service.
#   sh systemd/install.sh install [BINARY]   (BINARY defaults to .build/release/deadlined)
#   sh systemd/install.sh uninstall
# PREFIX (default /usr/local) and DESTDIR (default empty) as for `make install`.
# The config in /etc/deadlined (deadlined.toml and the seed statement in statements.d/) is installed
# only when absent, so an edited one is never replaced;
# uninstall leaves it and the alert log in /var/lib/deadlined in place.
set -eu

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
bindir=$PREFIX/bin
docdir=$PREFIX/share/doc/deadlined
unitdir=/etc/systemd/system
catalogdir=/usr/lib/systemd/catalog
confdir=/etc/deadlined

# True when we install into the running system and systemd is its init.
live_systemd() { [ -z "$DESTDIR" ] && [ -d /run/systemd/system ]; }

install_files() {
    binary=${1:-$repo/.build/release/deadlined}
    [ -x "$binary" ] || { echo "install.sh: no binary at $binary; run 'make install' (it builds first)" >&2; exit 1; }
    install -D -m 0755 "$binary" "$DESTDIR$bindir/deadlined"
    install -d -m 0755 "$DESTDIR$unitdir" "$DESTDIR$catalogdir" "$DESTDIR$docdir"
    sed -e "s|@BINDIR@|$bindir|g" -e "s|@DOCDIR@|$docdir|g" "$here/deadlined.service" > "$DESTDIR$unitdir/deadlined.service"
    chmod 0644 "$DESTDIR$unitdir/deadlined.service"
    sed -e "s|/usr/local/share/doc/deadlined|$docdir|g" "$here/deadlined.catalog" > "$DESTDIR$catalogdir/deadlined.catalog"
    chmod 0644 "$DESTDIR$catalogdir/deadlined.catalog"
    install -m 0644 "$repo/README.md" "$DESTDIR$docdir/README.md"
    if [ -e "$DESTDIR$confdir/deadlined.toml" ]; then
        echo "kept the existing $confdir/deadlined.toml"
    else
        install -d -m 0755 "$DESTDIR$confdir/statements.d"
        install -m 0644 "$repo/Config/deadlined.toml" "$DESTDIR$confdir/deadlined.toml"
        install -m 0644 "$repo"/Config/statements.d/* "$DESTDIR$confdir/statements.d/"
        echo "installed the default config: $confdir/deadlined.toml"
    fi
    if live_systemd; then
        journalctl --update-catalog
        systemctl daemon-reload
        echo "installed. Start it with:  systemctl enable --now deadlined"
    elif [ -z "$DESTDIR" ]; then
        journalctl --update-catalog 2>/dev/null || true
        echo "installed (systemd is not running here: enable the unit once it is)"
    fi
}

uninstall_files() {
    if live_systemd; then
        systemctl disable --now deadlined 2>/dev/null || true
    fi
    rm -f "$DESTDIR$bindir/deadlined" "$DESTDIR$unitdir/deadlined.service" "$DESTDIR$catalogdir/deadlined.catalog"
    rm -rf "$DESTDIR$docdir"
    if live_systemd; then
        systemctl daemon-reload
        journalctl --update-catalog
    fi
    echo "removed deadlined; kept $confdir and /var/lib/deadlined (delete them by hand if you want them gone)"
}

case "${1:-}" in
    install) shift; install_files "$@" ;;
    uninstall) uninstall_files ;;
    *) echo "usage: sh systemd/install.sh install [BINARY] | uninstall" >&2; exit 2 ;;
esac
