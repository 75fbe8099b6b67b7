class Stats:
    FIELDS = ("hp", "atk", "defense", "speed")
    def __init__(self, **kw):
        for f in self.FIELDS:
            setattr(self, f, kw.get(f, 0))
    def __add__(self, other):
        return Stats(**{f: getattr(self, f) + getattr(other, f) for f in self.FIELDS})
    def __mul__(self, k):
        return Stats(**{f: int(getattr(self, f) * k) for f in self.FIELDS})
    def __repr__(self):
        return " ".join(f"{f}={getattr(self, f)}" for f in self.FIELDS if getattr(self, f))

class Item:
    def __init__(self, name, slot, **stats):
        self.name, self.slot, self.stats = name, slot, Stats(**stats)

class Hero:
    def __init__(self, name, base):
        self.name, self.base = name, base
        self.equipped = {}
        self.bag = []

    def equip(self, item):
        old = self.equipped.get(item.slot)
        self.equipped[item.slot] = item
        if old:
            self.bag.append(old)
        return old

    @property
    def total(self):
        t = self.base
        for it in self.equipped.values():
            t = t + it.stats
        return t

    def attack(self, other):
        dmg = max(1, self.total.atk - other.total.defense // 2)
        return dmg

hero = Hero("Aria", Stats(hp=100, atk=12, defense=5, speed=7))
foe = Hero("Grub", Stats(hp=80, atk=15, defense=8, speed=3))
print(hero.total, "|", foe.total)
# expect: hp=100 atk=12 defense=5 speed=7 | hp=80 atk=15 defense=8 speed=3
for item in [Item("Iron Sword", "weapon", atk=8), Item("Leather", "armor", defense=4, speed=-1),
             Item("Flame Blade", "weapon", atk=15, speed=1), Item("Amulet", "neck", hp=20)]:
    old = hero.equip(item)
    print(f"equip {item.name:<12} (replaced {old.name if old else None}) -> {hero.total}")
# expect: equip Iron Sword   (replaced None) -> hp=100 atk=20 defense=5 speed=7
# expect: equip Leather      (replaced None) -> hp=100 atk=20 defense=9 speed=6
# expect: equip Flame Blade  (replaced Iron Sword) -> hp=100 atk=27 defense=9 speed=7
# expect: equip Amulet       (replaced None) -> hp=120 atk=27 defense=9 speed=7
print([i.name for i in hero.bag], sorted(hero.equipped))
# expect: ['Iron Sword'] ['armor', 'neck', 'weapon']
print(hero.attack(foe), foe.attack(hero))  # expect: 23 11
hp_h, hp_f, rnd = hero.total.hp, foe.total.hp, 0
while hp_h > 0 and hp_f > 0:
    rnd += 1
    hp_f -= hero.attack(foe)
    if hp_f > 0:
        hp_h -= foe.attack(hero)
print(f"battle over in {rnd} rounds: hero {hp_h} hp, foe {hp_f} hp")
# expect: battle over in 4 rounds: hero 87 hp, foe -12 hp
print(hero.base * 1.5)  # expect: hp=150 atk=18 defense=7 speed=10
