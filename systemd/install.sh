#!/bin/sh
# Installs or removes deadlined as a systemd service.
#   sh systemd/install.sh install [BINARY]   (BINARY defaults to .build/release/deadlined)
#   sh systemd/install.sh uninstall
# PREFIX (default /usr/local) and DESTDIR (default empty) as for `make install`; BUILD_DIR
# (default .build) holds what `make man completions` built. The Debian package installs with it
# too (packaging/debian/rules), with PREFIX=/usr into its staging directory.
# The config in /etc/deadlined (all that Config/ holds but the schema) is installed only when
# absent, so an edited one is never replaced; uninstall leaves it and the alert log in
# /var/lib/deadlined in place.
set -eu

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
build=${BUILD_DIR:-$repo/.build}
bindir=$PREFIX/bin
docdir=$PREFIX/share/doc/deadlined
mandir=$PREFIX/share/man
datadir=$PREFIX/share/deadlined
# Where each shell looks for completions: zsh's fpath has vendor-completions under /usr only.
bashcompletiondir=$PREFIX/share/bash-completion/completions
fishcompletiondir=$PREFIX/share/fish/vendor_completions.d
if [ "$PREFIX" = /usr ]; then zshcompletiondir=/usr/share/zsh/vendor-completions; else zshcompletiondir=$PREFIX/share/zsh/site-functions; fi
unitdir=/etc/systemd/system
catalogdir=/usr/lib/systemd/catalog
confdir=/etc/deadlined

# True when we install into the running system and systemd is its init.
live_systemd() { [ -z "$DESTDIR" ] && [ -d /run/systemd/system ]; }

install_files() {
    binary=${1:-$build/release/deadlined}
    [ -x "$binary" ] || { echo "install.sh: no binary at $binary; run 'make install' (it builds first)" >&2; exit 1; }
    install -D -m 0755 "$binary" "$DESTDIR$bindir/deadlined"
    install -d -m 0755 "$DESTDIR$unitdir" "$DESTDIR$catalogdir" "$DESTDIR$docdir"
    sed -e "s|@BINDIR@|$bindir|g" -e "s|@DOCDIR@|$docdir|g" "$here/deadlined.service" > "$DESTDIR$unitdir/deadlined.service"
    chmod 0644 "$DESTDIR$unitdir/deadlined.service"
    sed -e "s|/usr/local/share/doc/deadlined|$docdir|g" "$here/deadlined.catalog" > "$DESTDIR$catalogdir/deadlined.catalog"
    chmod 0644 "$DESTDIR$catalogdir/deadlined.catalog"
    install -m 0644 "$repo/README.md" "$DESTDIR$docdir/README.md"
    for page in deadlined.8 deadlined.toml.5; do
        [ -f "$build/man/$page" ] || { echo "install.sh: no man page at $build/man/$page; run 'make man'" >&2; exit 1; }
        install -D -m 0644 "$build/man/$page" "$DESTDIR$mandir/man${page##*.}/$page"
    done
    [ -f "$build/completions/deadlined.bash" ] || { echo "install.sh: no completions in $build/completions; run 'make completions'" >&2; exit 1; }
    install -D -m 0644 "$build/completions/deadlined.bash" "$DESTDIR$bashcompletiondir/deadlined"
    install -D -m 0644 "$build/completions/deadlined.zsh" "$DESTDIR$zshcompletiondir/_deadlined"
    install -D -m 0644 "$build/completions/deadlined.fish" "$DESTDIR$fishcompletiondir/deadlined.fish"
    # The schema is no config: it lives with the program, and a link beside the config serves
    # the config's `#:schema ./deadlined.schema.json` line.
    install -D -m 0644 "$repo/Config/deadlined.schema.json" "$DESTDIR$datadir/deadlined.schema.json"
    install -d -m 0755 "$DESTDIR$confdir"
    ln -sfn "$datadir/deadlined.schema.json" "$DESTDIR$confdir/deadlined.schema.json"
    if [ -e "$DESTDIR$confdir/deadlined.toml" ]; then
        echo "kept the existing $confdir/deadlined.toml"
    else
        (cd "$repo/Config" && find . -type f ! -name deadlined.schema.json) | while read -r file; do
            install -D -m 0644 "$repo/Config/$file" "$DESTDIR$confdir/$file"
        done
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
    rm -f "$DESTDIR$bindir/deadlined" "$DESTDIR$unitdir/deadlined.service" "$DESTDIR$catalogdir/deadlined.catalog" \
        "$DESTDIR$mandir/man8/deadlined.8" "$DESTDIR$mandir/man5/deadlined.toml.5" \
        "$DESTDIR$bashcompletiondir/deadlined" "$DESTDIR$zshcompletiondir/_deadlined" \
        "$DESTDIR$fishcompletiondir/deadlined.fish" "$DESTDIR$confdir/deadlined.schema.json"
    rm -rf "$DESTDIR$docdir" "$DESTDIR$datadir"
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
