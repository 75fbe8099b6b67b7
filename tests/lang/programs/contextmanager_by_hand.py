class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")

def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed:", repr(e))

@contextmanager
def indent_log(log, level):
    log.append(">" * level)
    yield len(log)
    log.append("<" * level)

with tag("html") as t:
    print("inside", t)
    with tag("body"):
        print("content")
# expect: <html>
# expect: inside HTML
# expect: <body>
# expect: content
# expect: </body>
# expect: </html>
with suppress(KeyError, IndexError):
    [][1]
# expect: suppressed: IndexError('list index out of range')
print("continues")  # expect: continues
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)  # expect: not suppressed: division by zero
try:
    with tag("div"):
        raise ValueError("inner problem")
    # expect: <div>
    # expect: </div>
except ValueError as e:
    print("propagated:", e)  # expect: propagated: inner problem
log = []
with indent_log(log, 1) as n1:
    with indent_log(log, 2) as n2:
        log.append(f"work {n1},{n2}")
print(log)  # expect: ['>', '>>', 'work 1,2', '<<', '<']
