def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

line = []
for i in range(1, 16):
    line.append(fizzbuzz(i))
print(" ".join(line))  # expect: 1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz
counts = {}
for i in range(1, 101):
    word = fizzbuzz(i)
    if not word.isdigit():
        counts[word] = counts.get(word, 0) + 1
print(counts)  # expect: {'Fizz': 27, 'Buzz': 14, 'FizzBuzz': 6}
