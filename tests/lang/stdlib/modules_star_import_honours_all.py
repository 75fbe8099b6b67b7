# Regression (issue 11): `from m import *` bound every public name of the module and
# ignored its __all__ (copy.py also defines `error`, which its __all__ leaves out).
from copy import *

print(sorted(n for n in globals() if not n.startswith("_")))
# expect: ['Error', 'copy', 'deepcopy']
print(deepcopy([[1]]), Error.__name__)  # expect: [[1]] Error
