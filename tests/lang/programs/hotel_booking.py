class BookingError(Exception):
    pass

class Room:
    def __init__(self, number, kind, rate):
        self.number, self.kind, self.rate = number, kind, rate
        self.bookings = []

    def is_free(self, start, end):
        return all(end <= s or start >= e for s, e, _ in self.bookings)

class Hotel:
    def __init__(self, rooms):
        self.rooms = {r.number: r for r in rooms}
        self.next_ref = 1000

    def book(self, guest, kind, start, end):
        if end <= start:
            raise BookingError("checkout must be after checkin")
        for room in sorted(self.rooms.values(), key=lambda r: r.number):
            if room.kind == kind and room.is_free(start, end):
                ref = f"R{self.next_ref}"
                self.next_ref += 1
                room.bookings.append((start, end, (ref, guest)))
                return ref, room.number, (end - start) * room.rate
        raise BookingError(f"no {kind} room free for nights {start}-{end}")

    def cancel(self, ref):
        for room in self.rooms.values():
            for b in room.bookings:
                if b[2][0] == ref:
                    room.bookings.remove(b)
                    return room.number
        raise BookingError(f"unknown booking {ref}")

    def occupancy(self, night):
        used = sum(1 for r in self.rooms.values() for s, e, _ in r.bookings if s <= night < e)
        return used / len(self.rooms)

hotel = Hotel([Room(101, "single", 80), Room(102, "single", 80), Room(201, "double", 120), Room(301, "suite", 300)])
requests = [("ann", "single", 1, 4), ("bob", "single", 2, 5), ("cid", "single", 3, 4), ("dee", "double", 1, 8),
            ("eve", "suite", 5, 5), ("fay", "double", 7, 9), ("gus", "suite", 2, 3)]
refs = {}
for guest, kind, s, e in requests:
    try:
        ref, num, cost = hotel.book(guest, kind, s, e)
        refs[guest] = ref
        print(f"{guest}: {ref} room {num} ${cost}")
    except BookingError as err:
        print(f"{guest}: FAILED - {err}")
# expect: ann: R1000 room 101 $240
# expect: bob: R1001 room 102 $240
# expect: cid: FAILED - no single room free for nights 3-4
# expect: dee: R1002 room 201 $840
# expect: eve: FAILED - checkout must be after checkin
# expect: fay: FAILED - no double room free for nights 7-9
# expect: gus: R1003 room 301 $300
print(hotel.cancel(refs["ann"]))          # expect: 101
print(hotel.book("cid", "single", 3, 4))  # expect: ('R1004', 101, 80)
try:
    hotel.cancel("R9999")
except BookingError as e:
    print(e)  # expect: unknown booking R9999
print([f"{hotel.occupancy(n):.0%}" for n in range(1, 10)])
# expect: ['25%', '75%', '75%', '50%', '25%', '25%', '25%', '0%', '0%']
for r in hotel.rooms.values():
    print(r.number, r.kind, [(s, e, g) for s, e, (_, g) in r.bookings])
# expect: 101 single [(3, 4, 'cid')]
# expect: 102 single [(2, 5, 'bob')]
# expect: 201 double [(1, 8, 'dee')]
# expect: 301 suite [(2, 3, 'gus')]
