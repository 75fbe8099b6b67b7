class Sensor:
    def __init__(self, name, unit, lo, hi):
        self.name, self.unit, self.lo, self.hi = name, unit, lo, hi
        self.readings = []

    def record(self, value):
        if not (self.lo <= value <= self.hi):
            raise ValueError(f"{self.name}: {value}{self.unit} outside [{self.lo}, {self.hi}]")
        self.readings.append(value)

    def summary(self):
        r = self.readings
        if not r:
            return f"{self.name}: no data"
        return f"{self.name}: n={len(r)} min={min(r)}{self.unit} max={max(r)}{self.unit} avg={sum(r) / len(r):.2f}{self.unit}"

class Station:
    def __init__(self, *sensors):
        self.sensors = {s.name: s for s in sensors}
        self.rejected = []

    def ingest(self, line):
        ts, *pairs = line.split(";")
        for pair in pairs:
            name, _, raw = pair.partition("=")
            try:
                self.sensors[name.strip()].record(float(raw))
            except KeyError:
                self.rejected.append((ts, f"unknown sensor {name.strip()!r}"))
            except ValueError as e:
                self.rejected.append((ts, str(e)))

station = Station(Sensor("temp", "C", -40, 60), Sensor("hum", "%", 0, 100), Sensor("wind", "m/s", 0, 75))
feed = """08:00;temp=12.5;hum=80;wind=3.2
09:00;temp=14.1;hum=75;wind=4.0
10:00;temp=99.9;hum=70;wind=5.5
11:00;temp=18.0;hum=abc;wind=6.1
12:00;temp=19.5;hum=62;pressure=1013
13:00;temp=20.2;hum=-5;wind=7.7"""
for line in feed.splitlines():
    station.ingest(line)
for s in station.sensors.values():
    print(s.summary())
# expect: temp: n=5 min=12.5C max=20.2C avg=16.86C
# expect: hum: n=4 min=62.0% max=80.0% avg=71.75%
# expect: wind: n=5 min=3.2m/s max=7.7m/s avg=5.30m/s
for ts, why in station.rejected:
    print(f"rejected @{ts}: {why}")
# expect: rejected @10:00: temp: 99.9C outside [-40, 60]
# expect: rejected @11:00: could not convert string to float: 'abc'
# expect: rejected @12:00: unknown sensor 'pressure'
# expect: rejected @13:00: hum: -5.0% outside [0, 100]
temps = station.sensors["temp"].readings
rises = [round(b - a, 1) for a, b in zip(temps, temps[1:])]
print(rises, max(rises))  # expect: [1.6, 3.9, 1.5, 0.7] 3.9
