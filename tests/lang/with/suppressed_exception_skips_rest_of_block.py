class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return True

results = []
for i in range(3):
    with Suppress():
        results.append(f"start {i}")
        if i == 1:
            raise ValueError
        results.append(f"end {i}")
print(results)  # expect: ['start 0', 'end 0', 'start 1', 'start 2', 'end 2']
