class Node:
    __slots__ = ("key", "left", "right", "height")
    def __init__(self, key):
        self.key, self.left, self.right, self.height = key, None, None, 1

def h(n):
    return n.height if n else 0

def update(n):
    n.height = 1 + max(h(n.left), h(n.right))

def rotate_right(y):
    x = y.left
    y.left, x.right = x.right, y
    update(y); update(x)
    return x

def rotate_left(x):
    y = x.right
    x.right, y.left = y.left, x
    update(x); update(y)
    return y

rotations = []
def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:
        node.right = insert(node.right, key)
    else:
        return node
    update(node)
    bal = h(node.left) - h(node.right)
    if bal > 1 and key < node.left.key:
        rotations.append(("R", node.key))
        return rotate_right(node)
    if bal < -1 and key > node.right.key:
        rotations.append(("L", node.key))
        return rotate_left(node)
    if bal > 1:
        rotations.append(("LR", node.key))
        node.left = rotate_left(node.left)
        return rotate_right(node)
    if bal < -1:
        rotations.append(("RL", node.key))
        node.right = rotate_right(node.right)
        return rotate_left(node)
    return node

def inorder(n):
    return inorder(n.left) + [n.key] + inorder(n.right) if n else []

def shape(n):
    if not n:
        return "-"
    if not n.left and not n.right:
        return str(n.key)
    return f"{n.key}({shape(n.left)},{shape(n.right)})"

root = None
for k in [10, 20, 30, 40, 50, 25, 5, 4, 3, 35, 36]:
    root = insert(root, k)
print(inorder(root))         # expect: [3, 4, 5, 10, 20, 25, 30, 35, 36, 40, 50]
print(shape(root), h(root))  # expect: 30(5(4(3,-),20(10,25)),40(35(-,36),50)) 4
print(rotations)             # expect: [('L', 10), ('L', 30), ('RL', 20), ('R', 10), ('R', 20)]
root2 = None
for k in range(1, 128):
    root2 = insert(root2, k)
print(h(root2), root2.key, len(rotations))  # expect: 7 64 125
