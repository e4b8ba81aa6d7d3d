"""Turns wrk --latency output (stdin, or the files named after the label) into one table row.

Several files are summed (requests/s, non-2xx) and their latencies shown as the largest.
"""
import re
import sys


def parse(text):
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(r"Socket errors:.*", text)
    latency = {}
    for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M):
        scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
        latency[pct] = float(value) * scale
    return rate, int(bad.group(1)) if bad else 0, latency, errors.group(0) if errors else ""


label = sys.argv[1]
texts = [open(path).read() for path in sys.argv[2:]] or [sys.stdin.read()]
rows = [parse(text) for text in texts]
rate = sum(row[0] for row in rows)
bad = sum(row[1] for row in rows)
p50 = max(row[2].get("50", float("nan")) for row in rows)
p99 = max(row[2].get("99", float("nan")) for row in rows)
notes = "; ".join(row[3] for row in rows if row[3])
print(f"| {label} | {rate:.0f} | {bad} | {p50:.1f} ms | {p99:.1f} ms |" + (f" {notes}" if notes else ""))
