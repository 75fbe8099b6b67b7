# enum: IntEnum and StrEnum members act as their values; Flag and IntFlag combine.
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = 3


print(repr(Priority.LOW), Priority.LOW, f"{Priority.HIGH}", Priority.MEDIUM + 1, Priority.LOW == 1, Priority.HIGH > 2)
# expect: <Priority.LOW: 1> 1 3 3 True True
print(sorted([Priority.HIGH, 0, Priority.LOW]), Priority(2), int(Priority.HIGH), [10, 20, 30][Priority.LOW], -Priority.LOW)
# expect: [0, <Priority.LOW: 1>, <Priority.HIGH: 3>] 2 3 20 -1
print(hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW], Priority.HIGH * 2.5, max(Priority), format(Priority.LOW, "03d"))
# expect: True one 7.5 3 001
try:
    Priority(9)
except ValueError as e:
    print(e)  # expect: 9 is not a valid Priority


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(repr(Mode.READ), Mode.READ, f"mode={Mode.WRITE}", Mode.READ == "read", Mode.WRITE.upper(), Mode("w"), Mode.READ + "!")
# expect: <Mode.READ: 'read'> read mode=w True W w read!


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(repr(Perm.R | Perm.W), Perm.R | Perm.W, Perm.RW is (Perm.R | Perm.W), repr(Perm(7)), repr(Perm(0)), str(Perm(0)))
# expect: <Perm.RW: 3> Perm.RW True <Perm.R|W|X: 7> <Perm: 0> Perm(0)
print(list(Perm), list(Perm.RW), Perm.R in Perm.RW, Perm.X in Perm.RW, bool(Perm(0)), len(Perm.RW), len(Perm))
# expect: [<Perm.R: 1>, <Perm.W: 2>, <Perm.X: 4>] [<Perm.R: 1>, <Perm.W: 2>] True False False 2 3
print(repr(~Perm.R), repr(Perm.R ^ Perm.RW), repr(Perm.X & Perm.RW), Perm(3).name, Perm(5).name, Perm(0).name)
# expect: <Perm.W|X: 6> <Perm.W: 2> <Perm: 0> RW R|X None
print(format(Perm.R), f"{Perm.RW:>8}|", repr(Perm.RW & ~Perm.R), Perm["RW"])
# expect: Perm.R  Perm.RW| <Perm.W: 2> Perm.RW
try:
    Perm(8)
except ValueError as e:
    print(e)
    # expect: <flag 'Perm'> invalid value 8
    # expect:     given 0b0 1000
    # expect:   allowed 0b0 0111


class Access(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Access.R | Access.W
print(repr(rw), rw, rw == 6, rw + 1, repr(Access(9)), repr(~Access.R), repr(Access.R | 8), Access.R & 4, repr(Access(0)))
# expect: <Access.R|W: 6> 6 True 7 <Access.X|8: 9> <Access.W|X: 3> <Access.R|8: 12> 4 <Access: 0>
print(list(Access), list(rw), Access.W in rw, format(Access.R | Access.X), rw.name, Access(9).name)
# expect: [<Access.R: 4>, <Access.W: 2>, <Access.X: 1>] [<Access.R: 4>, <Access.W: 2>] True 5 R|W X|8


class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    WEEKDAYS = MONDAY | TUESDAY | WEDNESDAY


print(repr(Weekday.WEEKDAYS), list(Weekday), repr(Weekday(5)), list(Weekday.WEEKDAYS), str(Weekday(3)))
# expect: <Weekday.WEEKDAYS: 7> [<Weekday.MONDAY: 1>, <Weekday.TUESDAY: 2>, <Weekday.WEDNESDAY: 4>] <Weekday.MONDAY|WEDNESDAY: 5> [<Weekday.MONDAY: 1>, <Weekday.TUESDAY: 2>, <Weekday.WEDNESDAY: 4>] Weekday.MONDAY|TUESDAY
