class Dataset:
    def __init__(self, name, values):
        self.name = name
        self.values = sorted(values)

    def __len__(self):
        return len(self.values)

    def mean(self):
        return sum(self.values) / len(self)

    def median(self):
        v, n = self.values, len(self)
        return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2

    def modes(self):
        freq = {}
        for x in self.values:
            freq[x] = freq.get(x, 0) + 1
        top = max(freq.values())
        return [x for x in freq if freq[x] == top] if top > 1 else []

    def quartiles(self):
        n = len(self)
        lower = Dataset("", self.values[:n // 2])
        upper = Dataset("", self.values[(n + 1) // 2:])
        return lower.median(), self.median(), upper.median()

    def outliers(self):
        q1, _, q3 = self.quartiles()
        iqr = q3 - q1
        return [x for x in self.values if x < q1 - 1.5 * iqr or x > q3 + 1.5 * iqr]

    def describe(self):
        q1, q2, q3 = self.quartiles()
        return (f"{self.name:<8} n={len(self):<3} mean={self.mean():<8.3f} median={q2:<6} "
                f"q1={q1:<6} q3={q3:<6} modes={self.modes()} outliers={self.outliers()}")

sets = [
    Dataset("heights", [160, 172, 168, 181, 175, 159, 172, 190, 165, 172]),
    Dataset("prices", [1.99, 2.49, 2.49, 3.15, 2.89, 19.99, 2.75, 3.05]),
    Dataset("scores", [55, 61, 68, 70, 72, 75, 75, 80, 88, 91, 98]),
    Dataset("tiny", [5, 5]),
]
for d in sets:
    print(d.describe())
# expect: heights  n=10  mean=171.400  median=172.0  q1=165    q3=175    modes=[172] outliers=[]
# expect: prices   n=8   mean=4.850    median=2.8200000000000003 q1=2.49   q3=3.0999999999999996 modes=[2.49] outliers=[19.99]
# expect: scores   n=11  mean=75.727   median=75     q1=68     q3=88     modes=[75] outliers=[]
# expect: tiny     n=2   mean=5.000    median=5.0    q1=5      q3=5      modes=[5] outliers=[]
