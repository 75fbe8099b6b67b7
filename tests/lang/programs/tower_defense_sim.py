class Enemy:
    def __init__(self, name, hp, speed):
        self.name, self.hp, self.speed = name, hp, speed
        self.pos = 0.0
    @property
    def alive(self):
        return self.hp > 0

class Tower:
    def __init__(self, pos, dmg, rng, cooldown):
        self.pos, self.dmg, self.rng, self.cooldown = pos, dmg, rng, cooldown
        self.timer = 0
        self.kills = 0
    def tick(self, enemies):
        if self.timer > 0:
            self.timer -= 1
            return None
        targets = [e for e in enemies if e.alive and abs(e.pos - self.pos) <= self.rng]
        if not targets:
            return None
        target = max(targets, key=lambda e: (e.pos, -e.hp))
        target.hp -= self.dmg
        self.timer = self.cooldown
        if not target.alive:
            self.kills += 1
            return f"tower@{self.pos} killed {target.name}"
        return None

PATH_LEN = 20
waves = [Enemy("grunt1", 10, 1.0), Enemy("grunt2", 10, 1.0), Enemy("runner", 6, 2.0), Enemy("tank", 40, 0.5)]
spawn = {0: [0], 2: [1], 3: [2], 4: [3]}
towers = [Tower(5, 4, 3, 1), Tower(12, 7, 2, 2), Tower(17, 3, 4, 0)]
active, leaked = [], []
for t in range(60):
    for idx in spawn.get(t, []):
        active.append(waves[idx])
    for e in active:
        if e.alive:
            e.pos += e.speed
    for e in active:
        if e.alive and e.pos >= PATH_LEN and e not in leaked:
            leaked.append(e)
            e.hp = 0
            print(f"t={t}: {e.name} leaked!")
    for tw in towers:
        msg = tw.tick(active)
        if msg:
            print(f"t={t}: {msg}")
    if len(active) == len(waves) and not any(e.alive for e in active):
        print("wave over at t =", t)
        break
# expect: t=5: tower@5 killed grunt1
# expect: t=7: tower@12 killed runner
# expect: t=11: tower@12 killed grunt2
# expect: t=29: tower@12 killed tank
# expect: wave over at t = 29
print([(tw.pos, tw.kills) for tw in towers], [e.name for e in leaked])
# expect: [(5, 1), (12, 3), (17, 0)] []
