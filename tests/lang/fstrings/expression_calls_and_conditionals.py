def double(v):
    return v * 2
items = [3, 1, 2]
print(f"{double(4)} {sorted(items)} {len(items)}")  # expect: 8 [1, 2, 3] 3
print(f"{'yes' if items else 'no'}")                # expect: yes
print(f"{items[-1] * 10:>5}")                       # expect:    20
