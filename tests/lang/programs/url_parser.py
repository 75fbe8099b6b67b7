def parse_url(url):
    result = {"scheme": "", "user": None, "host": "", "port": None, "path": "/", "query": {}, "fragment": ""}
    if "://" in url:
        result["scheme"], url = url.split("://", 1)
    url, _, result["fragment"] = url.partition("#")
    url, _, query = url.partition("?")
    netloc, slash, path = url.partition("/")
    result["path"] = slash + path if slash else "/"
    if "@" in netloc:
        result["user"], netloc = netloc.rsplit("@", 1)
    host, _, port = netloc.partition(":")
    result["host"] = host.lower()
    if port:
        if not port.isdigit():
            raise ValueError(f"bad port {port!r}")
        result["port"] = int(port)
    for pair in filter(None, query.split("&")):
        k, _, v = pair.partition("=")
        result["query"].setdefault(unquote(k), []).append(unquote(v))
    return result

def unquote(s):
    out, i = [], 0
    s = s.replace("+", " ")
    while i < len(s):
        if s[i] == "%" and i + 2 < len(s) + 1 and all(c in "0123456789abcdefABCDEF" for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            out.append(chr(int(s[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

def quote(s, safe="-_.~"):
    return "".join(c if c.isalnum() and c.isascii() or c in safe else "".join(f"%{b:02X}" for b in [ord(c)]) for c in s)

urls = [
    "https://Example.COM:8443/a/b/c.html?x=1&y=two+words&x=3#top",
    "http://user:pw@localhost/",
    "ftp://files.example.org",
    "example.com/search?q=caf%C3%A9&empty=&flag",
    "https://host:abc/",
]
for u in urls:
    try:
        p = parse_url(u)
        print(p["scheme"] or "-", p["user"], p["host"], p["port"], p["path"], p["query"], repr(p["fragment"]))
    except ValueError as e:
        print("ValueError:", e)
# expect: https None example.com 8443 /a/b/c.html {'x': ['1', '3'], 'y': ['two words']} 'top'
# expect: http user:pw localhost None / {} ''
# expect: ftp None files.example.org None / {} ''
# expect: - None example.com None /search {'q': ['cafÃ©'], 'empty': [''], 'flag': ['']} ''
# expect: ValueError: bad port 'abc'
print(quote("hello world/ä?&="), unquote("100%25+sure"), unquote("%zz%4"))
# expect: hello%20world%2F%E4%3F%26%3D 100% sure %zz%4
