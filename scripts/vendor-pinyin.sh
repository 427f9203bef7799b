#!/usr/bin/env bash
# Regenerates src/Dangjian.Core/People/PinyinTable.txt from the npm package pinyin-pro (MIT) and copies its
# licence beside it (see docs/decisions/0009-pinyin-table.md). Needs node and npm, not at build time.
set -euo pipefail
VERSION="${1:-3.29.4}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "pinyin-pro@$VERSION" >/dev/null && tar -xzf "pinyin-pro-$VERSION.tgz")
node "$ROOT/scripts/pinyin/table.js" "$TMP/package/dist/index.js" "$VERSION" > "$ROOT/src/Dangjian.Core/People/PinyinTable.txt"
cp "$TMP/package/LICENSE" "$ROOT/src/Dangjian.Core/People/PinyinTable.LICENSE"
echo "pinyin-pro $VERSION vendored: $(sed "/^\[surnames\]/q" "$ROOT/src/Dangjian.Core/People/PinyinTable.txt" | grep -v "^[#[]" | cut -d" " -f2 | tr -d "\n" | wc -m) characters"
