class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right

def serialize(root):
    out = []
    def rec(n):
        if n is None:
            out.append("#")
            return
        out.append(str(n.val))
        rec(n.left)
        rec(n.right)
    rec(root)
    return ",".join(out)

def deserialize(data):
    tokens = iter(data.split(","))
    def rec():
        t = next(tokens)
        if t == "#":
            return None
        n = Node(int(t))
        n.left = rec()
        n.right = rec()
        return n
    return rec()

def level_serialize(root):
    out, q = [], [root]
    while q:
        n = q.pop(0)
        if n:
            out.append(str(n.val))
            q += [n.left, n.right]
        else:
            out.append("null")
    while out and out[-1] == "null":
        out.pop()
    return "[" + ",".join(out) + "]"

def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))

def mirror(n):
    if n:
        n.left, n.right = mirror(n.right), mirror(n.left)
    return n

def same(a, b):
    if a is None or b is None:
        return a is b
    return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

def paths(n, prefix=()):
    if n is None:
        return []
    prefix += (n.val,)
    if not n.left and not n.right:
        return [prefix]
    return paths(n.left, prefix) + paths(n.right, prefix)

tree = Node(1, Node(2, Node(4), Node(5, Node(7))), Node(3, None, Node(6)))
s = serialize(tree)
print(s)  # expect: 1,2,4,#,#,5,7,#,#,#,3,#,6,#,#
copy = deserialize(s)
print(same(tree, copy), serialize(copy) == s, height(copy))  # expect: True True 4
print(level_serialize(tree))  # expect: [1,2,3,4,5,null,6,null,null,7]
print([sum(p) for p in paths(tree)], paths(tree))
# expect: [7, 15, 10] [(1, 2, 4), (1, 2, 5, 7), (1, 3, 6)]
mirror(copy)
print(level_serialize(copy), same(tree, copy), same(tree, mirror(copy)))
# expect: [1,3,2,6,null,5,4,null,null,null,7] False True
print(serialize(None), level_serialize(Node(9)), height(deserialize("#")))  # expect: # [9] 0
