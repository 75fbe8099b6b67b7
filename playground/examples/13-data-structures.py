# Lists, tuples, sets and dicts: slicing, unpacking and common methods.
nums = [5, 3, 8, 1, 9, 2]
print(nums[1:4], nums[::-1], nums[-2:])
nums.sort()
print(nums, min(nums), max(nums), sum(nums))

first, *middle, last = nums
print(first, middle, last)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a & b), sorted(a | b), sorted(a - b))

point = (3, 4)
x, y = point
print(f"distance {(x * x + y * y) ** 0.5}")

stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        stack.pop()
print("balanced" if not stack else "unbalanced")
print(list(zip("abc", range(3))), dict(zip("xyz", [1, 2, 3])))
