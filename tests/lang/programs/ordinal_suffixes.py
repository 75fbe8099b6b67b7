def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

def human_size(num_bytes):
    units = ["B", "KB", "MB", "GB", "TB", "PB"]
    size = float(num_bytes)
    for unit in units:
        if size < 1024 or unit == units[-1]:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024

def human_duration(seconds):
    parts = []
    for name, length in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= length or (name == "s" and not parts):
            q, seconds = divmod(seconds, length)
            parts.append(f"{q}{name}")
    return " ".join(parts)

def plural(n, word, plural_form=None):
    return f"{n} {word if n == 1 else plural_form or word + 's'}"

print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000]))
# expect: 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th 112th 1000th
for b in [0, 512, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40, 2 ** 60]:
    print(b, human_size(b))
# expect: 0 0 B
# expect: 512 512 B
# expect: 1024 1.0 KB
# expect: 1536 1.5 KB
# expect: 1000000 976.6 KB
# expect: 1073741824 1.0 GB
# expect: 5497558138880 5.0 TB
# expect: 1152921504606846976 1024.0 PB
for s in [0, 59, 60, 3599, 3600, 86399, 90061, 1000000]:
    print(s, human_duration(s))
# expect: 0 0s
# expect: 59 59s
# expect: 60 1m
# expect: 3599 59m 59s
# expect: 3600 1h
# expect: 86399 23h 59m 59s
# expect: 90061 1d 1h 1m 1s
# expect: 1000000 11d 13h 46m 40s
print(plural(1, "cat"), plural(3, "cat"), plural(0, "mouse", "mice"), plural(2, "child", "children"))
# expect: 1 cat 3 cats 0 mice 2 children
