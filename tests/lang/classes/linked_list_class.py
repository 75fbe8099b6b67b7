class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = Node(1, Node(2, Node(3)))
node = head
values = []
while node is not None:
    values.append(node.value)
    node = node.next
print(values)  # expect: [1, 2, 3]
