"""Python's multiprocessing side of the goteach benchmarks.

Runs one measurement and prints its result as one line of JSON; the bench
driver (go run ./bench) runs it side by side with bench/mpbench, which
measures the same things with mpkit. Times are in nanoseconds.

    python3 mp_bench.py start [-n 200] [--method fork|forkserver|spawn]
    python3 mp_bench.py queue | poolcreate | poolmap | poolsleep | poolrss
    python3 mp_bench.py lock | lockcontend | value | pipe | array
"""

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import time

now = time.perf_counter_ns


# Targets: module-level functions, so that every start method finds them.

def empty():
    pass


def producer(q, n):
    for i in range(n):
        q.put(i)


def square(x):
    return x * x


def nap(x):
    time.sleep(0.1)
    return x


def hammer(lock, n, start):
    start.wait()
    for _ in range(n):
        lock.acquire()
        lock.release()


def increment(v, n, start):
    start.wait()
    for _ in range(n):
        with v.get_lock():
            v.value += 1


def echo(conn):
    while True:
        x = conn.recv()
        if x is None:
            return
        conn.send(x)


def sum_view(arr, q):
    """Sums the array through a memoryview of the shared memory."""
    t = now()
    s = sum(memoryview(arr.get_obj()).cast("B").cast("d"))
    q.put((s, now() - t))


def sum_items(arr, q):
    """Sums the array item by item (the raw ctypes array: no lock per item)."""
    t = now()
    s = sum(arr.get_obj())
    q.put((s, now() - t))


def measure_start(n, method):
    ctx = mp.get_context(method)
    p = ctx.Process(target=empty)  # warm-up: forkserver and spawn have one-time costs
    p.start()
    p.join()
    each = []
    t0 = now()
    for _ in range(n):
        t = now()
        p = ctx.Process(target=empty)
        p.start()
        p.join()
        each.append(now() - t)
        assert p.exitcode == 0, p.exitcode
    return {"median_ns": statistics.median(each), "mean_ns": (now() - t0) / n, "n": n, "method": method}


def measure_queue(n):
    q = mp.Queue()
    t = now()
    p = mp.Process(target=producer, args=(q, n))
    p.start()
    s = 0
    for _ in range(n):
        s += q.get()
    got = now() - t
    p.join()
    assert s == n * (n - 1) // 2, s
    return {"per_item_ns": got / n, "total_ns": now() - t, "n": n}


def measure_poolcreate():
    t = now()
    pool = mp.Pool(2)
    created = now() - t
    pool.map(square, range(2), chunksize=1)
    ready = now() - t
    t = now()
    pool.close()
    pool.join()
    return {"create_ns": created, "first_map_ns": ready, "close_join_ns": now() - t}


def warm_pool():
    pool = mp.Pool(2)
    pool.map(square, range(2), chunksize=1)
    return pool


def measure_poolmap(n):
    with warm_pool() as pool:
        t = now()
        r = pool.map(square, range(n))
        d = now() - t
    assert len(r) == n and sum(r) == (n - 1) * n * (2 * n - 1) // 6
    return {"total_ns": d, "per_item_ns": d / n, "n": n}


def measure_poolsleep():
    with warm_pool() as pool:
        t = now()
        r = pool.map(nap, range(10))
        d = now() - t
    assert r == list(range(10))
    return {"total_ns": d}


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return float(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def measure_poolrss():
    with mp.Pool(1) as pool:
        pool.map(square, range(1000))
        pids = [w.pid for w in pool._pool]
        return {"worker_rss_kb": rss_kb(pids[0]), "parent_rss_kb": rss_kb(os.getpid())}


def measure_lock(n):
    lock = mp.Lock()
    t = now()
    for _ in range(n):
        lock.acquire()
        lock.release()
    pair = (now() - t) / n
    t = now()
    for _ in range(n):
        with lock:
            pass
    return {"pair_ns": pair, "with_pair_ns": (now() - t) / n, "n": n}


def two_processes(target, obj, n):
    start = mp.Event()
    ps = [mp.Process(target=target, args=(obj, n, start)) for _ in range(2)]
    for p in ps:
        p.start()
    time.sleep(0.2)  # both children are waiting on the event
    t = now()
    start.set()
    for p in ps:
        p.join()
        assert p.exitcode == 0, p.exitcode
    return now() - t


def measure_lockcontend(n):
    d = two_processes(hammer, mp.Lock(), n)
    return {"pair_ns": d / (2 * n), "total_ns": d, "n_per_process": n}


def measure_value(n):
    v = mp.Value("i", 0)
    d = two_processes(increment, v, n)
    assert v.value == 2 * n, v.value
    return {"per_increment_ns": d / (2 * n), "total_ns": d, "final": v.value, "n_per_process": n}


def measure_pipe(n):
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    a.send(-1)  # warm-up
    a.recv()
    t = now()
    for i in range(n):
        a.send(i)
        assert a.recv() == i
    d = now() - t
    a.send(None)
    p.join()
    return {"roundtrip_ns": d / n, "n": n}


def measure_array(n):
    t = now()
    arr = mp.Array("d", n)
    alloc = now() - t
    t = now()
    arr.get_obj()[:] = [float(i) for i in range(n)]
    fill = now() - t
    want = n * (n - 1) / 2
    res = {"alloc_ns": alloc, "fill_ns": fill}
    q = mp.Queue()
    for name, target in (("view", sum_view), ("items", sum_items)):
        t = now()
        p = mp.Process(target=target, args=(arr, q))
        p.start()
        s, inner = q.get()
        p.join()
        assert s == want, s
        res[name + "_sum_ns"] = inner
        res[name + "_start_to_join_ns"] = now() - t
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("measurement")
    ap.add_argument("-n", type=int, default=0, help="iterations (0: the measurement's default)")
    ap.add_argument("--method", default="fork", help="start method, for start")
    a = ap.parse_args()

    def n(default):
        return a.n if a.n > 0 else default

    m = a.measurement
    if m == "start":
        r = measure_start(n(200), a.method)
    elif m == "queue":
        r = measure_queue(n(100_000))
    elif m == "poolcreate":
        r = measure_poolcreate()
    elif m == "poolmap":
        r = measure_poolmap(n(100_000))
    elif m == "poolsleep":
        r = measure_poolsleep()
    elif m == "poolrss":
        r = measure_poolrss()
    elif m == "lock":
        r = measure_lock(n(1_000_000))
    elif m == "lockcontend":
        r = measure_lockcontend(n(200_000))
    elif m == "value":
        r = measure_value(n(200_000))
    elif m == "pipe":
        r = measure_pipe(n(10_000))
    elif m == "array":
        r = measure_array(n(1_000_000))
    else:
        sys.exit(f"mp_bench.py: unknown measurement {m!r}")
    print(json.dumps(r))


if __name__ == "__main__":
    mp.set_start_method("fork")
    main()
