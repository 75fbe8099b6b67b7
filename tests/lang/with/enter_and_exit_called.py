class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit")
        return False

with Manager():
    print("body")
# expect: enter
# expect: body
# expect: exit
print("after")  # expect: after
