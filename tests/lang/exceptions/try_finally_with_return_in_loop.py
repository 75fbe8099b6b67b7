def first_even(nums):
    for n in nums:
        try:
            if n % 2 == 0:
                return n
        finally:
            print("checked", n)
    return None

print(first_even([1, 3, 4, 6]))
# expect: checked 1
# expect: checked 3
# expect: checked 4
# expect: 4
