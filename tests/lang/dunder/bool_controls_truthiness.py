class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

for s in (Switch(True), Switch(False)):
    if s:
        print("on")
    else:
        print("off")
print(bool(Switch(False)), not Switch(False))
# expect: on
# expect: off
# expect: False True
