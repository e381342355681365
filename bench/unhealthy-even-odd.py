#!/usr/bin/env python3
"""AUC of the conversation-health scores over the even, odd and all lines of Unhealthy Conversations dev.

Usage: python3 bench/unhealthy-even-odd.py ../shared/datasets/unhealthy/dev.jsonl PRED.jsonl
PRED is the output of `java -jar target/servicemind.jar analyze` on `score.py GOLD --emit-inputs`; lines are matched
by id, and "even" / "odd" are the 0-based line indices of the gold file (the round-10 protocol, docs/analysis/emotions.md).
No third-party packages.
"""
import json
import sys


def auc(scores, labels):
    pairs = sorted(zip(scores, labels))
    rank, i, pos_rank = 1, 0, 0.0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg = rank + (j - i - 1) / 2
        pos_rank += avg * sum(1 for k in range(i, j) if pairs[k][1])
        rank += j - i
        i = j
    npos = sum(1 for _, y in pairs if y)
    nneg = len(pairs) - npos
    return (pos_rank - npos * (npos + 1) / 2) / (npos * nneg)


def main():
    gold = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
    pred = {}
    for line in open(sys.argv[2], encoding='utf-8'):
        o = json.loads(line)
        pred[o['id']] = o
    for attribute in ('dismissive', 'condescending', 'hostile', 'antagonize'):
        cells = []
        for name, keep in (('even', lambda i: i % 2 == 0), ('odd', lambda i: i % 2 == 1), ('all', lambda i: True)):
            rows = [g for i, g in enumerate(gold) if keep(i)]
            s = [pred[str(g['id'])][attribute] for g in rows]
            y = [g[attribute] == 1 for g in rows]
            cells.append(f'{name} {auc(s, y):.4f}')
        print(f'{attribute:14s} ' + ' / '.join(cells))


if __name__ == '__main__':
    main()
