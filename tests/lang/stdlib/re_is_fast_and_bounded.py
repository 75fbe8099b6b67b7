# re: a regex-heavy loop runs in the engine (re.wasm), compiled patterns are cached, and
# long subjects and many groups work.
import re

text = " ".join("w%d=%d" % (i, i * i) for i in range(20000))
pairs = re.findall(r"(w\d+)=(\d+)", text)
print(len(pairs), pairs[-1], sum(int(v) for k, v in pairs) % 1000003)
# expect: 20000 ('w19999', '399960001') 670626
print(len(re.sub(r"\d", "#", text)), len(re.split(r"\s+", text)), re.search(r"w19999=\d+$", text).group())
# expect: 314263 20000 w19999=399960001
big = "a" * 100000 + "b"
print(re.search(r"a*b", big).span(), re.match(r"(?:a|b)*c", big), re.match(r"(a)*b", big).span(1), len(re.findall(r"a", big)))
# expect: (0, 100001) None (99999, 100000) 100000
print(re.match(r"(a+)+b", "a" * 25 + "b").span(), re.search(r"x(?=y)", "x" * 50000 + "y").span())
# expect: (0, 26) (49999, 50000)
groups = re.match("(.)" * 99, "x" * 99)
print(len(groups.groups()), groups.lastindex, groups.span(99))  # expect: 99 99 (98, 99)
long = "é" * 40000 + "b" + "😀" * 40000
m = re.search(r"b(😀+)", long)
print(m.span(), m.span(1), len(m.group(1)), re.search(r"😀$", long).span())
# expect: (40000, 80001) (40001, 80001) 40000 (80000, 80001)
count = 0
for line in ["GET /a 200", "POST /b 404", "GET /c 500"] * 2000:
    if re.match(r"(GET|POST) (\S+) (\d{3})", line).group(3) != "200":
        count += 1
print(count)  # expect: 4000
