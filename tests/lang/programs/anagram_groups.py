words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)

for key, members in groups.items():
    print(key, members)
# expect: eilnst ['listen', 'silent', 'enlist']
# expect: eggloo ['google', 'gooegl']
# expect: act ['cat', 'act', 'tac']
# expect: dgo ['dog']
largest = max(groups.values(), key=len)
print(len(groups), largest)  # expect: 4 ['listen', 'silent', 'enlist']
