ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]

def below_thousand(n):
    parts = []
    if n >= 100:
        parts.append(ONES[n // 100] + " hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n or not parts:
        parts.append(ONES[n])
    return " ".join(parts)

def to_words(n):
    if n < 0:
        return "minus " + to_words(-n)
    if n < 1000:
        return below_thousand(n)
    for value, name in SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            words = to_words(head) + " " + name
            if rest:
                words += (" and " if rest < 100 else ", ") + to_words(rest)
            return words

def from_words(text):
    small = {w: i for i, w in enumerate(ONES)}
    small.update({w: 10 * i for i, w in enumerate(TENS) if w})
    total = current = 0
    for word in text.replace("-", " ").replace(",", "").split():
        if word == "and":
            continue
        if word in small:
            current += small[word]
        elif word == "hundred":
            current *= 100
        else:
            scale = dict((n, v) for v, n in SCALES)[word]
            total += current * scale
            current = 0
    return total + current

tests = [0, 7, 13, 20, 42, 100, 101, 115, 999, 1000, 1001, 2024, 12345, 1000000, 7000042, 123456789, -56, 10 ** 12 + 1]
for n in tests:
    w = to_words(n)
    back = from_words(w) if n >= 0 else -from_words(w[6:])
    print(f"{n:>14,} {w} {'ok' if back == n else 'MISMATCH ' + str(back)}")
# expect:              0 zero ok
# expect:              7 seven ok
# expect:             13 thirteen ok
# expect:             20 twenty ok
# expect:             42 forty-two ok
# expect:            100 one hundred ok
# expect:            101 one hundred and one ok
# expect:            115 one hundred and fifteen ok
# expect:            999 nine hundred and ninety-nine ok
# expect:          1,000 one thousand ok
# expect:          1,001 one thousand and one ok
# expect:          2,024 two thousand and twenty-four ok
# expect:         12,345 twelve thousand, three hundred and forty-five ok
# expect:      1,000,000 one million ok
# expect:      7,000,042 seven million and forty-two ok
# expect:    123,456,789 one hundred and twenty-three million, four hundred and fifty-six thousand, seven hundred and eighty-nine ok
# expect:            -56 minus fifty-six ok
# expect: 1,000,000,000,001 one trillion and one ok
letters = sum(len(to_words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001))
print("letters 1..1000:", letters)  # expect: letters 1..1000: 21124
