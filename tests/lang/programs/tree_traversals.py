class TreeNode:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []

    def add(self, *nodes):
        self.children.extend(nodes)
        return self

def build():
    return TreeNode("root").add(
        TreeNode("a").add(TreeNode("a1"), TreeNode("a2").add(TreeNode("a2x"))),
        TreeNode("b"),
        TreeNode("c").add(TreeNode("c1"), TreeNode("c2"), TreeNode("c3")),
    )

def preorder(node):
    yield node.val
    for c in node.children:
        yield from preorder(c)

def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.val

def depth(node):
    return 1 + max((depth(c) for c in node.children), default=0)

def count_leaves(node):
    return 1 if not node.children else sum(count_leaves(c) for c in node.children)

def render(node, prefix="", last=True, root=True):
    lines = [node.val if root else prefix + ("`-- " if last else "|-- ") + node.val]
    child_prefix = "" if root else prefix + ("    " if last else "|   ")
    for i, c in enumerate(node.children):
        lines.extend(render(c, child_prefix, i == len(node.children) - 1, False))
    return lines

def find_path(node, target, path=()):
    path = path + (node.val,)
    if node.val == target:
        return path
    for c in node.children:
        found = find_path(c, target, path)
        if found:
            return found
    return None

def by_level(node):
    levels = {}
    def walk(n, d):
        levels.setdefault(d, []).append(n.val)
        for c in n.children:
            walk(c, d + 1)
    walk(node, 0)
    return levels

t = build()
print(list(preorder(t)))   # expect: ['root', 'a', 'a1', 'a2', 'a2x', 'b', 'c', 'c1', 'c2', 'c3']
print(list(postorder(t)))  # expect: ['a1', 'a2x', 'a2', 'a', 'b', 'c1', 'c2', 'c3', 'c', 'root']
print(depth(t), count_leaves(t))  # expect: 4 6
print("\n".join(render(t)))
# expect: root
# expect: |-- a
# expect: |   |-- a1
# expect: |   `-- a2
# expect: |       `-- a2x
# expect: |-- b
# expect: `-- c
# expect:     |-- c1
# expect:     |-- c2
# expect:     `-- c3
print(find_path(t, "a2x"), find_path(t, "zzz"))  # expect: ('root', 'a', 'a2', 'a2x') None
print(by_level(t))
# expect: {0: ['root'], 1: ['a', 'b', 'c'], 2: ['a1', 'a2', 'c1', 'c2', 'c3'], 3: ['a2x']}
print(max(by_level(t).items(), key=lambda kv: len(kv[1])))
# expect: (2, ['a1', 'a2', 'c1', 'c2', 'c3'])
