data = list(range(20))
print(data[::2], data[1::2], data[::-3], data[15:5:-2], data[-5:], data[:-15])
# expect: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18] [1, 3, 5, 7, 9, 11, 13, 15, 17, 19] [19, 16, 13, 10, 7, 4, 1] [15, 13, 11, 9, 7] [15, 16, 17, 18, 19] [0, 1, 2, 3, 4]
print(data[100:], data[-100:3], data[5:5], data[::-1][:3], data[3:1], data[-1:-4:-1])
# expect: [] [0, 1, 2] [] [19, 18, 17] [] [19, 18, 17]
chunks = [data[i:i + 6] for i in range(0, len(data), 6)]
print(chunks)
# expect: [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11], [12, 13, 14, 15, 16, 17], [18, 19]]
matrix = [data[i:i + 5] for i in range(0, 20, 5)]
print([row[::-1] for row in matrix[::-1]])
# expect: [[19, 18, 17, 16, 15], [14, 13, 12, 11, 10], [9, 8, 7, 6, 5], [4, 3, 2, 1, 0]]
print([matrix[r][c] for r in range(4) for c in range(5) if r == c])  # expect: [0, 6, 12, 18]
s = "Hello, World!"
print(s[::-1], s[7:12], s[-6:-1], s[::3], s[:5].lower() + s[5:].upper())
# expect: !dlroW ,olleH World World Hl r! hello, WORLD!
words = "one two three four five six".split()
print(words[1:-1], words[::2], words[::-2], " ".join(words[-2:] + words[:2]))
# expect: ['two', 'three', 'four', 'five'] ['one', 'three', 'five'] ['six', 'four', 'two'] five six one two
lst = list("abcdefgh")
lst[2:4] = ["X", "Y", "Z"]
print(lst)  # expect: ['a', 'b', 'X', 'Y', 'Z', 'e', 'f', 'g', 'h']
lst[::3] = ["#"] * len(lst[::3])
print(lst)  # expect: ['#', 'b', 'X', '#', 'Z', 'e', '#', 'g', 'h']
del lst[1::2]
print(lst)  # expect: ['#', 'X', 'Z', '#', 'h']
lst[len(lst):] = ["end"]
lst[:0] = ["start"]
print(lst)  # expect: ['start', '#', 'X', 'Z', '#', 'h', 'end']
r = range(3, 40, 4)
print(list(r), r[2], r[-1], r[2:5], list(r[::-2]), len(r), 19 in r, 20 in r, r.index(23), r.count(7))
# expect: [3, 7, 11, 15, 19, 23, 27, 31, 35, 39] 11 39 range(11, 23, 4) [39, 31, 23, 15, 7] 10 True False 5 1
print(list(reversed(range(5))), list(range(10, -10, -4)), list(range(0)), sum(range(101)))
# expect: [4, 3, 2, 1, 0] [10, 6, 2, -2, -6] [] 5050
rot = lambda xs, k: xs[k % len(xs):] + xs[:k % len(xs)]
print(rot([1, 2, 3, 4, 5], 2), rot([1, 2, 3, 4, 5], -1), rot([1, 2, 3], 7))
# expect: [3, 4, 5, 1, 2] [5, 1, 2, 3, 4] [2, 3, 1]
pal = lambda w: w == w[::-1]
print([w for w in ["level", "lever", "noon", "abcba", "ab"] if pal(w)])
# expect: ['level', 'noon', 'abcba']
t = tuple(range(10))
print(t[2:7], t[::4], t[-1], t[:0])  # expect: (2, 3, 4, 5, 6) (0, 4, 8) 9 ()
