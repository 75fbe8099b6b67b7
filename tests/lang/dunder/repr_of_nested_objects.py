class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})"

print(Node(1, [Node(2), Node("x")]))  # expect: Node(1, [Node(2, []), Node('x', [])])
