class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e.code, e.reason)  # expect: 404 not found
    print(e)                 # expect: (404, 'not found')
    print(e.args)            # expect: (404, 'not found')
