#!/usr/bin/env bash
# Fetches the open-licensed assets Stapwijs ships (OpenMoji pictograms, Atkinson Hyperlegible
# and Noto Sans web fonts, DejaVu Sans for PDFs, axe-core for the accessibility tests) from the npm registry into
# .tools/assets/node_modules, checking each archive against its published sha512. Needs
# only curl, tar and sha512sum; no Node. The Maven build copies what it needs into the jar;
# nothing fetched is committed. A package already installed at its version is left alone, so
# adding one fetches only that one (and never pulls files away from a build that is running).
set -euo pipefail
cd "$(dirname "$0")/.."

registry="${NPM_REGISTRY:-https://registry.npmjs.org}"
# name  version  sha512 (base64, from the registry's dist.integrity)
packages=(
  "openmoji 17.0.0 EBnYrNGdcdw+OSXmENeNE1yBNRu6tOraTmoOyUbJkTmvT/+XETp8RZLSJFzD3lrPc5N9CzsyPnRTk0Vp4UaI9w=="
  "@fontsource/atkinson-hyperlegible 5.3.0 Sp8Ve8+rQmENY2Lv02VH7sLpntzTTvnncnJMTbRE7DX6TLxGraN4ykZfzaUWIoCFmaomwkvNiqmlPkrKBuDoSA=="
  "@fontsource/noto-sans-arabic 5.3.0 i3t6GR0LOReyJVEk+YfYCnxv53wuIelg7Y9NGNvOq4Diq/EP0YszaGXkQwfQNigLjfO4POrLaPGM0sNliGYk7A=="
  "@fontsource/noto-sans 5.3.0 fBCog2PY7DiVVTEEqtI/Qdinx/knobHYfoGpjFXdfBX5RoJaBp1Prw2G75p0OIsdlMZg3cLo0c+YbIUYOxnQJw=="
  "dejavu-fonts-ttf 2.37.3 f1hd7jJbeQa1VWcw+K2KrTXS50zTMaHpVC4XIKJpNcDeYR5ajMtj/iLlQDYNvLOKamUB3ARVVCf79lNwNVztSQ=="
  "axe-core 4.11.1 BASOg+YwO2C+346x3LZOeoovTIoTrRqEsqMa6fmfAV0P+U9mFr9NsyOEpiYvFjbc64NMrSswhV50WdXzdb/Z5A=="
  "cldr-annotations-full 48.2.0 DV7A+rEcgUSNTRsVGNGqBZRmAkGfwhGHO5Q1dRwzBoBnVrHWp804JP7/QJdEc66iHmx3+zLWVIMCFLm0lW7PUQ=="
  "cldr-annotations-derived-full 48.2.0 log62km+AOzI7n/NEuNNFV0mg9DWnt67EYCh1RwxZq9dyRuyteB586LT83Ke8TchEfnwI9cIk2P31zO4nTvZmw=="
)

dir=.tools/assets/node_modules
for tool in curl tar sha512sum base64; do
  command -v "$tool" >/dev/null || { echo "install-assets: '$tool' is needed (apt-get install curl tar coreutils)" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for entry in "${packages[@]}"; do
  read -r name version integrity <<<"$entry"
  if grep -qs "\"version\": \"$version\"" "$dir/$name/package.json"; then
    continue
  fi
  file="$tmp/$(basename "$name")-$version.tgz"
  curl -fsSL --retry 3 -o "$file" "$registry/$name/-/$(basename "$name")-$version.tgz"
  hex=$(sha512sum "$file" | cut -d' ' -f1)
  # npm publishes base64 of the binary digest; turn sha512sum's hex into that with printf alone.
  binary=""
  for ((i = 0; i < ${#hex}; i += 2)); do binary+="\\x${hex:i:2}"; done
  actual=$(printf '%b' "$binary" | base64 -w0)
  if [ "$actual" != "$integrity" ]; then
    echo "install-assets: $name@$version does not match its published checksum; not installed." >&2
    exit 1
  fi
  rm -rf "${dir:?}/$name"
  mkdir -p "$dir/$name"
  tar -xzf "$file" -C "$dir/$name" --strip-components=1
done
echo "Open assets ready in $dir"
