class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight
    def codes(self, prefix=""):
        return {self.symbol: prefix or "0"}
    def __repr__(self):
        return f"Leaf({self.symbol!r},{self.weight})"

class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight
    def codes(self, prefix=""):
        out = self.left.codes(prefix + "0")
        out.update(self.right.codes(prefix + "1"))
        return out

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Leaf(s, w) for s, w in sorted(freq.items(), key=lambda kv: (kv[1], kv[0]))]
    order = 0
    tagged = [(n.weight, i, n) for i, n in enumerate(nodes)]
    order = len(tagged)
    while len(tagged) > 1:
        tagged.sort(key=lambda t: (t[0], t[1]))
        (w1, _, a), (w2, _, b) = tagged[0], tagged[1]
        tagged = tagged[2:] + [(w1 + w2, order, Branch(a, b))]
        order += 1
    return tagged[0][2], freq

def encode(text, codes):
    return "".join(codes[c] for c in text)

def decode(bits, tree):
    out, node = [], tree
    if isinstance(tree, Leaf):
        return tree.symbol * len(bits)
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)

for text in ["abracadabra", "mississippi river", "aaaaaaa", "the rain in spain stays mainly in the plain"]:
    tree, freq = build(text)
    codes = tree.codes()
    bits = encode(text, codes)
    avg = len(bits) / len(text)
    print(f"{text[:20]!r:24} bits={len(bits):3} avg={avg:.3f} ok={decode(bits, tree) == text}")
# expect: 'abracadabra'            bits= 23 avg=2.091 ok=True
# expect: 'mississippi river'      bits= 46 avg=2.706 ok=True
# expect: 'aaaaaaa'                bits=  7 avg=1.000 ok=True
# expect: 'the rain in spain st'   bits=149 avg=3.465 ok=True
tree, freq = build("abracadabra")
for sym, code in sorted(tree.codes().items(), key=lambda kv: (len(kv[1]), kv[1])):
    print(sym, freq[sym], code)
# expect: a 5 0
# expect: c 1 100
# expect: d 1 101
# expect: b 2 110
# expect: r 2 111
