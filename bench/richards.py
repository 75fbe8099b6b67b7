# richards.py — an operating-system scheduler simulation in the manner of the Richards
# benchmark: prioritised tasks (idle, worker, two handlers, two devices) passing packets
# through linked queues; objects, attribute access and method calls throughout.

WORK = 0
DEVICE = 1
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.sender = 0
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.next = None

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0, None)
        self.count = count
        self.seed = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.sched.send(packet, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.count
            if n >= 4:
                self.work = work.link
                return self.sched.send(work, WORKER)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.count = work.data[n]
                work.count = n + 1
                target = DEVICE_A if self.ident == HANDLER_A else DEVICE_B
                return self.sched.send(dev, target)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            done = self.pending
            self.pending = None
            return self.sched.send(done, done.sender)
        self.pending = packet
        self.sched.printed = (self.sched.printed * 29 + packet.count) % 1_000_003
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.printed = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # The list is kept in falling priority: the first runnable task runs next.
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        t = self.head
        while t.next is not None and t.next.priority > task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet, ident):
        task = self.tasks[ident]
        self.sends += 1
        packet.link = None
        packet.sender = self.current.ident
        task.queue = packet.append_to(task.queue)
        if task.waiting and task.priority > self.current.priority:
            return task
        return self.current

    def schedule(self):
        task = self.head
        while task is not None:
            if task.held or (task.waiting and task.queue is None):
                task = task.next
                continue
            packet = None
            if task.waiting:
                packet = task.queue
                task.queue = packet.link
                task.waiting = False
            self.current = task
            task = task.run(packet)


def simulate(count):
    s = Scheduler()
    s.add(IdleTask(s, count))
    s.add(WorkerTask(s, Packet(Packet(None, WORKER, WORK), WORKER, WORK)))
    devs = Packet(Packet(Packet(None, DEVICE_A, DEVICE), DEVICE_A, DEVICE), DEVICE_A, DEVICE)
    s.add(HandlerTask(s, HANDLER_A, 2000, devs))
    devs = Packet(Packet(Packet(None, DEVICE_B, DEVICE), DEVICE_B, DEVICE), DEVICE_B, DEVICE)
    s.add(HandlerTask(s, HANDLER_B, 3000, devs))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.schedule()
    return s.sends, s.holds, s.printed


checksum = 0
for r in range(24):
    sends, holds, printed = simulate(10_000 + r)
    checksum = (checksum * 7 + sends * 3 + holds + printed) % 1_000_000_007
print(sends, holds, checksum)
