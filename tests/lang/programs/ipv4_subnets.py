def ip_to_int(ip):
    parts = ip.split(".")
    if len(parts) != 4:
        raise ValueError(f"bad address {ip!r}")
    n = 0
    for p in parts:
        if not p.isdigit() or not 0 <= int(p) <= 255:
            raise ValueError(f"bad octet {p!r} in {ip!r}")
        n = n << 8 | int(p)
    return n

def int_to_ip(n):
    return ".".join(str(n >> s & 255) for s in (24, 16, 8, 0))

def subnet(cidr):
    ip, _, bits = cidr.partition("/")
    bits = int(bits)
    mask = (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF
    net = ip_to_int(ip) & mask
    bcast = net | (~mask & 0xFFFFFFFF)
    hosts = max(0, bcast - net - 1) if bits < 31 else bcast - net + 1
    return {"network": int_to_ip(net), "mask": int_to_ip(mask), "broadcast": int_to_ip(bcast),
            "first": int_to_ip(net + 1 if bits < 31 else net), "last": int_to_ip(bcast - 1 if bits < 31 else bcast), "hosts": hosts}

def contains(cidr, ip):
    s = subnet(cidr)
    return ip_to_int(s["network"]) <= ip_to_int(ip) <= ip_to_int(s["broadcast"])

for c in ["192.168.1.77/24", "10.0.0.1/8", "172.16.5.4/20", "203.0.113.9/30", "198.51.100.7/32"]:
    s = subnet(c)
    print(f"{c:<18} net={s['network']:<15} mask={s['mask']:<15} hosts={s['hosts']:>8} range={s['first']}-{s['last']}")
# expect: 192.168.1.77/24    net=192.168.1.0     mask=255.255.255.0   hosts=     254 range=192.168.1.1-192.168.1.254
# expect: 10.0.0.1/8         net=10.0.0.0        mask=255.0.0.0       hosts=16777214 range=10.0.0.1-10.255.255.254
# expect: 172.16.5.4/20      net=172.16.0.0      mask=255.255.240.0   hosts=    4094 range=172.16.0.1-172.16.15.254
# expect: 203.0.113.9/30     net=203.0.113.8     mask=255.255.255.252 hosts=       2 range=203.0.113.9-203.0.113.10
# expect: 198.51.100.7/32    net=198.51.100.7    mask=255.255.255.255 hosts=       1 range=198.51.100.7-198.51.100.7
print(contains("10.0.0.0/8", "10.255.3.4"), contains("192.168.1.0/24", "192.168.2.1"))
# expect: True False
for bad in ["1.2.3", "1.2.3.256", "a.b.c.d"]:
    try:
        ip_to_int(bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: bad address '1.2.3'
# expect: ValueError: bad octet '256' in '1.2.3.256'
# expect: ValueError: bad octet 'a' in 'a.b.c.d'
print(sorted(["10.0.0.2", "9.255.255.255", "10.0.0.10", "192.168.0.1"], key=ip_to_int))
# expect: ['9.255.255.255', '10.0.0.2', '10.0.0.10', '192.168.0.1']
print(f"{ip_to_int('255.255.255.255'):#x}", int_to_ip(3232235777), f"{ip_to_int('192.168.1.1'):032b}")
# expect: 0xffffffff 192.168.1.1 11000000101010000000000100000001
