class AppError(Exception):
    """Base error."""

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what

class PermissionDenied(AppError):
    pass

USERS = {"root": {"admin": True}, "guest": {"admin": False}}
FILES = {"/etc/passwd": "root:x:0:0", "/tmp/note": "hello"}

def read_file(user, path):
    if user not in USERS:
        raise NotFound(f"user {user}")
    if path not in FILES:
        raise NotFound(f"file {path}")
    if path.startswith("/etc") and not USERS[user]["admin"]:
        raise PermissionDenied(f"{user} cannot read {path}")
    return FILES[path]

def safe_read(user, path):
    trail = []
    try:
        trail.append("try")
        data = read_file(user, path)
    except NotFound as e:
        trail.append(f"notfound:{e.what}")
        data = None
    except AppError as e:
        trail.append(f"{type(e).__name__}:{e}")
        data = ""
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    return data, trail

for user, path in [("root", "/etc/passwd"), ("guest", "/etc/passwd"), ("guest", "/tmp/note"),
                   ("bob", "/tmp/note"), ("root", "/nope")]:
    print(user, path, safe_read(user, path))
# expect: root /etc/passwd ('root:x:0:0', ['try', 'else', 'finally'])
# expect: guest /etc/passwd ('', ['try', 'PermissionDenied:guest cannot read /etc/passwd', 'finally'])
# expect: guest /tmp/note ('hello', ['try', 'else', 'finally'])
# expect: bob /tmp/note (None, ['try', 'notfound:user bob', 'finally'])
# expect: root /nope (None, ['try', 'notfound:file /nope', 'finally'])

def retry(fn, attempts):
    errors = []
    for i in range(1, attempts + 1):
        try:
            return fn(i), errors
        except (ValueError, ZeroDivisionError) as e:
            errors.append(f"attempt {i}: {type(e).__name__}: {e}")
    raise RuntimeError(f"gave up after {attempts} attempts")

def flaky(i):
    if i == 1:
        return 1 / 0
    if i == 2:
        return int("two")
    return i * 100

print(retry(flaky, 5))
# expect: (300, ['attempt 1: ZeroDivisionError: division by zero', "attempt 2: ValueError: invalid literal for int() with base 10: 'two'"])
try:
    retry(flaky, 2)
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: gave up after 2 attempts
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__, isinstance(NotFound("x"), Exception))
# expect: True AppError True
read_file("guest", "/etc/passwd")
# expect runtime error: PermissionDenied: guest cannot read /etc/passwd
