# sort.py — sorting lists of ints, strings and tuples, with and without keys.

seed = 42
nums = []
for i in range(600_000):
    seed = (seed * 1664525 + 1013904223) % 4294967296
    nums.append(seed % 1_000_000)

a = sorted(nums)
b = sorted(nums, reverse=True)
pairs = [(n % 100, n) for n in nums[:100_000]]
pairs.sort()
strs = [str(n) for n in nums[:50_000]]
strs.sort()
by_last = sorted(nums[:50_000], key=lambda n: n % 1000)
checksum = a[0] + a[-1] + b[100] + pairs[500][1] + int(strs[777]) + by_last[999]
checksum += sum(a[::1000]) + len(set(nums))
print(checksum)
