class Mgr:
    def __enter__(self):
        print("open")

    def __exit__(self, *args):
        print("close")

def gen():
    with Mgr():
        yield 1
        yield 2

for x in gen():
    print(x)
# expect: open
# expect: 1
# expect: 2
# expect: close
