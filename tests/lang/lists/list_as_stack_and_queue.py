stack = []
for n in range(3):
    stack.append(n)
while stack:
    print("pop", stack.pop())
# expect: pop 2
# expect: pop 1
# expect: pop 0
queue = ["a", "b", "c"]
while queue:
    print("take", queue.pop(0))
# expect: take a
# expect: take b
# expect: take c
