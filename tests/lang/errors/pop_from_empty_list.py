stack = [1]
print(stack.pop())
stack.pop()
# expect: 1
# expect runtime error: IndexError: pop from empty list
