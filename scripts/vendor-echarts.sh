#!/usr/bin/env bash
# Reproduces src/Dangjian.Web/wwwroot/lib/echarts/echarts.min.js (see docs/decisions/0005-echarts-vendored.md).
set -euo pipefail
VERSION="${1:-6.1.0}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "echarts@$VERSION" >/dev/null && tar -xzf "echarts-$VERSION.tgz")
mkdir -p "$ROOT/src/Dangjian.Web/wwwroot/lib/echarts"
cp "$TMP/package/dist/echarts.min.js" "$ROOT/src/Dangjian.Web/wwwroot/lib/echarts/echarts.min.js"
cp "$TMP/package/LICENSE" "$ROOT/src/Dangjian.Web/wwwroot/lib/echarts/LICENSE"
echo "echarts $VERSION vendored: $(sha256sum "$ROOT/src/Dangjian.Web/wwwroot/lib/echarts/echarts.min.js" | cut -c1-16)…"
