# doctest — CPython 3.11's doctest for Edge Python, in plain Python (modules/README.md):
# DocTestParser (examples from docstrings, with their expected output, expected
# exceptions and # doctest: directives), Example, DocTest, DocTestFinder, DocTestRunner
# (CPython's verbose "Trying:/Expecting:/ok" report, its failure reports and summary),
# OutputChecker (ELLIPSIS, NORMALIZE_WHITESPACE, <BLANKLINE>, IGNORE_EXCEPTION_DETAIL and
# the diff report flags), testmod, run_docstring_examples and the option flags.
#
# Running an example needs what Edge Python does not have yet: compile(source, name,
# "single") and exec(code, globals) to run it, and, for testmod() to find the program's
# functions and classes, sys.modules["__main__"] with its names (module.__dict__).
# Until the VM has them, testmod() and run_docstring_examples() run no example: they
# say so in one line on stderr and return TestResults(failed=0, attempted=0), so a
# program that ends with doctest.testmod() runs to its end and prints what it prints.
# The parser, the checker and the report formats work now (a test can hand the runner
# an executor of its own), and the runner uses compile and exec as soon as they exist.

import difflib
import sys

__all__ = ["register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE", "NORMALIZE_WHITESPACE",
           "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL", "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF",
           "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest",
           "DocTestParser", "DocTestFinder", "DocTestRunner", "OutputChecker", "DocTestFailure",
           "UnexpectedException", "DebugRunner", "testmod", "testfile", "run_docstring_examples",
           "script_from_examples", "TestResults", "BLANKLINE_MARKER", "ELLIPSIS_MARKER"]


class TestResults:
    """(failed, attempted): what a run of doctests gives."""

    def __init__(self, failed, attempted):
        self._t = (failed, attempted)

    failed = property(lambda self: self._t[0])
    attempted = property(lambda self: self._t[1])

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return 2

    def __eq__(self, other):
        return self._t == (other._t if isinstance(other, TestResults) else other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "TestResults(failed=%r, attempted=%r)" % self._t


OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # Create a new flag unless `name` is already known.
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


# ---- what the VM gives to run examples ----

def _vm_compile_exec():
    """compile and exec when the VM has them, else None."""
    try:
        return compile, exec
    except NameError:
        return None


def _main_module():
    modules = getattr(sys, "modules", None)
    if modules is None:
        return None
    return modules.get("__main__")


_NOT_RUN = ("doctest: the examples were not run: Edge Python has no exec() or compile() yet "
            "(and no sys.modules['__main__'] for testmod() to search)\n")


# ---- text helpers ----

def _indent(s, indent=4):
    """Add the given number of space characters to the beginning of every non-blank
    line in `s`, and return the result."""
    out = []
    for line in s.split("\n"):
        out.append(" " * indent + line if line else line)
    return "\n".join(out)


def _leading_spaces(line):
    i = 0
    while i < len(line) and line[i] == " ":
        i += 1
    return i


# Whether a source is one line of spaces, maybe a comment (and maybe one newline).
def _is_blank_or_comment(source):
    if source.endswith("\n"):
        source = source[:-1]
    if "\n" in source:
        return False
    stripped = source.lstrip(" ")
    return stripped == "" or stripped.startswith("#")


def _ellipsis_match(want, got):
    """Essentially the only subtle case: >>> _ellipsis_match('aa...aa', 'aaa') is False."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    # Keep the exception's type name, without its module and without the message.
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find("(", 0, end)
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _exception_line(exc):
    name = type(exc).__qualname__
    module = getattr(type(exc), "__module__", "builtins")
    if module not in ("__main__", "builtins"):
        name = module + "." + name
    text = str(exc)
    return "%s: %s\n" % (name, text) if text else "%s\n" % name


def _exception_traceback(exc):
    """The report of an unexpected exception (its frames are not known here)."""
    return "Traceback (most recent call last):\n" + _exception_line(exc)


# ---- examples and tests ----

class Example:
    """A single doctest example: source (ends with a newline), want (the expected
    output), exc_msg (the expected exception's last line, or None), lineno, indent and
    options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and self.lineno == other.lineno and
                self.indent == other.indent and self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """A collection of doctest examples that should be run in a single namespace."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = "no examples"
        elif len(self.examples) == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % len(self.examples)
        return "<%s %s from %s:%s (%s)>" % (self.__class__.__name__, self.name, self.filename, self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and self.filename == other.filename and
                self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self)) <
                (other.name, other.filename, other.lineno, id(other)))


class DocTestParser:
    """A class used to parse strings containing doctest examples."""

    def parse(self, string, name="<string>"):
        """Divide the given string into examples and intervening text, and return them
        as a list of alternating Examples and strings."""
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = "\n".join([line[min_indent:] for line in string.split("\n")])
        lines = string.split("\n")
        output = []
        text = []
        lineno = 0
        i = 0
        n = len(lines)
        # The string as lines; an example is a ">>>" line, "..." lines, then the lines
        # of its output up to a blank line or the next ">>>".
        while i < n:
            line = lines[i]
            indent = _leading_spaces(line)
            if not line.startswith(">>>", indent):
                text.append(line)
                i += 1
                continue
            output.append("".join([t + "\n" for t in text]))
            text = []
            start = i
            source_lines = [line]
            i += 1
            while i < n and lines[i].lstrip(" ").startswith("..."):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n and lines[i].strip(" ") != "" and not lines[i].lstrip(" ").startswith(">>>"):
                want_lines.append(lines[i])
                i += 1
            ends_with_newline = i < n
            lineno = start
            source, options, want, exc_msg = self._parse_example(source_lines, indent, want_lines, name, lineno)
            if not _is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=lineno, indent=min_indent + indent,
                                      options=options))
            if not ends_with_newline:
                text = None
                break
        if text is None:
            output.append("")
        else:
            output.append("\n".join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """Extract all doctest examples from the given string, and collect them into a
        DocTest object."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        """Extract all doctest examples from the given string, and return them as a list
        of Example objects."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, source_lines, indent, want_lines, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join([sl[indent + 4:] for sl in source_lines])
        if want_lines and want_lines[-1].strip(" ") == "":
            del want_lines[-1]
        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        want = "\n".join([wl[indent:] for wl in want_lines])
        if want_lines:
            want += "\n"
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    # The expected exception's message: what follows a "Traceback (most recent call
    # last):" header, from the first line that starts with a word character.
    def _exception_message(self, want):
        lines = want.split("\n")
        header = lines[0].rstrip()
        if header not in ("Traceback (most recent call last):", "Traceback (innermost last):"):
            return None
        offset = len(lines[0]) + 1
        for line in lines[1:]:
            if line[:1].isalnum() or line[:1] == "_":
                return want[offset:]
            offset += len(line) + 1
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split("\n"):
            i = line.find("#")
            while i >= 0:
                rest = line[i + 1:].lstrip()
                if rest.startswith("doctest:"):
                    directive = rest[len("doctest:"):]
                    if "'" in directive or '"' in directive:
                        i = line.find("#", i + 1)
                        continue
                    for option in directive.replace(",", " ").split():
                        if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                            raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                             % (lineno + 1, name, option))
                        options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
                    break
                i = line.find("#", i + 1)
        if options and _is_blank_or_comment(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a line with no example: %r"
                             % (lineno, name, source))
        return options

    def _min_indent(self, s):
        "Return the minimum indentation of any non-blank line in `s`"
        indents = [_leading_spaces(line) for line in s.split("\n") if line.strip(" ") and
                   not line[_leading_spaces(line):][:1].isspace()]
        if len(indents) > 0:
            return min(indents)
        return 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i in range(len(lines)):
            line = lines[i]
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i in range(len(lines)):
            line = lines[i]
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent leading whitespace: %r"
                                 % (lineno + i + 1, name, line))


# ---- finding tests ----

def _is_module(obj):
    return type(obj).__name__ == "module"


def _is_routine(obj):
    return callable(obj) and not isinstance(obj, type) and hasattr(obj, "__name__")


class DocTestFinder:
    """A class used to extract the DocTests that are relevant to a given object, from
    its docstring and the docstrings of its contained objects."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """Return a list of the DocTests that are defined by the given object's
        docstring, or by any of its contained objects' docstrings."""
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = obj if _is_module(obj) else _module_of(obj)
        source_lines = _source_lines(module)
        if self._verbose:
            print("Finding tests in %s" % name)
        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = dict(getattr(module, "__dict__", {}))
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._source_lines = source_lines
        self._find(tests, obj, name, module, globs, {})
        tests.sort()
        return tests

    def _find(self, tests, obj, name, module, globs, seen):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if _is_module(obj):
            for valname, val in getattr(obj, "__dict__", {}).items():
                if (_is_routine(val) or isinstance(val, type)) and self._from_module(module, val):
                    self._find(tests, val, "%s.%s" % (name, valname), module, globs, seen)
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(valname),))
                self._find(tests, val, "%s.__test__.%s" % (name, valname), module, globs, seen)
        if isinstance(obj, type):
            for valname, val in vars(obj).items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (_is_routine(val) or isinstance(val, type) or isinstance(val, property)) and \
                        self._from_module(module, val):
                    self._find(tests, val, "%s.%s" % (name, valname), module, globs, seen)

    def _from_module(self, module, obj):
        if module is None:
            return True
        if isinstance(obj, property):
            return True
        return getattr(obj, "__module__", None) == getattr(module, "__name__", None)

    def _get_test(self, obj, name, module, globs):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ""
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        lineno = self._find_lineno(obj, self._source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    # The line (counting from 0) where obj's docstring starts: from the class statement,
    # or the function's first line, when the VM shows them.
    def _find_lineno(self, obj, source_lines):
        lineno = None
        if _is_module(obj):
            lineno = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            for i in range(len(source_lines)):
                stripped = source_lines[i].lstrip()
                if stripped.startswith("class"):
                    rest = stripped[5:].lstrip()
                    name = getattr(obj, "__name__", "-")
                    if rest.startswith(name) and not (rest[len(name):len(name) + 1].isalnum() or
                                                      rest[len(name):len(name) + 1] == "_"):
                        lineno = i
                        break
        else:
            if isinstance(obj, property):
                obj = obj.fget
            obj = getattr(obj, "__func__", obj)
            code = getattr(obj, "__code__", None)
            if code is not None:
                lineno = code.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            # The first line from there that opens a string: the docstring.
            for i in range(lineno, len(source_lines)):
                line = source_lines[i]
                head = line.split(":")[-1] if ":" in line else line
                stripped = head.lstrip()
                j = 0
                while j < len(stripped) and (stripped[j].isalnum() or stripped[j] == "_"):
                    j += 1
                if stripped[j:j + 1] in ("'", '"') or line.lstrip()[:1] in ("'", '"'):
                    return i
        return None


def _module_of(obj):
    modules = getattr(sys, "modules", None)
    if modules is None:
        return None
    return modules.get(getattr(obj, "__module__", None))


# The lines of a module's source, when the VM can read its file.
def _source_lines(module):
    filename = getattr(module, "__file__", None)
    if not filename:
        return None
    try:
        opener = open
    except NameError:
        return None
    try:
        with opener(filename) as f:
            return f.read().splitlines(True)
    except OSError:
        return None


# ---- running tests ----

class _SpoofOut:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        result = "".join(self.parts)
        # If anything at all was written, make sure there's a trailing newline.
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.parts = []


class DocTestRunner:
    """A class used to run DocTest test cases, and accumulate statistics."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        """Report that the test runner is about to process the given example."""
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        """Report that the given example ran successfully."""
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        """Report that the given example failed."""
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Report that the given example raised an unexpected exception."""
        out(self._failure_header(test, example) + "Exception raised:\n" + _indent(_exception_traceback(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    # Runs one example's source in globs, printing an expression's value as the
    # interactive prompt does; raises what it raises.
    def _execute(self, source, filename, globs, compileflags):
        vm = _vm_compile_exec()
        if vm is None:
            raise NotImplementedError("doctest needs exec() and compile(), which Edge Python does not have yet")
        compile_, exec_ = vm
        exec_(compile_(source, filename, "single", compileflags or 0, True), globs)

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum in range(len(test.examples)):
            example = test.examples[examplenum]
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            if example.options:
                for optionflag, val in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, examplenum)
            try:
                self._execute(example.source, filename, test.globs, compileflags)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = (type(e), e, None)
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = _exception_line(exception[1])
                if not quiet:
                    got += _exception_traceback(exception[1])
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome == SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples in `test`, and display the results using the writer
        function `out`."""
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Print a summary of all the test cases that have been run by this
        DocTestRunner, and return a tuple (f, t)."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class OutputChecker:
    """A class used to check whether the actual output from a doctest example matches
    the expected output."""

    def check_output(self, want, got, optionflags):
        """Return True iff the actual output from an example (`got`) matches the
        expected output (`want`)."""
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            # <BLANKLINE> in want stands for a blank line; lines of spaces in got are blank.
            want = "\n".join(["" if line.startswith(BLANKLINE_MARKER) and
                              line[len(BLANKLINE_MARKER):].strip() == "" else line for line in want.split("\n")])
            got = "\n".join(["" if line.strip(" \t\r\f\v") == "" else line for line in got.split("\n")])
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        """Return a string describing the differences between the expected output for
        a given example (`example`) and the actual output (`got`)."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            lines = got.split("\n")
            for i in range(len(lines) - 1):
                if lines[i].strip(" ") == "":
                    lines[i] = BLANKLINE_MARKER
            got = "\n".join(lines)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = "unified diff with -expected +actual"
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = "context diff with expected followed by actual"
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = "ndiff with -expected +actual"
            diff = [line.rstrip() + "\n" for line in diff]
            return "Differences (%s):\n" % kind + _indent("".join(diff))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        elif want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        elif got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


class DocTestFailure(Exception):
    """A DocTest example has failed in debugging mode."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """A DocTest example has encountered an unexpected exception."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Run doc tests but raise an exception as soon as there is a failure."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test examples in docstrings in functions and classes reachable from module m
    (or the current module if m is not supplied), starting with m.__doc__."""
    global master
    if m is None:
        m = _main_module()
        if m is None or _vm_compile_exec() is None:
            sys.stderr.write(_NOT_RUN)
            return TestResults(0, 0)
    if not _is_module(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test examples in the given file: Edge Python programs cannot read files."""
    raise NotImplementedError("doctest.testfile() needs to read files, which Edge Python programs cannot do")


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Test examples in the given object's docstring (`f`), using `globs` as globals."""
    if _vm_compile_exec() is None:
        sys.stderr.write(_NOT_RUN)
        return
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """Extract script from text with examples: the examples' source as code, their
    expected output and the text between them as comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append("# Expected:")
                output += ["## " + line for line in want.split("\n")[:-1]]
        else:
            output += [_comment_line(line) for line in piece.split("\n")[:-1]]
    while output and output[-1] == "#":
        output.pop()
    while output and output[0] == "#":
        output.pop(0)
    return "\n".join(output) + "\n"


def _comment_line(line):
    "Return a commented form of the given line"
    line = line.rstrip()
    if line:
        return "# " + line
    return "#"
