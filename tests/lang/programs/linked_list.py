class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __contains__(self, v):
        return any(x == v for x in self)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("list index out of range")

    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))  # expect: [3 -> 1 -> 4 -> 1 -> 5] 5
ll.prepend(9)
ll.append("x")
print(ll, ll[0], ll[-1], ll[2])         # expect: [9 -> 3 -> 1 -> 4 -> 1 -> 5 -> 'x'] 9 x 1
print(ll.remove(1), ll.remove(42), ll)  # expect: True False [9 -> 3 -> 4 -> 1 -> 5 -> 'x']
ll.reverse()
print(ll, 4 in ll, 7 in ll)  # expect: ['x' -> 5 -> 1 -> 4 -> 3 -> 9] True False
print(list(ll), sum(v for v in ll if isinstance(v, int)))  # expect: ['x', 5, 1, 4, 3, 9] 22
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: list index out of range
empty = LinkedList()
print(empty, len(empty), bool(empty))  # expect: [] 0 False
empty.reverse()
print(list(reversed(list(ll))))  # expect: [9, 3, 4, 1, 5, 'x']
