class Template:
    def run(self):
        return "[" + self.step() + "]"

    def step(self):
        return "default"

class Custom(Template):
    def step(self):
        return "custom"

print(Template().run(), Custom().run())  # expect: [default] [custom]
