#!/usr/bin/env bash
# Fetches the open-licensed assets Stapwijs ships (OpenMoji pictograms, Atkinson
# Hyperlegible and Noto Sans Arabic fonts, axe-core for the accessibility tests)
# from the npm registry into .tools/assets. The Maven build copies what it needs
# into the jar; nothing fetched is committed.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=.tools/assets
packages=(
  openmoji@17.0.0
  @fontsource/atkinson-hyperlegible@5.3.0
  @fontsource/noto-sans-arabic@5.3.0
  @fontsource/noto-sans@5.3.0
  axe-core@4.11.1
)
stamp="$dir/.installed"
want="${packages[*]}"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
mkdir -p "$dir"
npm_cmd=(npm)
[ -x .tools/node/node ] && npm_cmd=(.tools/node/node .tools/node/node_modules/npm/bin/npm-cli.js)
"${npm_cmd[@]}" install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" "${packages[@]}"
echo "$want" > "$stamp"
echo "Open assets installed in $dir"
