class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

for s in (Switch(True), Switch(False)):
    if s:
        print("on")  # expect: on
    else:
        print("off")                           # expect: off
print(bool(Switch(False)), not Switch(False))  # expect: False True
