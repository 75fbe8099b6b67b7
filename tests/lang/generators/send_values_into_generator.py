def echo():
    received = None
    while True:
        received = yield received
        print("got", received)

g = echo()
print(g.send(None))  # expect: None
print(g.send("hello"))
# expect: got hello
# expect: hello
print(g.send(42))
# expect: got 42
# expect: 42
