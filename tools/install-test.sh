#!/usr/bin/env bash
# Installs rsdd into a temporary prefix (make install PREFIX=…) and runs the installed binary as a
# server would: from a copy of the demo workspace, under `env -i`, with this checkout's .build/
# hidden behind an empty folder (a mount namespace), so that nothing the build left behind (the
# resource bundles a binary once needed) can be reached. Checks: no Swift library in ldd, the
# demo's reports and exit code, `man -l` renders the page, the completions are there, and the
# README's cron line, run as written under env -i with its paths pointed at the temporary prefix,
# exits 0, mails nothing and writes reports and its log.
# Usage: tools/install-test.sh   (make install-test; .ci/run runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
tmp=$(mktemp -d /tmp/rsdd-install-test.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
failed=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; failed=1; fi; }

if ! command -v man >/dev/null || ! dpkg -s man-db >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db >/dev/null
  else
    echo "install-test needs man-db (run: sudo apt-get install man-db)"; exit 1
  fi
fi

start=$(date +%s)
make --no-print-directory install PREFIX="$prefix" >"$tmp/install.log" 2>&1 || { tail -n 30 "$tmp/install.log"; exit 1; }
echo "make install PREFIX=$prefix: $(( $(date +%s) - start )) s"
bin=$prefix/bin/rsdd
echo "binary: $(du -h "$bin" | cut -f1); ldd: $(ldd "$bin" | awk '{print $1}' | tr '\n' ' ')"
check "ldd names no Swift library" '! ldd "$bin" | grep -qi swift'
check "man page installed" 'test -s "$prefix/share/man/man1/rsdd.1"'
check "man -l renders the page with every subcommand" \
  'MANWIDTH=100 man -l "$prefix/share/man/man1/rsdd.1" 2>"$tmp/man.err" | col -b > "$tmp/man.txt" && ! grep -q . "$tmp/man.err" && grep -q "^ *run  *Run every stage" "$tmp/man.txt" && grep -q -- "--fail-on-change LEVEL" "$tmp/man.txt" && grep -q -- "--pdf" "$tmp/man.txt"'
check "bash completion" 'bash -n "$prefix/share/bash-completion/completions/rsdd" && grep -q "fail-on-change" "$prefix/share/bash-completion/completions/rsdd"'
check "zsh completion" 'grep -q "#compdef rsdd" "$prefix/share/zsh/site-functions/_rsdd"'
check "fish completion" 'grep -q "complete -c .rsdd." "$prefix/share/fish/vendor_completions.d/rsdd.fish"'

# The workspace as a server holds it, away from the checkout (its URLs are relative to it).
ws=$tmp/srv/workspace
mkdir -p "$ws"
cp -r examples/demo/sources.d examples/demo/snapshots examples/demo/teams "$ws/"
# The cron line exactly as the README gives it, its paths pointed at the temporary prefix.
cron=$(grep -m1 '^30 2 \* \* \*' README.md | sed -e 's/^30 2 \* \* \* *//' \
  -e "s|/usr/local/bin/rsdd|$bin|g" -e "s|/srv/rsdd/workspace|$ws|g" -e "s|/var/log/rsdd.log|$tmp/rsdd.log|g")
[ -n "$cron" ] || { echo "FAILED: no cron line (30 2 * * * …) in README.md"; exit 1; }

# In a mount namespace, an empty folder over .build/: the installed binary cannot reach it.
cat >"$tmp/hidden.sh" <<INNER
set -u
mount -t tmpfs none "$repo/.build"
cd "$tmp"
env -i PATH=/usr/bin:/bin "$bin" run --config "$ws" --as-of 2026-11-18 >"$tmp/run.out" 2>"$tmp/run.err"
echo \$? >"$tmp/run.status"
env -i PATH=/usr/bin:/bin "$bin" check --config "$ws" >/dev/null 2>"$tmp/check.err"
echo \$? >"$tmp/check.status"
rm -rf "$ws/reports"
env -i PATH=/usr/bin:/bin /bin/sh -c '$cron' >"$tmp/cron.mail" 2>&1
echo \$? >"$tmp/cron.status"
INNER
if [ "$(id -u)" = 0 ]; then unshare --mount --propagation private bash "$tmp/hidden.sh"
else unshare --map-root-user --mount --propagation private bash "$tmp/hidden.sh"; fi
check "the demo runs from the installed binary, .build/ hidden: exit 0" '[ "$(cat "$tmp/run.status")" = 0 ] || { cat "$tmp/run.err"; false; }'
check "rsdd check: exit 0" '[ "$(cat "$tmp/check.status")" = 0 ] || { cat "$tmp/check.err"; false; }'
check "the README cron line: exit 0, nothing mailed" '[ "$(cat "$tmp/cron.status")" = 0 ] && ! grep -q . "$tmp/cron.mail" || { cat "$tmp/cron.mail"; false; }'
check "the cron line wrote reports" 'test -s "$ws/reports/index.md" && test -s "$ws/reports/t-declared.md" && test -s "$ws/reports/changes.md"'
check "the cron line logged its summary" 'grep -q "3 teams (1 high, 1 medium, 0 low, 1 none)" "$tmp/rsdd.log"'
[ "$failed" = 0 ] && echo "install-test: all passed in $(( $(date +%s) - start )) s" || { echo "install-test: FAILED"; exit 1; }
