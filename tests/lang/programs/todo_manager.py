class Task:
    _ids = 0
    PRIORITIES = {"low": 1, "medium": 2, "high": 3}

    def __init__(self, title, priority="medium", tags=()):
        if priority not in self.PRIORITIES:
            raise ValueError(f"invalid priority: {priority}")
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __repr__(self):
        mark = "x" if self.done else " "
        tags = ",".join(sorted(self.tags))
        return f"[{mark}] #{self.id} {self.title} ({self.priority}){' {' + tags + '}' if tags else ''}"

class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, *args, **kwargs):
        t = Task(*args, **kwargs)
        self.tasks.append(t)
        return t.id

    def complete(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                t.done = True
                return t
        raise LookupError(f"no task #{task_id}")

    def pending(self):
        return sorted((t for t in self.tasks if not t.done), key=lambda t: (-Task.PRIORITIES[t.priority], t.id))

    def by_tag(self):
        out = {}
        for t in self.tasks:
            for tag in t.tags:
                out.setdefault(tag, []).append(t.id)
        return dict(sorted(out.items()))

    def stats(self):
        done = sum(t.done for t in self.tasks)
        return f"{done}/{len(self.tasks)} done ({done / len(self.tasks):.0%})"

todo = TodoList()
todo.add("write tests", "high", tags=["dev"])
todo.add("buy milk", "low", tags=("home", "shop"))
todo.add("fix bug #12", priority="high", tags={"dev", "urgent"})
todo.add("call mom")
todo.add("review PR", "medium", ["dev"])
try:
    todo.add("bad", "critical")
except ValueError as e:
    print("error:", e)  # expect: error: invalid priority: critical
todo.complete(3)
todo.complete(2)
try:
    todo.complete(42)
except LookupError as e:
    print("error:", e)  # expect: error: no task #42
for t in todo.pending():
    print(t)
# expect: [ ] #1 write tests (high) {dev}
# expect: [ ] #4 call mom (medium)
# expect: [ ] #5 review PR (medium) {dev}
print(todo.by_tag())  # expect: {'dev': [1, 3, 5], 'home': [2], 'shop': [2], 'urgent': [3]}
print(todo.stats())   # expect: 2/5 done (40%)
print([t.title for t in todo.tasks if "dev" in t.tags and not t.done])
# expect: ['write tests', 'review PR']
