a = [1]
a.append(2)
a.append([3])
print(a)  # expect: [1, 2, [3]]
a.extend([4, 5])
a.extend("ab")
print(a)  # expect: [1, 2, [3], 4, 5, 'a', 'b']
a.insert(0, "first")
a.insert(2, "mid")
a.insert(100, "end")
a.insert(-1, "before end")
print(a)  # expect: ['first', 1, 'mid', 2, [3], 4, 5, 'a', 'b', 'before end', 'end']
