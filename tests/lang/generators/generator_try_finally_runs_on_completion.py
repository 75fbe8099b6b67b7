def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

for x in gen():
    print(x)
# expect: 1
# expect: 2
# expect: cleanup
print("done")  # expect: done
