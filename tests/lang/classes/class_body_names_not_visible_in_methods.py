x = "global"

class C:
    x = "class"

    def get(self):
        return x

    def get_attr(self):
        return self.x

print(C().get(), C().get_attr())  # expect: global class
