def word_break(s, words):
    words = set(words)
    dp = [None] * (len(s) + 1)
    dp[0] = []
    for i in range(1, len(s) + 1):
        for j in range(i):
            if dp[j] is not None and s[j:i] in words:
                dp[i] = dp[j] + [s[j:i]]
                break
    return dp[-1]

def max_subarray(a):
    best = cur = a[0]
    start = best_l = best_r = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur, start = a[i], i
        else:
            cur += a[i]
        if cur > best:
            best, best_l, best_r = cur, start, i
    return best, a[best_l:best_r + 1]

def rod_cutting(prices, n):
    best = [0] * (n + 1)
    cut = [0] * (n + 1)
    for length in range(1, n + 1):
        for first in range(1, min(length, len(prices)) + 1):
            v = prices[first - 1] + best[length - first]
            if v > best[length]:
                best[length], cut[length] = v, first
    pieces = []
    while n:
        pieces.append(cut[n])
        n -= cut[n]
    return best[-1], pieces

def trap_water(h):
    left, right = 0, len(h) - 1
    lmax = rmax = water = 0
    while left < right:
        if h[left] < h[right]:
            lmax = max(lmax, h[left])
            water += lmax - h[left]
            left += 1
        else:
            rmax = max(rmax, h[right])
            water += rmax - h[right]
            right -= 1
    return water

def subset_sum(nums, target):
    reach = {0: []}
    for n in nums:
        for s, combo in list(reach.items()):
            if s + n not in reach:
                reach[s + n] = combo + [n]
    return reach.get(target)

def climb_stairs(n, steps=(1, 2)):
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if i - s >= 0)
    return ways[n]

def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min(cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1] for k in range(i, j))
    return cost[0][n - 1]

print(word_break("applepenapple", ["apple", "pen"]), word_break("catsandog", ["cats", "dog", "sand", "and", "cat"]))
# expect: ['apple', 'pen', 'apple'] None
print(word_break("pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"]))
# expect: ['pine', 'applepen', 'apple']
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
# expect: (6, [4, -1, 2, 1]) (-1, [-1])
print(rod_cutting([1, 5, 8, 9, 10, 17, 17, 20], 8), rod_cutting([3, 5, 8, 9, 10, 17, 17, 20], 13))
# expect: (22, [2, 6]) (39, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
print(trap_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]), trap_water([4, 2, 0, 3, 2, 5]), trap_water([]))
# expect: 6 9 0
print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([3, 34, 4], 100))  # expect: [4, 5] None
print([climb_stairs(n) for n in range(10)], climb_stairs(50, (1, 2, 3)))
# expect: [1, 1, 2, 3, 5, 8, 13, 21, 34, 55] 10562230626642
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([1, 2, 3, 4]))
# expect: 26000 30000 18
