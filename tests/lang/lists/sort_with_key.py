words = ["kiwi", "fig", "banana", "apple"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [-5, 3, -1, 4]
nums.sort(key=abs)
print(nums)
# expect: ['fig', 'kiwi', 'apple', 'banana']
# expect: ['banana', 'apple', 'kiwi', 'fig']
# expect: [-1, 3, 4, -5]
