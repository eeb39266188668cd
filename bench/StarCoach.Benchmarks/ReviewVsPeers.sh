#!/usr/bin/env bash
# Times `starcoach review` and the peer prose linters (../shared/peers) over the same answers, one after the
# other in one run on one machine, and prints one JSON object: each tool's figures plus StarCoach's speed-up.
#
#   bench/StarCoach.Benchmarks/ReviewVsPeers.sh [ANSWERS.json]     (default: the peers' answers.json)
#
# The peers folder may be read-only, so it is copied to $PEERS_DIR (default /tmp/peers) first; its run.sh
# installs the pinned peers with `npm ci` when needed. StarCoach is measured the way the peers' harness
# measures: 3 untimed warm-up passes, 20 timed passes, every call timed on its own.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
peers="${PEERS_DIR:-/tmp/peers}"
[ -d "$peers" ] || cp -r "$repo/../shared/peers" "$peers"
corpus="${1:-$peers/answers.json}"
out="$(mktemp -d)"

dotnet build -c Release "$repo/bench/StarCoach.Benchmarks" >&2
"$peers/run.sh" "$corpus" --meta > "$out/peers.json"
# `dotnet run --no-build` finds the build output wherever the project puts it (it builds for this machine's RID).
dotnet run -c Release --no-build --project "$repo/bench/StarCoach.Benchmarks" -- --peers-corpus "$corpus" > "$out/starcoach.json"

node -e '
const fs = require("fs");
const peers = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const star = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const s = star.starcoach;
const ratios = {};
for (const [name, p] of Object.entries(peers)) {
  if (name.startsWith("_")) continue;
  ratios[name] = {
    medianPerAnswer: +(p.medianMsPerAnswer / s.medianMsPerAnswer).toFixed(1),
    p95PerAnswer: +(p.p95MsPerAnswer / s.p95MsPerAnswer).toFixed(1),
    per1kWords: +(p.msPer1kWords / s.msPer1kWords).toFixed(1),
  };
}
process.stdout.write(JSON.stringify({ ...peers, starcoach: s, _starcoachMeta: star._meta, speedupOfStarcoach: ratios }, null, 2) + "\n");
' "$out/peers.json" "$out/starcoach.json"
