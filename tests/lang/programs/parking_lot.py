class Vehicle:
    size = 1
    rate = 2.0
    def __init__(self, plate):
        self.plate = plate
    def __repr__(self):
        return f"{type(self).__name__}({self.plate})"

class Motorcycle(Vehicle):
    rate = 1.0

class Car(Vehicle):
    pass

class Bus(Vehicle):
    size = 3
    rate = 6.5

class ParkingLot:
    def __init__(self, spots):
        self.spots = [None] * spots
        self.entered = {}
        self.revenue = 0.0

    def park(self, vehicle, time):
        need = vehicle.size
        run = 0
        for i, occupant in enumerate(self.spots):
            run = run + 1 if occupant is None else 0
            if run == need:
                start = i - need + 1
                for j in range(start, i + 1):
                    self.spots[j] = vehicle
                self.entered[vehicle.plate] = (vehicle, time, start)
                return start
        raise RuntimeError(f"no room for {vehicle}")

    def leave(self, plate, time):
        vehicle, t0, start = self.entered.pop(plate)
        for j in range(start, start + vehicle.size):
            self.spots[j] = None
        hours = max(1, -(-(time - t0) // 60))
        fee = hours * vehicle.rate
        self.revenue += fee
        return fee

    def layout(self):
        return "".join("." if v is None else type(v).__name__[0] for v in self.spots)

lot = ParkingLot(8)
events = [("park", Car("AB-1"), 0), ("park", Bus("BUS-9"), 5), ("park", Motorcycle("M-7"), 10),
          ("park", Car("CD-2"), 15), ("leave", "BUS-9", 130), ("park", Bus("BUS-2"), 140),
          ("park", Bus("BUS-3"), 150), ("leave", "AB-1", 61), ("leave", "M-7", 400)]
for kind, obj, t in events:
    try:
        if kind == "park":
            spot = lot.park(obj, t)
            print(f"t={t:>3} park {obj!r} at {spot}  {lot.layout()}")
        else:
            fee = lot.leave(obj, t)
            print(f"t={t:>3} {obj} leaves, pays {fee:.2f}  {lot.layout()}")
    except RuntimeError as e:
        print(f"t={t:>3} error: {e}")
# expect: t=  0 park Car(AB-1) at 0  C.......
# expect: t=  5 park Bus(BUS-9) at 1  CBBB....
# expect: t= 10 park Motorcycle(M-7) at 4  CBBBM...
# expect: t= 15 park Car(CD-2) at 5  CBBBMC..
# expect: t=130 BUS-9 leaves, pays 19.50  C...MC..
# expect: t=140 park Bus(BUS-2) at 1  CBBBMC..
# expect: t=150 error: no room for Bus(BUS-3)
# expect: t= 61 AB-1 leaves, pays 4.00  .BBBMC..
# expect: t=400 M-7 leaves, pays 7.00  .BBB.C..
print(f"revenue {lot.revenue:.2f}", sorted(lot.entered))  # expect: revenue 30.50 ['BUS-2', 'CD-2']
