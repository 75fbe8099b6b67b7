def echo():
    received = None
    while True:
        received = yield received
        print("got", received)

g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
# expect: None
# expect: got hello
# expect: hello
# expect: got 42
# expect: 42
