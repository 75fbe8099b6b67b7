class Watch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__)
        print("value:", exc)
        print("tb present:", tb is not None)
        return True

with Watch():
    raise ValueError("inside with")
# expect: type: ValueError
# expect: value: inside with
# expect: tb present: True
print("continued")  # expect: continued
