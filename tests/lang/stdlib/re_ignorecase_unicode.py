# re: IGNORECASE over Unicode — literals, classes and backreferences fold as CPython's do
# ('ı', 'I', 'i' and 'İ' are one letter; 'ß' and 'ẞ'; KELVIN SIGN and 'k'), and ASCII mode folds
# ASCII letters only.
import re
chars = "aAbBkKsSıIİiéÉßẞσΣςǅǄǆµΜΩωΩÅåÅ\u212a\u017f0_ ."
out = []
for c in chars:
    for flags in (re.I, re.I | re.A):
        r = re.compile(re.escape(c), flags)
        out.append("".join(d for d in chars if r.fullmatch(d)))
        r2 = re.compile("[" + re.escape(c) + "]", flags)
        out.append("".join(d for d in chars if r2.fullmatch(d)))
        r3 = re.compile("(" + re.escape(c) + r")\1", flags)
        out.append("".join(d for d in chars if r3.fullmatch(c + d)))
print(out)
print([re.findall(r"[a-z]+", "ABC ǅ Kelvin\u212a", f) for f in (re.I, re.I | re.A)])
print(re.findall(r"[^a-z]", "aB\u212a", re.I), re.findall(r"\W", "ǅa", re.I))
# expect: ['aA', 'aA', 'aA', 'aA', 'aA', 'aA', 'aA', 'aA', 'aA', 'aA', 'aA', 'aA', 'bB', 'bB', 'bB', 'bB', 'bB', 'bB', 'bB', 'bB', 'bB', 'bB', 'bB', 'bB', 'kKK', 'kKK', 'kKK', 'kK', 'kK', 'kK', 'kKK', 'kKK', 'kKK', 'kK', 'kK', 'kK', 'sSſ', 'sSſ', 'sS', 'sS', 'sS', 'sS', 'sSſ', 'sSſ', 'sS', 'sS', 'sS', 'sS', 'ıIİi', 'ıIİi', 'ı', 'ı', 'ı', 'ı', 'ıIİi', 'ıIİi', 'Iİi', 'Ii', 'Ii', 'Ii', 'ıIİi', 'ıIİi', 'Iİi', 'İ', 'İ', 'İ', 'ıIİi', 'ıIİi', 'Iİi', 'Ii', 'Ii', 'Ii', 'éÉ', 'éÉ', 'éÉ', 'é', 'é', 'é', 'éÉ', 'éÉ', 'éÉ', 'É', 'É', 'É', 'ßẞ', 'ßẞ', 'ßẞ', 'ß', 'ß', 'ß', 'ßẞ', 'ßẞ', 'ßẞ', 'ẞ', 'ẞ', 'ẞ', 'σΣς', 'σΣς', 'σΣ', 'σ', 'σ', 'σ', 'σΣς', 'σΣς', 'σΣ', 'Σ', 'Σ', 'Σ', 'σΣς', 'σΣς', 'ς', 'ς', 'ς', 'ς', 'ǅǄǆ', 'ǅǄǆ', 'ǅǄǆ', 'ǅ', 'ǅ', 'ǅ', 'ǅǄǆ', 'ǅǄǆ', 'ǅǄǆ', 'Ǆ', 'Ǆ', 'Ǆ', 'ǅǄǆ', 'ǅǄǆ', 'ǅǄǆ', 'ǆ', 'ǆ', 'ǆ', 'µΜ', 'µΜ', 'µ', 'µ', 'µ', 'µ', 'µΜ', 'µΜ', 'Μ', 'Μ', 'Μ', 'Μ', 'ΩωΩ', 'ΩωΩ', 'ΩωΩ', 'ΩΩ', 'ΩΩ', 'ΩΩ', 'ΩωΩ', 'ΩωΩ', 'ΩωΩ', 'ω', 'ω', 'ω', 'ΩωΩ', 'ΩωΩ', 'ΩωΩ', 'ΩΩ', 'ΩΩ', 'ΩΩ', 'ÅåÅ', 'ÅåÅ', 'ÅåÅ', 'ÅÅ', 'ÅÅ', 'ÅÅ', 'ÅåÅ', 'ÅåÅ', 'ÅåÅ', 'å', 'å', 'å', 'ÅåÅ', 'ÅåÅ', 'ÅåÅ', 'ÅÅ', 'ÅÅ', 'ÅÅ', 'kKK', 'kKK', 'kKK', 'K', 'K', 'K', 'sSſ', 'sSſ', 'ſ', 'ſ', 'ſ', 'ſ', '0', '0', '0', '0', '0', '0', '_', '_', '_', '_', '_', '_', ' ', ' ', ' ', ' ', ' ', ' ', '.', '.', '.', '.', '.', '.']
# expect: [['ABC', 'KelvinK'], ['ABC', 'Kelvin']]
# expect: [] []
