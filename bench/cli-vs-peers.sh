#!/usr/bin/env bash
# Times the starcoach CLI as a user runs it (one process per command, published the way `dotnet pack` ships it)
# beside the peers' own command lines (../shared/peers) in the same run, and prints each figure with its ratio.
#
#   bench/cli-vs-peers.sh [RUNS]        (default 15 runs per command; the median is reported)
#
# CPU is user + system time of the whole process (wait4), wall is the elapsed time; both are medians. The corpus is
# the peers' answers-large.json (247 answers, about 100,000 words): the peers read it as 247 text files in one
# invocation, starcoach as one bank imported from the same texts. Needs dotnet, node and python3.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-15}"
peers="${PEERS_DIR:-/tmp/peers}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -d "$peers" ] || cp -r "$repo/../shared/peers" "$peers"
[ -d "$peers/node_modules" ] || "$peers/install.sh" >&2

cli="$repo/artifacts/cli-bench"
echo "publishing the CLI (Release, ReadyToRun as packed) to $cli" >&2
dotnet publish "$repo/src/StarCoach.Cli" -c Release -o "$cli" >/dev/null

python3 - "$peers/answers-large.json" "$work" <<'PY'
import json, os, sys
answers = json.load(open(sys.argv[1]))
os.makedirs(os.path.join(sys.argv[2], "texts"))
with open(os.path.join(sys.argv[2], "large.md"), "w") as doc:
    doc.write("# Behavioral answers\n\n")
    for i, text in enumerate(answers):
        doc.write(f"## Tell me about a time you handled a hard situation (story {i + 1}).\n\n{text.strip()}\n\n")
        open(os.path.join(sys.argv[2], "texts", f"a{i:03}.txt"), "w").write(text)
PY
"$cli/starcoach" import "$work/large.md" --json > "$work/large.json"

python3 - "$runs" "$cli/starcoach" "$peers" "$work" "$repo/../shared/seeds/behavioral-questions.txt" <<'PY'
import glob, os, statistics, subprocess, sys, time
runs, starcoach, peers, work, seed = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
texts = sorted(glob.glob(os.path.join(work, "texts", "*.txt")))
bank = os.path.join(work, "large.json")

def measure(cmd):
    cpu, wall = [], []
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        wall.append(time.perf_counter() - start)
        cpu.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000

rows = [
    ("start-up", "node -e 0", ["node", "-e", "0"], "starcoach --help", [starcoach, "--help"]),
    ("review 247 answers", "write-good (247 files, one run)", ["node", os.path.join(peers, "node_modules/write-good/bin/write-good.js"), *texts],
     "starcoach review BANK", [starcoach, "review", bank]),
    ("review 247 answers", "alex (247 files, one run)", ["node", os.path.join(peers, "node_modules/alex/cli.js"), *texts],
     "starcoach review BANK --json", [starcoach, "review", bank, "--json"]),
    ("import the seed document", None, None, "starcoach import seed", [starcoach, "import", seed]),
]
print(f"{runs} runs each, medians; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load {os.getloadavg()[0]:.1f}")
print(f"| what | peer | peer CPU / wall ms | starcoach | CPU / wall ms | peer CPU ÷ starcoach CPU |")
print(f"|---|---|---:|---|---:|---:|")
for what, peer_name, peer_cmd, star_name, star_cmd in rows:
    s_cpu, s_wall = measure(star_cmd)
    if peer_cmd:
        p_cpu, p_wall = measure(peer_cmd)
        print(f"| {what} | {peer_name} | {p_cpu:.0f} / {p_wall:.0f} | {star_name} | {s_cpu:.0f} / {s_wall:.0f} | {p_cpu / s_cpu:.2f}× |")
    else:
        print(f"| {what} | – | – | {star_name} | {s_cpu:.0f} / {s_wall:.0f} | – |")
PY
