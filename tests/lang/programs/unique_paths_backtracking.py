def word_search(board, word):
    rows, cols = len(board), len(board[0])
    def dfs(r, c, i, seen):
        if i == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in seen or board[r][c] != word[i]:
            return False
        seen.add((r, c))
        found = any(dfs(r + dr, c + dc, i + 1, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        seen.discard((r, c))
        return found
    return any(dfs(r, c, 0, set()) for r in range(rows) for c in range(cols))

def permutations_unique(nums):
    nums = sorted(nums)
    out, used = [], [False] * len(nums)
    def bt(path):
        if len(path) == len(nums):
            out.append(path[:])
            return
        for i in range(len(nums)):
            if used[i] or (i and nums[i] == nums[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            path.append(nums[i])
            bt(path)
            path.pop()
            used[i] = False
    bt([])
    return out

def combination_sum(cands, target):
    res = []
    def bt(start, remaining, path):
        if remaining == 0:
            res.append(path)
            return
        for i in range(start, len(cands)):
            if cands[i] <= remaining:
                bt(i, remaining - cands[i], path + [cands[i]])
    bt(0, target, [])
    return res

def generate_parens(n):
    out = []
    def bt(s, o, c):
        if len(s) == 2 * n:
            out.append(s)
            return
        if o < n:
            bt(s + "(", o + 1, c)
        if c < o:
            bt(s + ")", o, c + 1)
    bt("", 0, 0)
    return out

board = ["ABCE", "SFCS", "ADEE"]
print([w for w in ["ABCCED", "SEE", "ABCB", "ASADFBCCEESE", "Z"] if word_search(board, w)])
# expect: ['ABCCED', 'SEE', 'ASADFBCCEESE']
print(permutations_unique([1, 1, 2]), len(permutations_unique([1, 2, 2, 3, 3])))
# expect: [[1, 1, 2], [1, 2, 1], [2, 1, 1]] 30
print(combination_sum([2, 3, 6, 7], 7), len(combination_sum([2, 3, 5], 20)))
# expect: [[2, 2, 3], [7]] 11
print(generate_parens(3), [len(generate_parens(n)) for n in range(1, 8)])
# expect: ['((()))', '(()())', '(())()', '()(())', '()()()'] [1, 2, 5, 14, 42, 132, 429]
