class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.current = 0
        self.direction = 0
        self.requests = set()
        self.log = []
        self.moved = 0

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"floor {floor} does not exist")
        self.requests.add(floor)

    def step(self):
        if not self.requests:
            self.direction = 0
            return False
        if self.current in self.requests:
            self.requests.discard(self.current)
            self.log.append(f"open at {self.current}")
            return True
        above = [f for f in self.requests if f > self.current]
        below = [f for f in self.requests if f < self.current]
        if self.direction >= 0 and above:
            self.direction = 1
        elif self.direction <= 0 and below:
            self.direction = -1
        else:
            self.direction = 1 if above else -1
        self.current += self.direction
        self.moved += 1
        return True

    def run(self, max_steps=100):
        steps = 0
        while self.step() and steps < max_steps:
            steps += 1
        return steps

e = Elevator(10)
for f in (5, 2, 8):
    e.call(f)
e.run()
print(e.log, e.current, e.moved)  # expect: ['open at 2', 'open at 5', 'open at 8'] 8 8
e.call(1)
e.call(9)
e.call(3)
e.run()
print(e.log[3:], e.current, e.moved)  # expect: ['open at 9', 'open at 3', 'open at 1'] 1 17
try:
    e.call(12)
except ValueError as err:
    print("error:", err)  # expect: error: floor 12 does not exist
schedule = {0: [4, 7], 3: [1], 6: [9, 0]}
e2 = Elevator(10)
for t in range(20):
    for f in schedule.get(t, []):
        e2.call(f)
    e2.step()
print(e2.log, e2.moved, sorted(e2.requests))
# expect: ['open at 4', 'open at 7', 'open at 9'] 17 [0, 1]
