class Team:
    members = []

    def join(self, name):
        self.members.append(name)

a = Team()
b = Team()
a.join("ann")
b.join("bob")
print(a.members, b.members, Team.members)  # expect: ['ann', 'bob'] ['ann', 'bob'] ['ann', 'bob']
print(a.members is b.members)              # expect: True
