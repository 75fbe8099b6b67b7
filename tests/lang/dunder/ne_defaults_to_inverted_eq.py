class Val:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called")
        return self.v == other.v

print(Val(1) != Val(2))
# expect: eq called
# expect: True
print(Val(1) != Val(1))
# expect: eq called
# expect: False
