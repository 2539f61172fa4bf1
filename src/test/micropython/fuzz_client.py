# A fuzzing client for the board's servers: sends each payload (one hex line of a file) on a
# fresh TCP connection, reads what comes back until the server closes or goes quiet, and counts.
# usage: micropython fuzz_client.py HOST PORT FILE ; exits 1 if the server stops accepting.
import socket
import sys
import ubinascii


def one(addr, payload):
    s = socket.socket()
    s.settimeout(0.5)
    try:
        s.connect(addr)
    except OSError as e:
        return "refused %s" % e
    try:
        s.send(payload)
        got = 0
        while got < 4096:
            data = s.recv(512)
            if not data:
                return "closed"
            got += len(data)
        return "answered"
    except OSError:
        return "quiet"
    finally:
        s.close()


host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
addr = socket.getaddrinfo(host, port)[0][-1]
counts = {}
sent = 0
with open(path) as f:
    for line in f:
        line = line.strip()
        outcome = one(addr, ubinascii.unhexlify(line) if line else b"")
        sent += 1
        if outcome.startswith("refused"):
            print("fuzz: payload %d: server stopped accepting: %s" % (sent, outcome))
            sys.exit(1)
        counts[outcome] = counts.get(outcome, 0) + 1
print("fuzz: %d payloads to %s:%d, %s" % (sent, host, port, sorted(counts.items())))
