class Job:
    def __init__(self, name, arrival, burst, priority):
        self.name, self.arrival, self.burst, self.priority = name, arrival, burst, priority

def fcfs(jobs):
    t, out = 0, []
    for j in sorted(jobs, key=lambda j: (j.arrival, j.name)):
        t = max(t, j.arrival)
        out.append((j.name, t, t + j.burst))
        t += j.burst
    return out

def sjf(jobs):
    pending = sorted(jobs, key=lambda j: j.arrival)
    t, out, ready = 0, [], []
    while pending or ready:
        while pending and pending[0].arrival <= t:
            ready.append(pending.pop(0))
        if not ready:
            t = pending[0].arrival
            continue
        ready.sort(key=lambda j: (j.burst, j.arrival))
        j = ready.pop(0)
        out.append((j.name, t, t + j.burst))
        t += j.burst
    return out

def round_robin(jobs, quantum):
    queue = [[j.name, j.arrival, j.burst] for j in sorted(jobs, key=lambda j: j.arrival)]
    t, timeline, finish = 0, [], {}
    waiting = []
    while queue or waiting:
        while queue and queue[0][1] <= t:
            waiting.append(queue.pop(0))
        if not waiting:
            t = queue[0][1]
            continue
        job = waiting.pop(0)
        run = min(quantum, job[2])
        timeline.append(f"{job[0]}{t}-{t + run}")
        t += run
        job[2] -= run
        while queue and queue[0][1] <= t:
            waiting.append(queue.pop(0))
        if job[2]:
            waiting.append(job)
        else:
            finish[job[0]] = t
    return timeline, finish

def stats(jobs, schedule):
    by_name = {j.name: j for j in jobs}
    waits = [start - by_name[n].arrival for n, start, _ in schedule]
    tat = [end - by_name[n].arrival for n, _, end in schedule]
    return round(sum(waits) / len(waits), 2), round(sum(tat) / len(tat), 2)

jobs = [Job("A", 0, 8, 2), Job("B", 1, 4, 1), Job("C", 2, 9, 3), Job("D", 3, 5, 2), Job("E", 20, 2, 1)]
for name, algo in [("FCFS", fcfs), ("SJF", sjf)]:
    s = algo(jobs)
    print(name, s, "avg wait/turnaround:", stats(jobs, s))
# expect: FCFS [('A', 0, 8), ('B', 8, 12), ('C', 12, 21), ('D', 21, 26), ('E', 26, 28)] avg wait/turnaround: (8.2, 13.8)
# expect: SJF [('A', 0, 8), ('B', 8, 12), ('D', 12, 17), ('C', 17, 26), ('E', 26, 28)] avg wait/turnaround: (7.4, 13.0)
tl, fin = round_robin(jobs, 3)
print(" ".join(tl))  # expect: A0-3 B3-6 C6-9 D9-12 A12-15 B15-16 C16-19 D19-21 A21-23 C23-26 E26-28
print(fin, sum(fin[j.name] - j.arrival for j in jobs) / len(jobs))
# expect: {'B': 16, 'D': 21, 'A': 23, 'C': 26, 'E': 28} 17.6
