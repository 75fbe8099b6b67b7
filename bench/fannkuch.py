# fannkuch.py — the "fannkuch-redux" benchmark (Anderson and Rettig's pancake flipping):
# for every permutation of 1..n, flip the prefix whose length is the first element until
# a 1 comes first, and report the largest flip count and a checksum of the counts with
# alternating signs. Permutations are generated in the benchmark's rotation order.
# List slicing, slice reversal and slice assignment do most of the work.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign > 0 else -flips
        sign = -sign
        # The next permutation: rotate the first r+1 elements left by one, for the
        # smallest r whose counter has not run out.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


total = 0
for n in (8, 9):
    checksum, flips = fannkuch(n)
    print(f"Pfannkuchen({n}) = {flips}, checksum {checksum}")
    total += checksum * 100 + flips
print(total)
