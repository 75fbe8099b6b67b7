# __future__: the feature statements import, and the module's features say their releases.
from __future__ import annotations, division
import __future__

print(__future__.all_feature_names[0], len(__future__.all_feature_names))  # expect: nested_scopes 10
print(__future__.annotations)  # expect: _Feature((3, 7, 0, 'beta', 1), None, 16777216)
print(__future__.division.getOptionalRelease())  # expect: (2, 2, 0, 'alpha', 2)
print(__future__.division.getMandatoryRelease())  # expect: (3, 0, 0, 'alpha', 0)
print(hex(__future__.generator_stop.compiler_flag), __future__.CO_NESTED)  # expect: 0x800000 16
print(__future__.generators)  # expect: _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0)


def f(x: int) -> str:
    return str(x * 2)


print(f(21), 7 / 2)  # expect: 42 3.5
