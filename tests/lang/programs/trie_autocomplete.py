class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = False

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.end = True

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._walk(word)
        return bool(node and node.end)

    def count_prefix(self, prefix):
        node = self._walk(prefix)
        return node.count if node else 0

    def complete(self, prefix, limit=5):
        node = self._walk(prefix)
        results = []
        def dfs(n, path):
            if len(results) >= limit:
                return
            if n.end:
                results.append(prefix + path)
            for ch in sorted(n.children):
                dfs(n.children[ch], path + ch)
        if node:
            dfs(node, "")
        return results

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.end:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)

words = "car card care careful cart carbon cat catalog dog dot dote do".split()
t = Trie(words)
print("car" in t, "ca" in t, "do" in t, "dots" in t)  # expect: True False True False
for p in ["car", "ca", "do", "x", ""]:
    print(f"{p!r:6} count={t.count_prefix(p):2} -> {t.complete(p, 4)}")
# expect: 'car'  count= 6 -> ['car', 'carbon', 'card', 'care']
# expect: 'ca'   count= 8 -> ['car', 'carbon', 'card', 'care']
# expect: 'do'   count= 4 -> ['do', 'dog', 'dot', 'dote']
# expect: 'x'    count= 0 -> []
# expect: ''     count= 0 -> ['car', 'carbon', 'card', 'care']
print(Trie(["flower", "flow", "flight"]).longest_common_prefix())       # expect: fl
print(repr(Trie(["dog", "racecar"]).longest_common_prefix()))           # expect: ''
print(Trie(["inter", "internet", "interval"]).longest_common_prefix())  # expect: inter
