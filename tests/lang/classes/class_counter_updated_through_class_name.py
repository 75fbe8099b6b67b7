class Widget:
    created = 0

    def __init__(self):
        Widget.created += 1
        self.serial = Widget.created

w1 = Widget()
w2 = Widget()
w3 = Widget()
print(w1.serial, w2.serial, w3.serial, Widget.created)  # expect: 1 2 3 3
