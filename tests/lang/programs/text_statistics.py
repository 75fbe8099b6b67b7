text = "It was the best of times, it was the worst of times."
words = [w.strip(".,").lower() for w in text.split()]
print(len(words), "words")  # expect: 12 words
longest = max(words, key=len)
print("longest:", longest)  # expect: longest: times
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)  # expect: [('t', 8), ('s', 6), ('e', 5)]
print(f"average length: {sum(map(len, words)) / len(words):.2f}")  # expect: average length: 3.25
