#!/usr/bin/env bash
# Renders page 1 of the seed's PDF cheat sheet to docs/screenshots/cheatsheet-page1.png, to look at the layout.
# Needs poppler-utils (pdftoppm); the tests do not.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
command -v pdftoppm >/dev/null || { echo "cheatsheet-screenshot.sh: pdftoppm missing; apt-get install -y poppler-utils" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project src/StarCoach.Cli -- export ../shared/seeds/behavioral-questions.txt --to pdf -o "$out/cheatsheet.pdf"
mkdir -p docs/screenshots
pdftoppm -r 100 -f 1 -l 1 -png -singlefile "$out/cheatsheet.pdf" docs/screenshots/cheatsheet-page1
echo "wrote docs/screenshots/cheatsheet-page1.png"
