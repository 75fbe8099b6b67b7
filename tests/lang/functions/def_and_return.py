def add(a, b):
    return a + b

def greet(name):
    return "hi " + name

print(add(2, 3), add("a", "b"), add([1], [2]))  # expect: 5 ab [1, 2]
print(greet("bo"))                              # expect: hi bo
