class Tree:
    class Node:
        def __init__(self, value):
            self.value = value
            self.children = []

    def __init__(self, value):
        self.root = Tree.Node(value)

t = Tree(1)
print(type(t.root))                                # expect: <class '__main__.Tree.Node'>
print(Tree.Node.__qualname__, Tree.Node.__name__)  # expect: Tree.Node Node
print(repr(Tree.Node))                             # expect: <class '__main__.Tree.Node'>
