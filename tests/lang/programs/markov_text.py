CORPUS = """the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a cat and a dog sat together ."""

def build_chain(words, order=1):
    chain = {}
    for i in range(len(words) - order):
        key = tuple(words[i:i + order])
        chain.setdefault(key, []).append(words[i + order])
    return chain

class Rng:
    def __init__(self, seed):
        self.s = seed
    def choice(self, seq):
        self.s = (self.s * 48271) % 2147483647
        return seq[self.s % len(seq)]

def generate(chain, start, length, rng):
    out = list(start)
    key = tuple(start)
    for _ in range(length):
        options = chain.get(key)
        if not options:
            break
        nxt = rng.choice(options)
        out.append(nxt)
        key = tuple(out[-len(start):])
    return " ".join(out)

words = CORPUS.split()
chain = build_chain(words)
for k in sorted(chain)[:6]:
    print(k, chain[k])
# expect: ('.',) ['the', 'the', 'the', 'a']
# expect: ('a',) ['cat', 'dog']
# expect: ('and',) ['a']
# expect: ('cat',) ['sat', 'saw', 'on', 'and']
# expect: ('dog',) ['sat', '.', 'saw', 'sat']
# expect: ('log',) ['.']
print(len(chain), sum(len(v) for v in chain.values()))  # expect: 12 36
rng = Rng(42)
for _ in range(3):
    print(generate(chain, ("the",), 10, rng))
# expect: the dog sat together . the dog sat together . the
# expect: the log . the dog saw the log . the dog
# expect: the dog sat together . a cat on the cat on
chain2 = build_chain(words, 2)
print(generate(chain2, ("the", "dog"), 12, Rng(7)))
# expect: the dog . the dog . the cat on the log . the dog
probs = {k: {w: round(v.count(w) / len(v), 2) for w in sorted(set(v))} for k, v in chain.items() if len(set(v)) > 2}
print(probs)
# expect: {('the',): {'cat': 0.33, 'dog': 0.33, 'log': 0.11, 'mat': 0.22}, ('cat',): {'and': 0.25, 'on': 0.25, 'sat': 0.25, 'saw': 0.25}, ('dog',): {'.': 0.25, 'sat': 0.5, 'saw': 0.25}}
