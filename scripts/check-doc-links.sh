#!/usr/bin/env bash
# Checks every relative link (and #anchor) in README.md and docs/**/*.md resolves; exits 1 listing the broken ones.
# Anchors follow GitHub's heading slugs (lower case, punctuation dropped, spaces to "-", "-1"… for repeats). Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import os, re, sys, unicodedata
def slug(h):
    h = re.sub(r'[`*_]', lambda m: '_' if m.group(0) == '_' else '', h.strip().lower())
    return ''.join(c for c in h if c in ' -_' or unicodedata.category(c)[0] in 'LMN').replace(' ', '-')
def anchors(path, cache={}):
    if path not in cache:
        seen, out, fence = {}, set(), False
        for line in open(path, encoding='utf-8'):
            if line.startswith('```'): fence = not fence
            m = None if fence else re.match(r'#{1,6} (.*)', line)
            if m:
                s = slug(m.group(1)); n = seen.get(s, 0); seen[s] = n + 1
                out.add(s if n == 0 else f'{s}-{n}')
        cache[path] = out
    return cache[path]
files = ['README.md'] + sorted(os.path.join(d, f) for d, _, fs in os.walk('docs') for f in fs if f.endswith('.md'))
bad = 0
for f in files:
    text = re.sub(r'```.*?```', '', open(f, encoding='utf-8').read(), flags=re.S)
    for target in re.findall(r'\]\(([^)\s]+)\)', text):
        if re.match(r'[a-z]+:', target): continue
        path, _, anchor = target.partition('#')
        full = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
        if not os.path.exists(full):
            print(f'{f}: missing {target}'); bad += 1
        elif anchor and full.endswith('.md') and anchor not in anchors(full):
            print(f'{f}: no heading #{anchor} in {full}'); bad += 1
print(f'{len(files)} files checked, {bad} broken links')
sys.exit(1 if bad else 0)
PY
