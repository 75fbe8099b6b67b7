def gen():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finished")

g = gen()
print("created")
print(next(g))
print(next(g))
print(next(g, "done"))
# expect: created
# expect: started
# expect: 1
# expect: resumed
# expect: 2
# expect: finished
# expect: done
