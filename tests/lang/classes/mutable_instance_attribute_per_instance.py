class Team:
    def __init__(self):
        self.members = []

    def join(self, name):
        self.members.append(name)

a = Team()
b = Team()
a.join("ann")
b.join("bob")
print(a.members, b.members)  # expect: ['ann'] ['bob']
