class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

tasks = [Task("write", 2), Task("test", 1), Task("ship", 3)]
tasks.sort(key=lambda t: t.priority)
print([t.name for t in tasks])                    # expect: ['test', 'write', 'ship']
print(max(tasks, key=lambda t: t.priority).name)  # expect: ship
