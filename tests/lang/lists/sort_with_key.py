words = ["kiwi", "fig", "banana", "apple"]
words.sort(key=len)
print(words)  # expect: ['fig', 'kiwi', 'apple', 'banana']
words.sort(key=len, reverse=True)
print(words)  # expect: ['banana', 'apple', 'kiwi', 'fig']
nums = [-5, 3, -1, 4]
nums.sort(key=abs)
print(nums)  # expect: [-1, 3, 4, -5]
