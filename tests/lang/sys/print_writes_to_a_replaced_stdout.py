# print() without file= writes to sys.stdout as the program left it: an object with a
# write() method catches the output (contextlib.redirect_stdout does this), None drops it.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


original = sys.stdout
capture = Capture()
sys.stdout = capture
print("caught", 1, sep="-")
print("shown", file=original)  # expect: shown
print("caught too", file=None)
sys.stdout = None
print("dropped")
sys.stdout = original
print(capture.parts)  # expect: ['caught', '-', '1', '\n', 'caught too', '\n']
print(sys.stdout is original)  # expect: True
