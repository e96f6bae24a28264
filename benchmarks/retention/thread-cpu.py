#!/usr/bin/env python3
"""CPU time of a process's threads, grouped by name, over time windows (docs/benchmarks.md).

  thread-cpu.py sample PID FILE                    # every 100 ms until PID exits: epoch, thread, name, CPU seconds
  thread-cpu.py report FILE LABEL START END [...]  # per window (epoch seconds): cores used per thread group

Linux only (/proc/PID/task/*/stat). Thread names are the kernel's (15 characters): the JIT's compiler
threads are "C2 CompilerThre" and "C1 CompilerThre"; trailing numbers are dropped to group a pool.
"""
import collections
import os
import re
import sys
import time


def sample(pid, path):
    tick = os.sysconf('SC_CLK_TCK')
    with open(path, 'w') as out:
        while os.path.exists(f'/proc/{pid}'):
            now = time.time()
            rows = []
            try:
                tids = os.listdir(f'/proc/{pid}/task')
            except OSError:
                break
            for tid in tids:
                try:
                    with open(f'/proc/{pid}/task/{tid}/stat') as stat:
                        text = stat.read()
                except OSError:
                    continue  # the thread ended between listing and reading
                name = text[text.index('(') + 1:text.rindex(')')]
                fields = text[text.rindex(')') + 2:].split()
                rows.append(f'{now:.3f}\t{tid}\t{name}\t{(int(fields[11]) + int(fields[12])) / tick:.2f}\n')
            out.writelines(rows)
            out.flush()
            time.sleep(0.1)


def report(path, windows):
    snapshots = collections.defaultdict(dict)
    with open(path) as samples:
        for line in samples:
            parts = line.rstrip('\n').split('\t')
            if len(parts) == 4:
                snapshots[float(parts[0])][(parts[1], parts[2])] = float(parts[3])
    times = sorted(snapshots)

    def last_at(moment):
        earlier = [t for t in times if t <= moment]
        return earlier[-1] if earlier else times[0]

    for label, start, end in windows:
        first, last = last_at(start), last_at(end)
        span = last - first
        if span <= 0:
            print(f'{label}: no samples')
            continue
        used = collections.Counter()
        for (tid, name), seconds in snapshots[last].items():
            used[re.sub(r'[-#]?\d+$', '', name)] += seconds - snapshots[first].get((tid, name), 0.0)
        total = sum(used.values())
        groups = ', '.join(f'{name} {seconds / span:.2f}' for name, seconds in used.most_common(6) if seconds > 0)
        print(f'{label} ({span:.1f} s): {total / span:.2f} cores in all; {groups}')


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'sample':
        sample(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 6 and sys.argv[1] == 'report' and (len(sys.argv) - 3) % 3 == 0:
        args = sys.argv[3:]
        report(sys.argv[2], [(args[i], float(args[i + 1]), float(args[i + 2])) for i in range(0, len(args), 3)])
    else:
        sys.exit(__doc__)
