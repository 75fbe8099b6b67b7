# enum: composite Flag values (aliases, negatives, values outside the members under
# STRICT, IntFlag's KEEP with its leftover bits) get CPython's names, reprs and errors.
from enum import Flag, IntFlag
class C(Flag):
    R = 1
    G = 2
    B = 4
    RG = 3
    W = 7
class P(IntFlag):
    X = 1
    Y = 2
    Z = 8
for cls, vals in [(C, [0, 1, 3, 5, 6, 7, -1, -3, 8, 9]), (P, [0, 3, 4, 11, 16, -1, -9])]:
    for v in vals:
        try:
            m = cls(v)
            shown = [repr(m), str(m), m.value, list(m), bool(m)]
        except ValueError as e:
            shown = ["ValueError", str(e).replace("\n", " / ")]
        print(cls.__name__, v, *shown)
        # expect: C 0 <C: 0> C(0) 0 [] False
        # expect: C 1 <C.R: 1> C.R 1 [<C.R: 1>] True
        # expect: C 3 <C.RG: 3> C.RG 3 [<C.R: 1>, <C.G: 2>] True
        # expect: C 5 <C.R|B: 5> C.R|B 5 [<C.R: 1>, <C.B: 4>] True
        # expect: C 6 <C.G|B: 6> C.G|B 6 [<C.G: 2>, <C.B: 4>] True
        # expect: C 7 <C.W: 7> C.W 7 [<C.R: 1>, <C.G: 2>, <C.B: 4>] True
        # expect: C -1 <C.W: 7> C.W 7 [<C.R: 1>, <C.G: 2>, <C.B: 4>] True
        # expect: C -3 <C.R|B: 5> C.R|B 5 [<C.R: 1>, <C.B: 4>] True
        # expect: C 8 ValueError <flag 'C'> invalid value 8 /     given 0b0 1000 /   allowed 0b0 0111
        # expect: C 9 ValueError <flag 'C'> invalid value 9 /     given 0b0 1001 /   allowed 0b0 0111
        # expect: P 0 <P: 0> 0 0 [] False
        # expect: P 3 <P.X|Y: 3> 3 3 [<P.X: 1>, <P.Y: 2>] True
        # expect: P 4 <P: 4> 4 4 [] True
        # expect: P 11 <P.X|Y|Z: 11> 11 11 [<P.X: 1>, <P.Y: 2>, <P.Z: 8>] True
        # expect: P 16 <P: 16> 16 16 [] True
        # expect: P -1 <P.X|Y|Z|4: 15> 15 15 [<P.X: 1>, <P.Y: 2>, <P.Z: 8>] True
        # expect: P -9 <P.X|Y|4: 7> 7 7 [<P.X: 1>, <P.Y: 2>] True
print(C.R | C.B, C.W & ~C.G, ~C.R, C.RG in C.W, C.R ^ C.W)
# expect: C.R|B C.R|B C.G|B True C.G|B
