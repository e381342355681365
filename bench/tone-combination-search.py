#!/usr/bin/env python3
"""Round-10 search of the dismissive / condescending combination of EmotionScorer (development aid).

Input: the dump of ToneSignalsDump for unhealthy/dev (tab-separated: 7 model signals, 32 MLP heads, 33 lexical
values, 384 embedding values) and the gold file. Honest protocol: inputs are standardised with even-row statistics;
each candidate structure (a fixed list, written down before any odd row was looked at) gets its coefficients by
coordinate search on a coarse grid over the EVEN rows; the structure is chosen by a 2-fold cross-validation inside
the even rows (rows 0 mod 4 vs 2 mod 4), preferring fewer inputs within 0.002; odd rows are only reported.
Usage: python3 bench/tone-combination-search.py DUMP.tsv ../shared/datasets/unhealthy/dev.jsonl [NS.tsv NS.jsonl]
With the last two (ToneSignalsDump of own never-say replies, and those replies), it also prints the support-mail
check of round 10: dismissive = tc + w td + 1.5 anger + 0.75 second person (standardised as above) for w on a 0.25
grid, AUC of dismissive / not_my_job / nothing_i_can_do replies against clean replies (the shipped weight is the
smallest w that keeps the AUC of the earlier combination, 0.622), next to the even-row AUC.
Needs numpy.
"""
import json
import sys

import numpy as np

SIG = ['anger', 'empathy', 'disapproval', 'amusement', 'tc', 'td', 'sa']
LEX = ['ANGER', 'ANNOYANCE', 'PROFANITY', 'CARING', 'APOLOGY', 'OWNERSHIP', 'ACKNOWLEDGE', 'BLAME',
       'NEGATED_POSITIVE', 'ESCALATION', 'URGENCY', 'DISMISSIVE', 'CONDESCENDING', 'INSULT', 'GRATITUDE', 'POSITIVE',
       'SADNESS', 'RHETORICAL', 'CAPS_RATIO', 'CAPS_WORDS', 'EXCLAMATIONS', 'QUESTIONS', 'REPEATED_PUNCT', 'ELONGATED',
       'SCARE_QUOTES', 'LENGTH', 'SECOND_PERSON', 'FIRST_PERSON', 'FIRST_PLURAL', 'NEGATIONS', 'ELLIPSIS', 'SMILEY',
       'FROWN']
HEADS = {'annoyance': 7, 'disapproval': 14, 'neutral': 31}
GRID = (-1, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3)
CANDIDATES = {
    'dismissive': [['tc'], ['tc', 'anger'], ['tc', 'td', 'anger'], ['tc', 'anger', 'SECOND_PERSON'],
                   ['tc', 'td', 'anger', 'SECOND_PERSON'], ['tc', 'td', 'anger', 'SECOND_PERSON', 'h_neutral'],
                   ['tc', 'td', 'anger', 'SECOND_PERSON', 'h_annoyance'],
                   ['tc', 'td', 'anger', 'SECOND_PERSON', 'LENGTH'],
                   ['tc', 'td', 'anger', 'h_neutral', 'DISMISSIVE', 'RHETORICAL', 'SCARE_QUOTES', 'SECOND_PERSON',
                    'LENGTH']],
    'condescending': [['tc'], ['tc', 'anger'], ['tc', 'td', 'anger'], ['tc', 'anger', 'SECOND_PERSON'],
                      ['tc', 'td', 'anger', 'SECOND_PERSON'], ['tc', 'anger', 'SECOND_PERSON', 'LENGTH'],
                      ['tc', 'anger', 'SECOND_PERSON', 'h_annoyance'],
                      ['tc', 'anger', 'RHETORICAL', 'SCARE_QUOTES', 'SECOND_PERSON', 'LENGTH']],
}


def auc(s, y):
    s = np.asarray(s, float)
    y = np.asarray(y, bool)
    order = np.argsort(s, kind='mergesort')
    _, inv, cnt = np.unique(s[order], return_inverse=True, return_counts=True)
    avg = np.bincount(inv, weights=np.arange(1, len(s) + 1, dtype=float)) / cnt
    ranks = np.empty(len(s))
    ranks[order] = avg[inv]
    npos = y.sum()
    return (ranks[y].sum() - npos * (npos + 1) / 2) / (npos * (len(y) - npos))


def main():
    a = np.loadtxt(sys.argv[1], delimiter='\t')
    rows = [json.loads(line) for line in open(sys.argv[2], encoding='utf-8')]
    raw = {n: a[:, i] for i, n in enumerate(SIG)}
    raw.update({'h_' + n: a[:, 7 + i] for n, i in HEADS.items()})
    raw.update({n: a[:, 39 + i] for i, n in enumerate(LEX)})
    idx = np.arange(len(rows))
    even, odd = idx % 2 == 0, idx % 2 == 1
    quarters = [(idx % 4 == 0, idx % 4 == 2), (idx % 4 == 2, idx % 4 == 0)]
    mean = {k: v[even].mean() for k, v in raw.items()}
    std = {k: v[even].std() or 1.0 for k, v in raw.items()}
    z = {k: (v - mean[k]) / std[k] for k, v in raw.items()}

    def score(inputs, c):
        return sum(ci * z[k] for ci, k in zip(c, inputs))

    def search(inputs, y, mask):
        c = np.zeros(len(inputs))
        c[0] = 1
        best = auc(score(inputs, c)[mask], y[mask])
        for _ in range(3):
            for k in range(1, len(c)):
                for g in GRID:
                    keep, c[k] = c[k], g
                    v = auc(score(inputs, c)[mask], y[mask])
                    if v > best + 1e-4:
                        best = v
                    else:
                        c[k] = keep
        return c

    for attribute, candidates in CANDIDATES.items():
        y = np.array([r[attribute] == 1 for r in rows])
        results = []
        for inputs in candidates:
            cv = np.mean([auc(score(inputs, search(inputs, y, fit))[test], y[test]) for fit, test in quarters])
            c = search(inputs, y, even)
            s = score(inputs, c)
            results.append((cv, inputs, c, auc(s[even], y[even]), auc(s[odd], y[odd]), auc(s, y)))
            print(f"{attribute} {'+'.join(inputs):70s} cv-in-even {cv:.4f} even {results[-1][3]:.4f}"
                  f" odd {results[-1][4]:.4f} all {results[-1][5]:.4f} c={c.tolist()}")
        top = max(r[0] for r in results)
        chosen = min((r for r in results if r[0] >= top - 0.002), key=lambda r: len(r[1]))
        cv, inputs, c, e, o, al = chosen
        raw_c = {k: ci / std[k] for ci, k in zip(c, inputs) if ci != 0}
        offset = -sum(ci * mean[k] / std[k] for ci, k in zip(c, inputs))
        print(f"CHOSEN {attribute}: {'+'.join(inputs)} even {e:.4f} odd {o:.4f} all {al:.4f}")
        print(f"  raw coefficients {({k: round(v, 4) for k, v in raw_c.items()})} offset {offset:.4f}")

    if len(sys.argv) > 4:
        support_check(sys.argv[3], sys.argv[4], mean, std, z, rows, even)


def support_check(dump, gold, mean, std, z, rows, even):
    b = np.loadtxt(dump, delimiter='\t')
    replies = [json.loads(line) for line in open(gold, encoding='utf-8')]
    cats = [set(r.get('categories', [])) for r in replies]
    brush = np.array([bool(c & {'dismissive', 'not_my_job', 'nothing_i_can_do'}) for c in cats])
    use = brush | np.array([not c for c in cats])
    ns = {'tc': b[:, 4], 'td': b[:, 5], 'anger': b[:, 0], 'SECOND_PERSON': b[:, 39 + LEX.index('SECOND_PERSON')]}
    for w in (0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5):
        c = {'tc': 1.0, 'td': w, 'anger': 1.5, 'SECOND_PERSON': 0.75}
        s = sum(v * (ns[k] - mean[k]) / std[k] for k, v in c.items())
        u = sum(v * z[k] for k, v in c.items())
        y = np.array([r['dismissive'] == 1 for r in rows])
        print(f"support check: td weight {w}: never-say brush-offs vs clean AUC {auc(s[use], brush[use]):.3f},"
              f" unhealthy dismissive even rows {auc(u[even], y[even]):.4f}")


if __name__ == '__main__':
    main()
