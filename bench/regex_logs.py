# regex_logs.py — parsing web-server logs with regular expressions: one compiled pattern
# with named groups per line, findall over the lines, sub with a template and with a
# function, split, and a small tokenizer (match at pos in a loop). Needs `re`.
import re

METHODS = ["GET", "POST", "PUT", "DELETE"]
PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/orders", "/static/app.js", "/login"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.1.2", "python-requests/2.31"]

lines = []
seed = 2024
for i in range(25_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    ip = "%d.%d.%d.%d" % (10 + seed % 200, (seed >> 8) % 256, (seed >> 16) % 256, (seed >> 4) % 256)
    user = "-" if seed % 3 else "user%d" % (seed % 97)
    day = 1 + seed % 28
    clock = "%02d:%02d:%02d" % (seed % 24, (seed >> 5) % 60, (seed >> 11) % 60)
    method = METHODS[seed % 4]
    path = PATHS[(seed >> 3) % 6]
    if seed % 5 == 0:
        path += "?id=%d&page=%d" % (seed % 10007, seed % 13)
    status = [200, 200, 200, 301, 404, 500][(seed >> 7) % 6]
    size = (seed >> 9) % 50000
    agent = AGENTS[(seed >> 13) % 3]
    lines.append('%s - %s [%02d/Mar/2024:%s +0000] "%s %s HTTP/1.1" %d %d "%s"'
                 % (ip, user, day, clock, method, path, status, size, agent))
text = "\n".join(lines)

LINE = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<day>\d\d)/(?P<mon>\w{3})/'
                  r'(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] "(?P<method>[A-Z]+) (?P<path>[^ "]+)'
                  r' HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) "(?P<agent>[^"]*)"')
by_status = {}
bytes_by_method = {}
for line in lines:
    m = LINE.match(line)
    st = m.group("status")
    by_status[st] = by_status.get(st, 0) + 1
    meth = m["method"]
    bytes_by_method[meth] = bytes_by_method.get(meth, 0) + int(m.group("size"))
checksum = sum(by_status.values()) + sum(bytes_by_method.values()) % 100_003

ips = re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", text)
checksum += len(ips) + len(set(ips))
queries = re.findall(r"[?&](\w+)=(\d+)", text)
checksum += len(queries) + sum(int(v) for k, v in queries) % 1000
errors = [ln for ln in lines if re.search(r'" (?:4|5)\d\d ', ln)]
checksum += len(errors)
masked = re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", text)
checksum += len(masked)
hours = re.sub(r":(\d\d):(\d\d):(\d\d) ", lambda m: ":%s " % m.group(1), text[:400_000])
checksum += len(hours)
fields = 0
for ln in lines[:8000]:
    fields += len(re.split(r'\s+(?=(?:[^"]*"[^"]*")*[^"]*$)', ln))
checksum += fields

TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=<>!]=?|[,;]))')
source = "total = price * (1 + rate / 100) - discount; count = count + 1; ok = a <= b != c;\n" * 600
pos = 0
kinds = {}
while True:
    m = TOKEN.match(source, pos)
    if not m:
        break
    kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
    pos = m.end()
checksum += sum(kinds.values()) * 7 + pos
print(sorted(by_status.items()), sorted(kinds.items()))
print(checksum)
