class Base:
    def save(self, log):
        log.append("base save")

class Child(Base):
    def save(self, log):
        log.append("child before")
        super().save(log)
        log.append("child after")

log = []
Child().save(log)
print(log)  # expect: ['child before', 'base save', 'child after']
