# f-strings: expressions, format specs, alignment and padding.
name = "Ada"
score = 97.5
print(f"{name} scored {score}")
print(f"{name!r} has {len(name)} letters")
print(f"pi is about {3.14159265:.3f}")
print(f"[{name:>8}] [{name:<8}] [{name:^8}]")
print(f"{42:05d} {255:x} {255:b} {1234567:,}")
items = {"apples": 3, "pears": 12}
for fruit, count in items.items():
    print(f"{fruit:<8}{count:>4}")
print(f"{2 + 3 = }")
