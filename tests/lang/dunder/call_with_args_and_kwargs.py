class Recorder:
    def __call__(self, *args, **kwargs):
        return f"{args} {sorted(kwargs.items())}"

r = Recorder()
print(r(1, 2, key="v"))  # expect: (1, 2) [('key', 'v')]
print(r())               # expect: () []
