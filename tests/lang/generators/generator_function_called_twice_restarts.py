def gen():
    print("start")
    yield 1

print(list(gen()))
# expect: start
# expect: [1]
print(list(gen()))
# expect: start
# expect: [1]
