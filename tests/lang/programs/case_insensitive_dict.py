class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def get(self, key, default=None):
        return super().get(key.lower(), default)

headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
headers["X-Request-ID"] = "abc123"
print(headers["content-type"], headers["CONTENT-TYPE"])           # expect: text/html text/html
print("x-request-id" in headers, "Accept" in headers)             # expect: True False
print(headers.get("ACCEPT", "*/*"), headers.get("x-REQUEST-id"))  # expect: */* abc123
print(sorted(headers), len(headers))  # expect: ['content-type', 'x-request-id'] 2
