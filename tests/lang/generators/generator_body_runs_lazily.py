def gen():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finished")

g = gen()
print("created")  # expect: created
print(next(g))
# expect: started
# expect: 1
print(next(g))
# expect: resumed
# expect: 2
print(next(g, "done"))
# expect: finished
# expect: done
