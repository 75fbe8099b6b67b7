def stable_match(proposer_prefs, acceptor_prefs):
    rank = {a: {p: i for i, p in enumerate(prefs)} for a, prefs in acceptor_prefs.items()}
    free = list(proposer_prefs)
    next_choice = {p: 0 for p in proposer_prefs}
    engaged = {}
    log = []
    while free:
        p = free.pop(0)
        a = proposer_prefs[p][next_choice[p]]
        next_choice[p] += 1
        current = engaged.get(a)
        if current is None:
            engaged[a] = p
            log.append(f"{p}->{a} accepted")
        elif rank[a][p] < rank[a][current]:
            engaged[a] = p
            free.append(current)
            log.append(f"{p}->{a} accepted, {current} dumped")
        else:
            free.append(p)
            log.append(f"{p}->{a} rejected")
    return {p: a for a, p in engaged.items()}, log

def is_stable(match, pp, ap):
    inverse = {a: p for p, a in match.items()}
    for p, a in match.items():
        for better in pp[p][:pp[p].index(a)]:
            other = inverse[better]
            if ap[better].index(p) < ap[better].index(other):
                return False, (p, better)
    return True, None

students = {"ana": ["mit", "cmu", "ucb"], "ben": ["cmu", "mit", "ucb"], "cal": ["mit", "ucb", "cmu"]}
schools = {"mit": ["ben", "ana", "cal"], "cmu": ["ana", "cal", "ben"], "ucb": ["ana", "ben", "cal"]}
match, log = stable_match(students, schools)
print("\n".join(log))
# expect: ana->mit accepted
# expect: ben->cmu accepted
# expect: cal->mit rejected
# expect: cal->ucb accepted
print(dict(sorted(match.items())), is_stable(match, students, schools))
# expect: {'ana': 'mit', 'ben': 'cmu', 'cal': 'ucb'} (True, None)
match2, _ = stable_match(schools, students)
print(dict(sorted(match2.items())), is_stable(match2, schools, students))
# expect: {'cmu': 'ana', 'mit': 'ben', 'ucb': 'cal'} (True, None)
print(is_stable({"ana": "ucb", "ben": "mit", "cal": "cmu"}, students, schools))
# expect: (False, ('ana', 'cmu'))
