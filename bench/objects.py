# objects.py — method calls on objects: a small predator and prey simulation on a torus,
# with a class hierarchy, properties, attribute updates and calls through super().


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other, size):
        return Vec((self.x + other.x) % size, (self.y + other.y) % size)

    def dist(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


STEPS = [Vec(1, 0), Vec(0, 1), Vec(-1, 0), Vec(0, -1), Vec(1, 1), Vec(-1, -1)]


class Animal:
    def __init__(self, world, pos, energy):
        self.world = world
        self.pos = pos
        self.energy = energy
        self.age = 0

    @property
    def alive(self):
        return self.energy > 0

    def move(self):
        step = STEPS[self.world.rng.next(len(STEPS))]
        self.pos = self.pos.add(step, self.world.size)
        self.energy -= self.cost()
        self.age += 1

    def cost(self):
        return 1

    def tick(self):
        self.move()


class Rabbit(Animal):
    def tick(self):
        super().tick()
        self.energy += self.world.graze(self.pos)
        if self.energy > 12:
            self.energy -= 6
            self.world.born.append(Rabbit(self.world, self.pos, 5))


class Fox(Animal):
    def cost(self):
        return 2

    def tick(self):
        super().tick()
        prey = self.world.rabbit_at(self.pos)
        if prey is not None:
            prey.energy = 0
            self.energy += 7
            self.world.eaten += 1
        if self.energy > 30:
            self.energy -= 15
            self.world.born.append(Fox(self.world, self.pos, 12))


class World:
    def __init__(self, size, seed):
        self.size = size
        self.rng = Rng(seed)
        self.grass = [[3] * size for _ in range(size)]
        self.animals = []
        self.born = []
        self.eaten = 0
        self.where = {}

    def graze(self, pos):
        row = self.grass[pos.y]
        food = row[pos.x]
        if food > 0:
            row[pos.x] = food - 1
            return 2
        return 0

    def rabbit_at(self, pos):
        found = self.where.get(pos.y * self.size + pos.x)
        if found is not None and found.alive:
            return found
        return None

    def regrow(self):
        for row in self.grass:
            for x in range(self.size):
                if row[x] < 3:
                    row[x] += 1

    def step(self, turn):
        self.where = {}
        for a in self.animals:
            if isinstance(a, Rabbit):
                self.where[a.pos.y * self.size + a.pos.x] = a
        for a in self.animals:
            if a.alive:
                a.tick()
        self.animals = [a for a in self.animals if a.alive and a.age < 60] + self.born
        self.born = []
        if turn % 4 == 0:
            self.regrow()


def simulate(seed, turns):
    world = World(48, seed)
    for i in range(500):
        pos = Vec(world.rng.next(48), world.rng.next(48))
        world.animals.append(Fox(world, pos, 20) if i % 10 == 0 else Rabbit(world, pos, 6))
    history = 0
    for turn in range(turns):
        world.step(turn)
        rabbits = 0
        for a in world.animals:
            if isinstance(a, Rabbit):
                rabbits += 1
        history = (history * 31 + rabbits * 7 + len(world.animals)) % 1_000_000_007
    origin = Vec(0, 0)
    spread = sum([a.pos.dist(origin) for a in world.animals])
    return len(world.animals), world.eaten, spread, history


first = simulate(2024, 250)
second = simulate(7, 250)
print(first[0], first[1], second[0], second[1], (first[2] + second[2]) * 7 + first[3] ^ second[3])
