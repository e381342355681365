#!/usr/bin/env python3
"""Scores the packaged engine's sentiment on a support-mail set: score-sentiment-set.py SET.jsonl JAR.

SET lines are {"id", "text", "sentiment"} with sentiment an integer rating -2..2. Runs `java -jar JAR analyze` on the
texts with role customer and prints Pearson r and Spearman of the engine's sentiment against the rating and the mean
sentiment per rating (aggregate figures only, no text).
"""
import json, os, sys, subprocess, tempfile
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
tmp = tempfile.mkdtemp(); inp = os.path.join(tmp, 'in.jsonl'); out = os.path.join(tmp, 'out.jsonl')
open(inp, 'w').write(''.join(json.dumps({'id': str(i), 'text': x['text'], 'role': 'customer'}) + '\n' for i, x in enumerate(rows)))
subprocess.run(['java', '-Xmx512m', '-jar', sys.argv[2], 'analyze', inp, '--out', out], check=True, stderr=subprocess.DEVNULL)
o = {json.loads(l)['id']: json.loads(l)['sentiment'] for l in open(out)}
g = [x['sentiment'] for x in rows]; p = [o[str(i)] for i in range(len(rows))]
def pear(a, b):
    n = len(a); ma = sum(a) / n; mb = sum(b) / n
    c = sum((x - ma) * (y - mb) for x, y in zip(a, b)); va = sum((x - ma) ** 2 for x in a) ** .5; vb = sum((y - mb) ** 2 for y in b) ** .5
    return c / (va * vb)
def ranks(a):
    s = sorted(range(len(a)), key=lambda i: a[i]); r = [0] * len(a); i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and a[s[j + 1]] == a[s[i]]: j += 1
        for k in range(i, j + 1): r[s[k]] = (i + j) / 2
        i = j + 1
    return r
means = {k: round(sum(pp for gg, pp in zip(g, p) if gg == k) / max(1, g.count(k)), 3) for k in sorted(set(g))}
print(f'n {len(rows)} pearson {pear(g, p):.3f} spearman {pear(ranks(g), ranks(p)):.3f} mean per rating {means}')
