# difflib — comparing sequences, for Edge Python in plain Python (modules/README.md),
# written here from CPython 3.11's documented behaviour: SequenceMatcher (the
# Ratcliff/Obershelp "gestalt" matching with its junk and popular-element rules, so the
# blocks, opcodes and ratios are CPython's), Differ and ndiff (with the "?" guide lines),
# unified_diff, context_diff, restore, get_close_matches, IS_LINE_JUNK and
# IS_CHARACTER_JUNK. unittest's failure messages use it. Not provided: HtmlDiff, and
# diff_bytes (the VM has no bytes yet).

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ", "IS_CHARACTER_JUNK",
           "IS_LINE_JUNK", "context_diff", "unified_diff", "Match"]


class Match:
    # A block a[a:a+size] == b[b:b+size]; it behaves as CPython's named tuple does
    # (unpacks, indexes, compares and prints as Match(a=.., b=.., size=..)).
    def __init__(self, a, b, size):
        self._fields3 = (a, b, size)

    a = property(lambda self: self._fields3[0])
    b = property(lambda self: self._fields3[1])
    size = property(lambda self: self._fields3[2])

    def __iter__(self):
        return iter(self._fields3)

    def __len__(self):
        return 3

    def __getitem__(self, index):
        return self._fields3[index]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __lt__(self, other):
        return tuple(self) < tuple(other)

    def __hash__(self):
        return hash(self._fields3)

    def __repr__(self):
        return "Match(a=%r, b=%r, size=%r)" % self._fields3


def _ratio(matched, total):
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    # Finds the longest block common to both sequences that holds no junk, then does the
    # same on each side of it, recursively. Everything about b is indexed once (b2j), so
    # comparing many a's against one b is cheap: set b with set_seq2 and vary a.

    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._forget()

    def set_seq2(self, b):
        if b is not self.b:
            self.b = b
            self._forget()
            self.fullbcount = None
            self._index_b()

    def _forget(self):
        self.matching_blocks = None
        self.opcodes = None

    def _index_b(self):
        # b2j: each element of b to the ascending positions where it stands, leaving out
        # junk (isjunk says so) and, for a b of 200 items or more, "popular" elements
        # (more than 1% of b, plus one): they would match everywhere and mean little.
        where = {}
        for position, item in enumerate(self.b):
            where.setdefault(item, []).append(position)
        junk = set()
        if self.isjunk is not None:
            for item in list(where):
                if self.isjunk(item):
                    junk.add(item)
                    del where[item]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item, positions in list(where.items()):
                if len(positions) > limit:
                    popular.add(item)
                    del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        # ending[j]: how long the run of indexed matches is that ends at a[i], b[j]. The
        # first longest run met (smallest i, then smallest j) wins.
        best_i, best_j, best = alo, blo, 0
        ending = {}
        for i in range(alo, ahi):
            now = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = ending.get(j - 1, 0) + 1
                now[j] = length
                if length > best:
                    best_i, best_j, best = i - length + 1, j - length + 1, length
            ending = now

        # Grow the block over equal elements the index left out: first the popular ones
        # (anything not junk), then junk itself, so a block never starts or ends inside
        # a run of equal elements it could have taken.
        for take_junk in (False, True):
            while best_i > alo and best_j > blo and (b[best_j - 1] in junk) == take_junk \
                    and a[best_i - 1] == b[best_j - 1]:
                best_i, best_j, best = best_i - 1, best_j - 1, best + 1
            while best_i + best < ahi and best_j + best < bhi and (b[best_j + best] in junk) == take_junk \
                    and a[best_i + best] == b[best_j + best]:
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        found = []
        pending = [(0, len(self.a), 0, len(self.b))]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = self.find_longest_match(alo, ahi, blo, bhi)
            if size:
                found.append((i, j, size))
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + size < ahi and j + size < bhi:
                    pending.append((i + size, ahi, j + size, bhi))
        found.sort()
        # Blocks that touch become one; a last empty block marks the ends.
        merged = []
        for i, j, size in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                merged[-1][2] += size
            else:
                merged.append([i, j, size])
        merged.append([len(self.a), len(self.b), 0])
        self.matching_blocks = [Match(i, j, size) for i, j, size in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            # What lies between the previous block and this one was replaced, deleted
            # or inserted, by which side has anything there.
            if i < ai:
                codes.append(("replace" if j < bj else "delete", i, ai, j, bj))
            elif j < bj:
                codes.append(("insert", i, ai, j, bj))
            if size:
                codes.append(("equal", ai, ai + size, bj, bj + size))
            i, j = ai + size, bj + size
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = list(self.get_opcodes()) or [("equal", 0, 1, 0, 1)]
        # Keep at most n lines of context at the two ends.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == "equal":
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == "equal":
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        # A hunk ends inside an equal stretch longer than 2n lines: its first n lines
        # close the hunk, its last n open the next one.
        hunk = []
        for code in codes:
            tag, i1, i2, j1, j2 = code
            if tag != "equal" or i2 - i1 <= 2 * n:
                hunk.append(code)
                continue
            hunk.append((tag, i1, i1 + n, j1, j1 + n))
            yield hunk
            hunk = [(tag, i2 - n, i2, j2 - n, j2)]
        if any(code[0] != "equal" for code in hunk):
            yield hunk

    def ratio(self):
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        # An upper bound on ratio(): as if every element common to both (counted as a
        # multiset) could be matched.
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for item in self.a:
            if left.get(item, 0) > 0:
                left[item] -= 1
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        # A looser bound still: as if the shorter one matched entirely.
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap bounds first: most candidates fail them.
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def IS_LINE_JUNK(line, pat=None):
    # Blank, or only a "#", apart from white space.
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ("", "#")


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


class Differ:
    # Line by line: "  " for a common line, "- " and "+ " for lines of one side only,
    # and "? " guides under a changed line pointing at what changed in it. Runs of
    # replaced lines are paired by their most similar lines, which get the guides.

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == "replace":
                yield from self._pair_up(a, alo, ahi, b, blo, bhi)
            elif tag == "delete":
                yield from _marked("-", a[alo:ahi])
            elif tag == "insert":
                yield from _marked("+", b[blo:bhi])
            else:
                yield from _marked(" ", a[alo:ahi])

    def _pair_up(self, a, alo, ahi, b, blo, bhi):
        # The pair of lines most alike (ratio above 0.74, the first found when b's lines
        # are the outer loop) anchors the block; what is above and below it is paired
        # the same way. Without such a pair, an identical pair anchors it; without
        # either, the block is plain deletions and insertions.
        chars = SequenceMatcher(self.charjunk)
        best, best_i, best_j = 0.74, None, None
        same_i = same_j = None
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(a[i])
                if chars.real_quick_ratio() > best and chars.quick_ratio() > best and chars.ratio() > best:
                    best, best_i, best_j = chars.ratio(), i, j
        if best < 0.75:
            if same_i is None:
                yield from self._unpaired(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, identical = same_i, same_j, True
        else:
            identical = False
        yield from self._around(a, alo, best_i, b, blo, best_j)
        if identical:
            yield "  " + a[best_i]
        else:
            yield from self._guided(a[best_i], b[best_j], chars)
        yield from self._around(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._pair_up(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from _marked("-", a[alo:ahi])
        elif blo < bhi:
            yield from _marked("+", b[blo:bhi])

    def _unpaired(self, a, alo, ahi, b, blo, bhi):
        # The shorter side goes first.
        minus = _marked("-", a[alo:ahi])
        plus = _marked("+", b[blo:bhi])
        if bhi - blo < ahi - alo:
            yield from plus
            yield from minus
        else:
            yield from minus
            yield from plus

    def _guided(self, old, new, chars):
        chars.set_seqs(old, new)
        marks = {"replace": ("^", "^"), "delete": ("-", None), "insert": (None, "+"), "equal": (" ", " ")}
        old_guide = new_guide = ""
        for tag, i1, i2, j1, j2 in chars.get_opcodes():
            under_old, under_new = marks[tag]
            if under_old:
                old_guide += under_old * (i2 - i1)
            if under_new:
                new_guide += under_new * (j2 - j1)
        for sign, line, guide in (("-", old, old_guide), ("+", new, new_guide)):
            yield sign + " " + line
            # A tab or other white space under a blank keeps its place in the guide.
            guide = "".join(c if g == " " and c.isspace() else g for c, g in zip(line, guide)).rstrip()
            if guide:
                yield "? " + guide + "\n"


def _marked(sign, lines):
    for line in lines:
        yield sign + " " + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    choice = int(which)
    if choice != 1 and choice != 2:
        raise ValueError("unknown delta choice (must be 1 or 2): %r" % (which,))
    keep = "- " if choice == 1 else "+ "
    for line in delta:
        if line[:2] == "  " or line[:2] == keep:
            yield line[2:]


def _require_str(a, b, names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError("lines to compare must be str, not %s (%r)" % (type(lines[0]).__name__, lines[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError("all arguments must be str, not: %r" % (value,))


def _file_line(mark, name, date, lineterm):
    return "%s %s%s%s" % (mark, name, "\t" + date if date else "", lineterm)


def _unified_range(start, stop):
    # "first,count" in 1-based lines; an empty range names the line before it.
    count = stop - start
    if count == 1:
        return str(start + 1)
    return "%d,%d" % (start + 1 if count else start, count)


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3, lineterm="\n"):
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _file_line("---", fromfile, fromfiledate, lineterm)
            yield _file_line("+++", tofile, tofiledate, lineterm)
        yield "@@ -%s +%s @@%s" % (_unified_range(hunk[0][1], hunk[-1][2]), _unified_range(hunk[0][3], hunk[-1][4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield " " + line
                continue
            for line in a[i1:i2]:
                yield "-" + line
            for line in b[j1:j2]:
                yield "+" + line


def _context_range(start, stop):
    # "first,last" in 1-based lines, or one number for a range of one line or none.
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return "%d,%d" % (first, first + count - 1)


_CONTEXT_SIGN = {"equal": "  ", "replace": "! ", "delete": "- ", "insert": "+ "}


def context_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3, lineterm="\n"):
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _file_line("***", fromfile, fromfiledate, lineterm)
            yield _file_line("---", tofile, tofiledate, lineterm)
        yield "***************" + lineterm
        tags = [code[0] for code in hunk]
        # Each side's lines are listed only when that side has a change of its own.
        yield "*** %s ****%s" % (_context_range(hunk[0][1], hunk[-1][2]), lineterm)
        if "replace" in tags or "delete" in tags:
            for tag, i1, i2, _, _ in hunk:
                if tag != "insert":
                    for line in a[i1:i2]:
                        yield _CONTEXT_SIGN[tag] + line
        yield "--- %s ----%s" % (_context_range(hunk[0][3], hunk[-1][4]), lineterm)
        if "replace" in tags or "insert" in tags:
            for tag, _, _, j1, j2 in hunk:
                if tag != "delete":
                    for line in b[j1:j2]:
                        yield _CONTEXT_SIGN[tag] + line
