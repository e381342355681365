#!/usr/bin/env python3
"""Writes the corpus for output-equivalence checks of speed work on the analysis engine.

make-equivalence-corpus.py OUT.jsonl [DATASETS_DIR]

Every text of every own labelled set (src/test/resources/analysis/*.jsonl: "text", and "more"/"less" of the
empathy pairs) under each role (agent, journal, customer), so every rule family sees every text, plus the first 700
lines of each dev/train file under DATASETS_DIR (default ../shared/datasets) as customer text. Times and zones come
from the set (default 2026-03-04T10:15:00Z, Europe/Berlin), so due times are reproducible.

Use: build the jar before and after a change, run
  java -Xmx512m -jar target/servicemind.jar analyze OUT.jsonl --lexical-only --out RESULT.jsonl
for both and compare the results with cmp: speed work must leave them byte-identical.
"""
import glob
import json
import os
import sys

out_path = sys.argv[1]
datasets = sys.argv[2] if len(sys.argv) > 2 else '../shared/datasets'
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'resources', 'analysis')
n = 0
with open(out_path, 'w') as out:
    for path in sorted(glob.glob(os.path.join(root, '*.jsonl'))):
        name = os.path.basename(path)[:-6]
        for line in open(path, encoding='utf-8'):
            if not line.strip():
                continue
            item = json.loads(line)
            for key in ('text', 'more', 'less'):
                if key not in item:
                    continue
                for role in ('agent', 'journal', 'customer'):
                    out.write(json.dumps({'id': f'{role[0]}-{name}:{item["id"]}:{key}', 'text': item[key],
                                          'role': role, 'at': item.get('at', '2026-03-04T10:15:00Z'),
                                          'zone': item.get('zone', 'Europe/Berlin')}) + '\n')
                    n += 1
    for path in sorted(glob.glob(os.path.join(datasets, '*', '*.jsonl'))):
        name = os.path.relpath(path, datasets)
        with open(path, encoding='utf-8') as lines:
            for k, line in enumerate(lines):
                if k == 700:
                    break
                item = json.loads(line)
                text = item.get('text')
                if isinstance(text, str):
                    out.write(json.dumps({'id': f'd-{name}:{k}', 'text': text, 'role': 'customer',
                                          'at': '2026-11-25T14:30:00Z', 'zone': 'Europe/Berlin'}) + '\n')
                    n += 1
print(f'{n} lines written to {out_path}')
