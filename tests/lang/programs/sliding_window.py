def max_window(nums, k):
    out, dq = [], []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.pop(0)
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out

def longest_unique(s):
    seen, start, best = {}, 0, (0, 0)
    for i, ch in enumerate(s):
        if seen.get(ch, -1) >= start:
            start = seen[ch] + 1
        seen[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]

def min_window(s, t):
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    missing, left, best = len(t), 0, ""
    for right, c in enumerate(s, 1):
        if need.get(c, 0) > 0:
            missing -= 1
        need[c] = need.get(c, 0) - 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if not best or right - left < len(best):
                best = s[left:right]
            need[s[left]] += 1
            missing += 1
            left += 1
    return best

def moving_average(xs, n):
    total = sum(xs[:n])
    out = [total / n]
    for i in range(n, len(xs)):
        total += xs[i] - xs[i - n]
        out.append(total / n)
    return out

def two_sum(nums, target):
    idx = {}
    for i, x in enumerate(nums):
        if target - x in idx:
            return idx[target - x], i
        idx[x] = i

def three_sum(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                res.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
    return res

print(max_window([1, 3, -1, -3, 5, 3, 6, 7], 3), max_window([9, 8, 7, 6], 2))
# expect: [3, 3, 5, 5, 6, 7] [9, 8, 7]
for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf"]:
    print(repr(s), repr(longest_unique(s)))
# expect: 'abcabcbb' 'abc'
# expect: 'bbbbb' 'b'
# expect: 'pwwkew' 'wke'
# expect: '' ''
# expect: 'dvdf' 'vdf'
print(min_window("ADOBECODEBANC", "ABC"), repr(min_window("a", "aa")), min_window("aa", "aa"))
# expect: BANC '' aa
print([round(x, 2) for x in moving_average([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4)])
# expect: [2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5]
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10))
# expect: (0, 1) (1, 2) None
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]), three_sum([1, 2, 3]))
# expect: [(-1, -1, 2), (-1, 0, 1)] [(0, 0, 0)] []
