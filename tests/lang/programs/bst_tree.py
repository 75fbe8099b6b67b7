class BST:
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.n = 0

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.n += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, self._Node(key))
                self.n += 1
                return
            cur = nxt

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return list(walk(self.root))

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        def _del(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)

    def level_order(self):
        levels, frontier = [], [self.root] if self.root else []
        while frontier:
            levels.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return levels

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
t.insert(40)
print(t.inorder(), t.n)              # expect: [20, 30, 35, 40, 45, 50, 60, 65, 70, 80] 10
print(t.level_order())               # expect: [[50], [30, 70], [20, 40, 60, 80], [35, 45, 65]]
print(t.height(), 45 in t, 46 in t)  # expect: 4 True False
t.delete(30)
t.delete(50)
t.delete(999)
print(t.inorder())      # expect: [20, 35, 40, 45, 60, 65, 70, 80]
print(t.level_order())  # expect: [[60], [35, 70], [20, 40, 65, 80], [45]]
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
# expect: ['brown', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the'] 7
