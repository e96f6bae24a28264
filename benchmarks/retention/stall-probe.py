#!/usr/bin/env python3
"""Measures how a command disturbs fsync latency on a volume, without the service (docs/benchmarks.md,
"Retention purge": what freeing a month's files costs the machine).

Writes 8 KiB and fsyncs it every 5 ms to a scratch file in PROBE_DIR (default: the PostgreSQL data
volume), runs the command after 3 s, keeps probing for --after seconds once it has returned, and prints
fsync p50/p99/max before, during and after the command, and every sample slower than --slow ms with its
offset from the command's start. A decision's commit is such an fsync (of the WAL).

  benchmarks/retention/stall-probe.py -- sh -c 'echo 1 > /proc/sys/vm/drop_caches'     # as root
  benchmarks/retention/stall-probe.py -- psql -d datafog_bench -f truncate-month.sql
"""
import argparse
import os
import subprocess
import sys
import threading
import time


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else float("nan")


def summary(samples):
    latencies = [ms for _, ms in samples]
    if not latencies:
        return "no samples"
    return (f"{len(latencies)} fsyncs, p50 {percentile(latencies, 0.5):.1f} ms, "
            f"p99 {percentile(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=os.environ.get("PROBE_DIR", "/var/lib/postgresql"))
    parser.add_argument("--after", type=float, default=15.0, help="seconds to keep probing after the command")
    parser.add_argument("--slow", type=float, default=10.0, help="list samples slower than this (ms)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to measure after --")

    path = os.path.join(args.dir, f"stall-probe-{os.getpid()}.bin")
    samples = []
    stop = threading.Event()

    def probe():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        block = b"\0" * 8192
        try:
            while not stop.is_set():
                started = time.monotonic()
                os.pwrite(fd, block, 0)
                os.fsync(fd)
                samples.append((started, (time.monotonic() - started) * 1000))
                time.sleep(0.005)
        finally:
            os.close(fd)
            os.unlink(path)

    prober = threading.Thread(target=probe)
    prober.start()
    time.sleep(3)
    began = time.monotonic()
    status = subprocess.run(command).returncode
    ended = time.monotonic()
    time.sleep(args.after)
    stop.set()
    prober.join()

    print(f"command took {ended - began:.2f} s, exit status {status}")
    print("before: " + summary([s for s in samples if s[0] < began]))
    print("during: " + summary([s for s in samples if began <= s[0] <= ended]))
    print(f"after ({args.after:.0f} s): " + summary([s for s in samples if s[0] > ended]))
    slow = [f"{t - began:+.2f}s {ms:.0f}ms" for t, ms in samples if ms > args.slow]
    print(f"slower than {args.slow:.0f} ms (offset from the command's start): " + (", ".join(slow) or "none"))
    sys.exit(status)


if __name__ == "__main__":
    main()
