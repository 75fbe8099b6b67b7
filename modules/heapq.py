# heapq — CPython 3.11's heap queue for Edge Python, in plain Python (modules/README.md).
# A heap is a list with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; items are
# compared with < only. The sifting is CPython's (a pop moves the smaller child up to a
# leaf, then the moved item back up), so the same operations leave the list in the same
# order as under CPython.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest",
           "nsmallest", "heappushpop"]


# The two ways an item finds its place. _rise moves the item at `hole` towards `top`
# while it is smaller than its parent. _settle (for a new root) first walks the hole down
# to a leaf along the smaller children, taking each up, then lets the item rise from the
# leaf: an item that came from the bottom usually belongs near it, so this makes fewer
# comparisons than testing it at every level, and it is the order CPython produces.
def _rise(heap, top, hole):
    item = heap[hole]
    while hole > top:
        above = (hole - 1) // 2
        if not item < heap[above]:
            break
        heap[hole] = heap[above]
        hole = above
    heap[hole] = item


def _settle(heap, root):
    item = heap[root]
    size = len(heap)
    hole = root
    kid = 2 * hole + 1
    while kid < size:
        # The right child wins ties, as in CPython.
        if kid + 1 < size and not heap[kid] < heap[kid + 1]:
            kid += 1
        heap[hole], hole = heap[kid], kid
        kid = 2 * hole + 1
    heap[hole] = item
    _rise(heap, root, hole)


def heappush(heap, item):
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


# The root goes out; the last leaf fills its place and settles.
def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest, heap[0] = heap[0], last
    _settle(heap, 0)
    return smallest


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    smallest, heap[0] = heap[0], item
    _settle(heap, 0)
    return smallest


def heappushpop(heap, item):
    if not heap or not heap[0] < item:
        return item
    smallest, heap[0] = heap[0], item
    _settle(heap, 0)
    return smallest


# Settles every parent, the last first, so each subtree is a heap before its root joins.
def heapify(x):
    for parent in reversed(range(len(x) // 2)):
        _settle(x, parent)


# nsmallest and nlargest give what sorted() would, cut to n (as CPython documents):
# the sort runs in C and is stable, so ties keep their order.
def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]


# Reverses the order of a key for merge(reverse=True).
class _Reversed:
    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key

    def __eq__(self, other):
        return self.key == other.key


def merge(*iterables, key=None, reverse=False):
    return _merge([iter(it) for it in iterables], key, reverse)


# A heap of [key, index of its iterable, value, iterator]: equal keys come out in the
# order of the iterables, and the values themselves are never compared.
def _merge(iterators, key, reverse):
    heap = []
    for order, it in enumerate(iterators):
        for value in it:
            k = value if key is None else key(value)
            heap.append([_Reversed(k) if reverse else k, order, value, it])
            break
    heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Reversed(k) if reverse else k
            entry[2] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]
