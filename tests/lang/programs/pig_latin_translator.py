VOWELS = set("aeiouAEIOU")

def pig_word(word):
    prefix = ""
    while word and not word[0].isalpha():
        prefix, word = prefix + word[0], word[1:]
    suffix = ""
    while word and not word[-1].isalpha():
        word, suffix = word[:-1], word[-1] + suffix
    if not word:
        return prefix + suffix
    cap = word[0].isupper()
    lw = word.lower()
    if lw[0] in VOWELS:
        out = lw + "way"
    else:
        i = 0
        while i < len(lw) and lw[i] not in VOWELS and not (lw[i] == "y" and i > 0):
            i += 1
        if lw[:i].endswith("q") and lw[i:i + 1] == "u":
            i += 1
        out = lw[i:] + lw[:i] + "ay"
    if cap:
        out = out.capitalize()
    return prefix + out + suffix

def translate(sentence):
    return " ".join(pig_word(w) for w in sentence.split())

for s in ["Hello world", "The quick brown fox", "I love Python!", "squeaky rhythm yellow", "(Strength) apple, egg."]:
    print(f"{s} -> {translate(s)}")
# expect: Hello world -> Ellohay orldway
# expect: The quick brown fox -> Ethay ickquay ownbray oxfay
# expect: I love Python! -> Iway ovelay Ythonpay!
# expect: squeaky rhythm yellow -> eakysquay ythmrhay ellowyay
# expect: (Strength) apple, egg. -> (Engthstray) appleway, eggway.
print([pig_word(w) for w in ["queen", "my", "style", "string", "eat", "Xray"]])
# expect: ['eenquay', 'ymay', 'ylestay', 'ingstray', 'eatway', 'Ayxray']
