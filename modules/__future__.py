# __future__ — the future-statement features of CPython 3.11, for Edge Python, in plain
# Python (modules/README.md). `from __future__ import annotations` and the rest import, so
# programs written for CPython run: the compiler already behaves as each feature asks,
# except that annotations are not made lazy (the VM keeps no function annotations and
# evaluates a class's when the class is made).


class _Feature:
    # A feature is two releases in sys.version_info's form (when it could first be asked
    # for, when it became the rule: None for never yet) and the flag compile() would take.
    def __init__(self, optional, mandatory, flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature(%r, %r, %r)" % (self.optional, self.mandatory, self.compiler_flag)


# The code-object flag bits CPython gives the features (generators never had one).
CO_NESTED = 1 << 4
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 1 << 17
CO_FUTURE_ABSOLUTE_IMPORT = 1 << 18
CO_FUTURE_WITH_STATEMENT = 1 << 19
CO_FUTURE_PRINT_FUNCTION = 1 << 20
CO_FUTURE_UNICODE_LITERALS = 1 << 21
CO_FUTURE_BARRY_AS_BDFL = 1 << 22
CO_FUTURE_GENERATOR_STOP = 1 << 23
CO_FUTURE_ANNOTATIONS = 1 << 24


def _release(major, minor, level, serial):
    return (major, minor, 0, level, serial)


nested_scopes = _Feature(_release(2, 1, "beta", 1), _release(2, 2, "alpha", 0), CO_NESTED)
generators = _Feature(_release(2, 2, "alpha", 1), _release(2, 3, "final", 0), CO_GENERATOR_ALLOWED)
division = _Feature(_release(2, 2, "alpha", 2), _release(3, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature(_release(2, 5, "alpha", 1), _release(3, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature(_release(2, 5, "alpha", 1), _release(2, 6, "alpha", 0), CO_FUTURE_WITH_STATEMENT)
print_function = _Feature(_release(2, 6, "alpha", 2), _release(3, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature(_release(2, 6, "alpha", 2), _release(3, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature(_release(3, 1, "alpha", 2), _release(4, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature(_release(3, 5, "beta", 1), _release(3, 7, "alpha", 0), CO_FUTURE_GENERATOR_STOP)
annotations = _Feature(_release(3, 7, "beta", 1), None, CO_FUTURE_ANNOTATIONS)

all_feature_names = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]

__all__ = ["all_feature_names"] + all_feature_names
