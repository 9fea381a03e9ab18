#!/bin/sh
# Installs or removes deadlined as a systemd service.
#   sh systemd/install.sh install [BINARY]   (BINARY defaults to .build/release/deadlined)
#   sh systemd/install.sh uninstall
#   sh systemd/install.sh install-user [BINARY] | uninstall-user   (for the current user, no root)
# PREFIX (default /usr/local) and DESTDIR (default empty) as for `make install`; BUILD_DIR
# (default .build) holds what `make man completions` built. The Debian package installs with it
# too (packaging/debian/rules), with PREFIX=/usr into its staging directory.
# The config in /etc/deadlined (with all that Config/ holds but the schema and the examples) is
# installed only when absent, so an edited one is never replaced; uninstall leaves it and the
# alert log in /var/lib/deadlined in place.
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

# install_unit SOURCE TARGET BINDIR DOCDIR: the unit with @BINDIR@ and @DOCDIR@ filled in.
install_unit() {
    sed -e "s|@BINDIR@|$3|g" -e "s|@DOCDIR@|$4|g" "$1" > "$2"
    chmod 0644 "$2"
}

# install_config CONFIG DIR SHOWN_DIR DIR_MODE FILE_MODE WHAT: CONFIG as DIR/deadlined.toml with
# everything else Config/ holds beside it (the statements; not the schema, which lives with the
# program, nor examples/), only when DIR has no config yet, so an edited one is never replaced.
install_config() {
    if [ -e "$2/deadlined.toml" ]; then
        echo "kept the existing $3/deadlined.toml"
    else
        install -d -m "$4" "$2"
        install -m "$5" "$1" "$2/deadlined.toml"
        (cd "$repo/Config" && find . -type f ! -path ./deadlined.toml ! -path ./deadlined.schema.json ! -path './examples/*') |
            while read -r file; do install -D -m 0644 "$repo/Config/$file" "$2/$file"; done
        echo "installed $6: $3/deadlined.toml"
    fi
}

# True when we install into the running system and systemd is its init.
live_systemd() { [ -z "$DESTDIR" ] && [ -d /run/systemd/system ]; }

install_files() {
    binary=${1:-$build/release/deadlined}
    [ -x "$binary" ] || { echo "install.sh: no binary at $binary; run 'make install' (it builds first)" >&2; exit 1; }
    install -D -m 0755 "$binary" "$DESTDIR$bindir/deadlined"
    install -d -m 0755 "$DESTDIR$unitdir" "$DESTDIR$catalogdir" "$DESTDIR$docdir"
    install_unit "$here/deadlined.service" "$DESTDIR$unitdir/deadlined.service" "$bindir" "$docdir"
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
    install_config "$repo/Config/deadlined.toml" "$DESTDIR$confdir" "$confdir" 0755 0644 "the default config"
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

# A personal install: the binary in ~/.local/bin, the user unit, the config with the notify-send
# recipe in ~/.config/deadlined (kept when present), the alert log in ~/.local/state/deadlined.
user_config=${XDG_CONFIG_HOME:-$HOME/.config}
user_bindir=$HOME/.local/bin
user_docdir=${XDG_DATA_HOME:-$HOME/.local/share}/doc/deadlined
user_unitdir=$user_config/systemd/user

# True when this user's systemd manager is running.
live_user_systemd() { systemctl --user show-environment >/dev/null 2>&1; }

install_user_files() {
    binary=${1:-$repo/.build/release/deadlined}
    [ -x "$binary" ] || { echo "install.sh: no binary at $binary; run 'make install-user' (it builds first)" >&2; exit 1; }
    install -D -m 0755 "$binary" "$user_bindir/deadlined"
    install -d -m 0755 "$user_unitdir" "$user_docdir"
    install_unit "$here/user/deadlined.service" "$user_unitdir/deadlined.service" "$user_bindir" "$user_docdir"
    install -m 0644 "$repo/README.md" "$user_docdir/README.md"
    install_config "$repo/Config/examples/desktop-notifications.toml" "$user_config/deadlined" "$user_config/deadlined" 0700 0600 "the desktop config"
    if live_user_systemd; then
        systemctl --user daemon-reload
        echo "installed. Start it with:  systemctl --user enable --now deadlined"
    else
        echo "installed (no user systemd running here: enable the unit from your session)"
    fi
}

uninstall_user_files() {
    if live_user_systemd; then
        systemctl --user disable --now deadlined 2>/dev/null || true
    fi
    rm -f "$user_bindir/deadlined" "$user_unitdir/deadlined.service"
    rm -rf "$user_docdir"
    if live_user_systemd; then systemctl --user daemon-reload; fi
    echo "removed deadlined; kept $user_config/deadlined and ${XDG_STATE_HOME:-$HOME/.local/state}/deadlined"
}

case "${1:-}" in
    install) shift; install_files "$@" ;;
    uninstall) uninstall_files ;;
    install-user) shift; install_user_files "$@" ;;
    uninstall-user) uninstall_user_files ;;
    *) echo "usage: sh systemd/install.sh install [BINARY] | uninstall | install-user [BINARY] | uninstall-user" >&2; exit 2 ;;
esac
