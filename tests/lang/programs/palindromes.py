def clean(text):
    return "".join(c.lower() for c in text if c.isalpha())

def is_palindrome(text):
    s = clean(text)
    return s == s[::-1]

for phrase in ["racecar", "A man, a plan, a canal: Panama", "hello", ""]:
    print(repr(phrase), is_palindrome(phrase))
# expect: 'racecar' True
# expect: 'A man, a plan, a canal: Panama' True
# expect: 'hello' False
# expect: '' True

def reverse_words(sentence):
    return " ".join(reversed(sentence.split()))
print(reverse_words("one two  three"))  # expect: three two one
