#!/usr/bin/env python3
"""Scores the packaged engine on a folder of ServiceMind's labelled sets: score-labelled-sets.py DIR JAR SUFFIX [-v].

Reads DIR/{never-say,journal,commitments,anger,detail,empathy}-SUFFIX.jsonl (any may be missing), runs
`java -jar JAR analyze` once on all texts with their roles, and prints per signal the figures the issue asks for:
never-say and distortions micro precision/recall over (text, category) pairs, commitments matched by overlapping
spans with the due time inside the labelled window, anger Spearman, detail-preference AUC, reply-empathy pairwise
accuracy. -v lists every disagreement.
"""
import json, sys, subprocess, datetime
import tempfile, os
IN = os.path.join(tempfile.gettempdir(), 'servicemind-sets-in.jsonl')
OUT = os.path.join(tempfile.gettempdir(), 'servicemind-sets-out.jsonl')
d, jar = sys.argv[1], sys.argv[2]
suf = sys.argv[3] if len(sys.argv) > 3 else 'blind5'
def read(n):
    try:
        return [json.loads(l) for l in open(f'{d}/{n}-{suf}.jsonl') if l.strip()]
    except FileNotFoundError:
        return []
sets = {k: read(k) for k in ['never-say', 'journal', 'commitments', 'anger', 'detail', 'empathy']}
inp = []
for x in sets['never-say']: inp.append({'id': 'ns|' + x['id'], 'text': x['text'], 'role': 'agent'})
for x in sets['journal']: inp.append({'id': 'j|' + x['id'], 'text': x['text'], 'role': 'journal'})
for x in sets['commitments']: inp.append({'id': 'c|' + x['id'], 'text': x['text'], 'role': 'agent', 'at': x['at'], 'zone': x['zone']})
for x in sets['anger']: inp.append({'id': 'a|' + x['id'], 'text': x['text'], 'role': 'customer'})
for x in sets['detail']: inp.append({'id': 'd|' + x['id'], 'text': x['text'], 'role': 'customer'})
for x in sets['empathy']:
    inp.append({'id': 'em|' + x['id'], 'text': x['more'], 'role': 'agent'})
    inp.append({'id': 'el|' + x['id'], 'text': x['less'], 'role': 'agent'})
with open(IN, 'w') as f:
    for x in inp: f.write(json.dumps(x) + '\n')
subprocess.run(['java', '-Xmx512m', '-jar', jar, 'analyze', IN, '--out', OUT], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
out = {}
for l in open(OUT):
    o = json.loads(l); out[o['id']] = o
verbose = '-v' in sys.argv
def prf(items, key, pred, tag):
    tp = fp = fn = 0; clean = cleanflag = 0
    for x in items:
        want = set(x[key]); got = set(pred(out[tag + x['id']]))
        tp += len(want & got); fp += len(got - want); fn += len(want - got)
        if not want:
            clean += 1; cleanflag += bool(got)
        if verbose and want != got: print('   ', x['id'], 'want', sorted(want), 'got', sorted(got), '|', x['text'][:150])
    p = tp / (tp + fp) if tp + fp else 1; r = tp / (tp + fn) if tp + fn else 1
    return f'P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r) if p+r else 0:.3f} (tp {tp} fp {fp} fn {fn}; {cleanflag}/{clean} clean flagged)'
if sets['never-say']:
    print('never-say  ', prf(sets['never-say'], 'categories', lambda o: [f['category'] for f in o['findings']], 'ns|'))
if sets['journal']:
    print('distortions', prf(sets['journal'], 'distortions', lambda o: [f['type'] for f in o.get('distortions', [])], 'j|'))
if sets['commitments']:
    pr = ex = m = ww = di = 0
    for x in sets['commitments']:
        o = out['c|' + x['id']]; found = o['commitments']; used = [False] * len(found)
        pr += len(found); ex += len(x['commitments'])
        for w in x['commitments']:
            at = x['text'].find(w['span']) if w.get('span') else -1
            rng = (at, at + len(w['span'])) if at >= 0 else (0, len(x['text']))
            hit = next((i for i, c in enumerate(found) if not used[i] and c['start'] < rng[1] and rng[0] < c['end']), -1)
            if hit < 0:
                if verbose: print('    MISSED', x['id'], w['span'], '|', x['text'][:140])
                continue
            used[hit] = True; m += 1
            if w.get('due_from') and w.get('due_to'):
                ww += 1; due = found[hit]['due']
                ok = due is not None and datetime.datetime.fromisoformat(w['due_from']) <= datetime.datetime.fromisoformat(due) <= datetime.datetime.fromisoformat(w['due_to'])
                di += ok
                if verbose and not ok: print('    DUE', x['id'], due, 'not in', w['due_from'], w['due_to'], '|', w['span'])
        if verbose:
            for i, c in enumerate(found):
                if not used[i]: print('    EXTRA', x['id'], c['span'], '|', x['text'][:140])
    print(f'commitments P {m/pr if pr else 1:.3f} R {m/ex if ex else 1:.3f} due {di/ww if ww else 1:.3f} ({m}/{pr} pred, {m}/{ex} exp, {di}/{ww} due)')
def rank(v):
    s = sorted(range(len(v)), key=lambda i: v[i]); r = [0.0] * len(v); i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and v[s[j + 1]] == v[s[i]]: j += 1
        for k in range(i, j + 1): r[s[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
def pearson(a, b):
    n = len(a); ma = sum(a) / n; mb = sum(b) / n
    c = sum((x - ma) * (y - mb) for x, y in zip(a, b)); va = sum((x - ma) ** 2 for x in a); vb = sum((y - mb) ** 2 for y in b)
    return c / (va * vb) ** 0.5
if sets['anger']:
    a = [x['anger'] for x in sets['anger']]; p = [out['a|' + x['id']]['anger'] for x in sets['anger']]
    print(f'anger       Spearman {pearson(rank(a), rank(p)):.3f} (n {len(a)})')
if sets['detail']:
    pos = [out['d|' + x['id']]['detail_preference'] for x in sets['detail'] if x['preference'] == 'detailed']
    neg = [out['d|' + x['id']]['detail_preference'] for x in sets['detail'] if x['preference'] == 'brief']
    auc = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
    print(f'detail      AUC {auc:.3f} ({len(pos)} detailed, {len(neg)} brief)')
if sets['empathy']:
    ok = sum(out['em|' + x['id']]['empathy'] > out['el|' + x['id']]['empathy'] for x in sets['empathy'])
    print(f'empathy     pairwise {ok/len(sets["empathy"]):.3f} ({ok}/{len(sets["empathy"])})')
