#!/usr/bin/env python3
"""Agreement between two readers of the real-article set.

Usage: agreement.py FIRST_GOLD.json SECOND.json
SECOND.json holds {"articles": [...]} annotated again, blind, by a second reader (same schema). Its articles are turned
into a perfect "export" (the shared scorer's own synthetic_export) and scored against the first gold restricted to the
same articles, with the same rules as every real-article check: the figures read as how far one reader's facts are
from the other's (1.000 = the second reader found exactly what the first did). Run both directions to see the
asymmetry. Scope agreement is printed apart (the scorer does not score it).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', '..', 'shared', 'gold'))
import score_real  # noqa: E402


def main(first_path, second_path):
    first = json.load(open(first_path, encoding='utf-8'))
    second = json.load(open(second_path, encoding='utf-8'))
    ids = {a['id'] for a in second['articles']}
    sub = {'version': 1, 'articles': [dict(a, set='s') for a in first['articles'] if a['id'] in ids],
           'same_incident_groups': [], 'disagreements': []}
    export = score_real.synthetic_export({'articles': second['articles'], 'disagreements': []})
    for d in export['documents']:
        # An article the second reader judged off-topic produces no events: mark its story irrelevant.
        art = next(a for a in second['articles'] if f'd-{a["id"]}' == d['id'])
        d['stories'][0]['relevant'] = art['in_scope']
    m = score_real.Scorer(sub, export, ('s',)).run()
    scope = sum(1 for a in sub['articles'] for b in second['articles'] if a['id'] == b['id'] and a['in_scope'] == b['in_scope'])
    print(f'{len(sub["articles"])} articles read twice; in_scope agreement {scope}/{len(sub["articles"])}')
    for k in ['incident_recall', 'incident_precision', 'commune', 'arrondissement', 'date', 'killed', 'injured', 'ages',
              'claim_value', 'claim_full']:
        v = m[k]
        print(f'  {k:20} {v:.3f}' if isinstance(v, float) else f'  {k:20} {v}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
