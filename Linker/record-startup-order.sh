#!/usr/bin/env bash
# Writes Linker/startup.order: the functions of the release `parley` that run while a buyer's console
# starts, shows its first frame, moves Down and End, waits and quits (the path parley-bench times),
# as callgrind sees them. The release link hands the file to lld (Package.swift), which lays those
# functions side by side: starting then touches ~6 MB of code pages instead of ~15 (the kernel maps
# 64 KB around every page fault, so scattered start-up code brought most of the 22 MB of code in).
# Run it again after large changes to the start-up path; a stale list costs memory, never correctness.
# Needs valgrind, tmux and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
toolchain=$(dirname "$(readlink -f "$(command -v swift)")")
swift build -c release --static-swift-stdlib --product parley
work=$(mktemp -d)
socket=parley-order-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind cannot read this toolchain's DWARF; the symbol table is all it needs.
"$toolchain/llvm-objcopy" --strip-debug .build/release/parley "$work/parley"

now=2026-12-05T00:00:00Z
"$work/parley" seed --db "$work/p.sqlite" --now "$now" --orders 20000 --disputes 2000 >/dev/null
buyer=$(sqlite3 "$work/p.sqlite" "SELECT buyer_id FROM orders GROUP BY buyer_id ORDER BY COUNT(*) DESC LIMIT 1")

# Waits (callgrind runs ~50x slower) until the pane shows $1.
wait_for() {
    for _ in $(seq 600); do
        tmux -L "$socket" capture-pane -p 2>/dev/null | grep -q -- "$1" && return 0
        sleep 0.5
    done
    echo "record-startup-order: the pane never showed \"$1\"" >&2
    exit 1
}

tmux -L "$socket" new-session -d -x 120 -y 40 \
    "valgrind --tool=callgrind --demangle=no --compress-strings=no --callgrind-out-file=$work/start.cg \
     $work/parley --db $work/p.sqlite --as buyer:$buyer --now $now 2>$work/valgrind.log"
wait_for "newest first"
sleep 3   # a second's tick repaints the countdowns
tmux -L "$socket" send-keys Down
sleep 2
tmux -L "$socket" send-keys End
sleep 4
tmux -L "$socket" send-keys q
for _ in $(seq 120); do tmux -L "$socket" has-session 2>/dev/null || break; sleep 0.5; done

# The functions callgrind saw in the parley executable (not the shared libraries), without its
# recursion marks ('2), kept only if the executable defines them.
awk '
    /^ob=/  { ob = substr($0, 4) }
    /^cob=/ { cob = substr($0, 5) }
    /^fn=/  { if (ob ~ /\/parley$/) print substr($0, 4) }
    /^cfn=/ { o = (cob != "" ? cob : ob); if (o ~ /\/parley$/) print substr($0, 5); cob = "" }
' "$work/start.cg" | sed -E "s/'[0-9]+$//" | sort -u > "$work/ran.txt"
nm --defined-only "$work/parley" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u > "$work/defined.txt"
comm -12 "$work/ran.txt" "$work/defined.txt" > Linker/startup.order
echo "Linker/startup.order: $(wc -l < Linker/startup.order) functions"

# SwiftPM does not see the list as an input of the link: link again by hand.
rm -f .build/release/parley
swift build -c release --static-swift-stdlib --product parley
