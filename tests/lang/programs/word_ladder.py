WORDS = """cold cord card ward warm word worm wore core care cart dart dare date gate
late lame came come cone bone bond band hand hard lord load goad gold golf wolf"""
words = set(WORDS.split())

def neighbours(word):
    out = []
    for i in range(len(word)):
        for ch in "abcdefghijklmnopqrstuvwxyz":
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in words:
                    out.append(cand)
    return out

def ladder(start, goal):
    if start not in words or goal not in words:
        return None
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in neighbours(w):
                if n not in prev:
                    prev[n] = w
                    if n == goal:
                        path = [n]
                        while prev[path[-1]]:
                            path.append(prev[path[-1]])
                        return path[::-1]
                    nxt.append(n)
        frontier = nxt
    return None

for a, b in [("cold", "warm"), ("cold", "gold"), ("hand", "foot"), ("card", "bone"), ("wolf", "date"), ("lame", "lame")]:
    path = ladder(a, b)
    print(f"{a} -> {b}: {' > '.join(path) if path else 'no ladder'}")
# expect: cold -> warm: cold > cord > word > ward > warm
# expect: cold -> gold: cold > gold
# expect: hand -> foot: no ladder
# expect: card -> bone: card > cord > core > cone > bone
# expect: wolf -> date: wolf > golf > gold > cold > cord > card > care > dare > date
# expect: lame -> lame: no ladder
degree = {w: len(neighbours(w)) for w in words}
best = max(sorted(degree), key=degree.get)
print(best, degree[best], sorted(neighbours(best)))
# expect: card 5 ['care', 'cart', 'cord', 'hard', 'ward']
isolated = sorted(w for w, d in degree.items() if d == 0)
print("isolated:", isolated)  # expect: isolated: []
