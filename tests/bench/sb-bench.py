#!/usr/bin/env python3
# sb-bench.py — Scorebook's benchmark suite: every figure of issue 15 against its budget, one table
#
# Copyright 2026 The Scorebook authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sb-bench.py BUILD_DIR        (meson runs it: `meson test -C _build-bench --benchmark`)
#
# Each figure is the median of several runs, and where the issue names a baseline (xmllint, a bare
# Cairo program, a minimal GTK window, the bundled standard, a flat fill) the baseline is measured
# in the same run, alternating with the figure, and the budget is a ratio to it: the machines this
# runs on are shared and their speed drifts, ratios hold. GUI figures come from the real program
# under a virtual X server of our own, with SCOREBOOK_TIMING=1 (src/app/sb-timing.c), which prints
# the first frame and how long each turn of the main loop took; keys are real key presses.
#
# SB_BENCH_QUICK=1: one run each, small inputs. CI runs that to prove the suite works: it fails
# on a crash or a wrong result (a missing file, a wrong count of pages or rows), never on a time.
# SB_BENCH_ONLY=validate,search: only the figures whose step names are given (bench_NAME below),
# to measure one fix again without the whole suite's half hour.

import contextlib
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", ".."))
QUICK = os.environ.get("SB_BENCH_QUICK") == "1"
REPEATS = 1 if QUICK else 7
KEYS = 2 if QUICK else 9
SIZES = {  # the inputs: full size, and the quick mode's
    "parts": 80 if QUICK else 2000,
    "scores": 10 if QUICK else 1000,
    "batch": 4 if QUICK else 200,
    "team": 3 if QUICK else 12,
    "notes": (64 * 1024, 16 * 1024) if QUICK else (1024 * 1024, 100 * 1024),
}
FULL = os.path.join(TOP, "tests", "fixtures", "assessment-full.scorebook")


class Failure(Exception):
    pass


def ms_since(start):
    return (time.monotonic() - start) * 1000.0


def run(argv, env, expect=0):
    """Runs @argv to its end; its wall time in ms. A wrong exit status fails the suite."""
    start = time.monotonic()
    done = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = ms_since(start)
    if done.returncode != expect:
        raise Failure(f"{' '.join(argv[:3])}…: exit {done.returncode}\n{done.stderr.decode()[-2000:]}")
    return elapsed, done.stdout.decode()


class Gui:
    """One GUI program, its timing lines read as they come."""

    def __init__(self, argv, env):
        self.lines = []
        self.lock = threading.Lock()
        self.start = time.monotonic()
        self.first_frame = None
        self.proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        for raw in self.proc.stdout:
            now = time.monotonic()
            line = raw.decode(errors="replace").strip()
            if line == "sb-timing: first-frame" and self.first_frame is None:
                self.first_frame = ms_since(self.start)
            m = re.match(r"sb-timing: (busy|frame) ([0-9.]+)$", line)
            if m:
                with self.lock:
                    self.lines.append((now, m.group(1), float(m.group(2))))

    def wait_first_frame(self, timeout=30.0):
        end = time.monotonic() + timeout
        while self.first_frame is None:
            if self.proc.poll() is not None:
                raise Failure(f"{self.proc.args[0]} ended (status {self.proc.returncode}) before its first frame")
            if time.monotonic() > end:
                raise Failure(f"{self.proc.args[0]}: no first frame within {timeout} s")
            time.sleep(0.002)
        return self.first_frame

    def settle(self, quiet=0.4, timeout=20.0, answered=False):
        """Waits until no turn has been reported for @quiet seconds; the turns since the call.
        @answered: first wait for a frame painted after the call. On a loaded machine the
        program may take longer than @quiet even to read a key, and a quiet spell before it
        did is not its answer."""
        since = time.monotonic()
        end = since + timeout
        while time.monotonic() < end:
            with self.lock:
                last = self.lines[-1][0] if self.lines else self.start
                painted = any(t >= since and kind == "frame" for (t, kind, _) in self.lines)
            if (painted or not answered) and time.monotonic() - max(last, since) >= quiet:
                break
            time.sleep(0.02)
        with self.lock:
            return [(kind, ms) for (t, kind, ms) in self.lines if t >= since]

    def stop(self):
        """Ends the program; its peak resident memory in MiB."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        _, status, usage = os.wait4(self.proc.pid, 0)
        self.proc.returncode = status
        self.reader.join(timeout=5)
        return usage.ru_maxrss / 1024.0


class Bench:
    def __init__(self, build):
        self.build = os.path.abspath(build)
        self.tmp = tempfile.TemporaryDirectory(prefix="sb-bench-")
        self.dir = self.tmp.name
        self.rows = []
        self.services = []
        self.env = self.environment()

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def program(self, *parts):
        return os.path.join(self.build, *parts)

    def environment(self):
        env = dict(os.environ)
        for var in ("G_DEBUG", "G_SLICE", "MALLOC_CHECK_", "MALLOC_PERTURB_", "LANGUAGE", "GTK_DEBUG"):
            env.pop(var, None)
        for name in ("home", "data", "config", "cache", "runtime"):
            os.makedirs(self.path(name), mode=0o700)
        # A blinking cursor repaints the window several times a second, so the program would
        # never be quiet between two keys; its cost is measured once, on its own.
        os.makedirs(self.path("config", "gtk-4.0"))
        with open(self.path("config", "gtk-4.0", "settings.ini"), "w") as f:
            f.write("[Settings]\ngtk-cursor-blink=false\n")
        env.update(HOME=self.path("home"), XDG_DATA_HOME=self.path("data"),
                   XDG_CONFIG_HOME=self.path("config"), XDG_CACHE_HOME=self.path("cache"),
                   XDG_RUNTIME_DIR=self.path("runtime"), GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=self.program("data"), LANG="C.UTF-8",
                   SCOREBOOK_LOCALEDIR=self.program("po"), GDK_BACKEND="x11")
        return env

    # -- the display and the session bus, our own -------------------------------------------

    def start_services(self):
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24",
                                 "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        self.services.append(xvfb)
        with os.fdopen(read) as f:
            self.env["DISPLAY"] = ":" + f.readline().strip()
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=self.env)
        self.services.append(bus)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()

    def stop_services(self):
        for proc in reversed(self.services):
            proc.terminate()
            proc.wait()
        # The session bus started the accessibility bus and registry, which outlive it: they are
        # the processes whose environment names our folder.
        marker = self.dir.encode()
        for pid in filter(str.isdigit, os.listdir("/proc")):
            with contextlib.suppress(OSError):
                with open(f"/proc/{pid}/environ", "rb") as f:
                    if marker in f.read() and int(pid) != os.getpid():
                        os.kill(int(pid), signal.SIGTERM)

    # -- inputs ------------------------------------------------------------------------------

    def make_inputs(self):
        data = [sys.executable, os.path.join(HERE, "sb-bench-data.py")]
        total, note = SIZES["notes"]
        run(data + ["standard", self.path("large.xml"), "--parts", str(SIZES["parts"])], self.env)
        run(data + ["notes", self.path("notes.scorebook"), "--total", str(total), "--note", str(note)], self.env)
        run(data + ["assessments", self.path("many"), str(SIZES["scores"])], self.env)
        run(data + ["assessments", self.path("batch"), str(SIZES["batch"])], self.env)
        run(data + ["team", self.path("team"), str(SIZES["team"])], self.env)
        run(data + ["team", self.path("team-large"), str(SIZES["team"]), "--standard", self.path("large.xml")],
            self.env)

    def team(self, name):
        """The examiners' files of folder @name, in order."""
        return sorted(os.path.join(self.path(name), f) for f in os.listdir(self.path(name)))

    # -- the table ---------------------------------------------------------------------------

    def add(self, figure, values, unit, budget, baseline=None, ratio_budget=None, limit=None):
        """One row: the median of @values; within budget when its ratio to the median of
        @baseline is at most @ratio_budget, or the median itself at most @limit."""
        median = statistics.median(values)
        base = statistics.median(baseline) if baseline else None
        ratio = median / base if base else None
        if ratio_budget is not None:
            ok = ratio <= ratio_budget
        elif limit is not None:
            ok = median <= limit
        else:
            ok = None
        self.rows.append((figure, median, unit, budget, base, ratio, ok))

    def print_table(self):
        head = ("figure", "median", "budget", "baseline (same run)", "ratio", "")
        lines = [head, tuple("-" * 3 for _ in head)]
        for figure, median, unit, budget, base, ratio, ok in self.rows:
            lines.append((figure, f"{median:.1f} {unit}", budget,
                          "—" if base is None else f"{base:.1f} {unit}",
                          "—" if ratio is None else f"{ratio:.2f}×",
                          "—" if ok is None else ("ok" if ok else "OVER")))
        mode = "quick mode: one run each, small inputs" if QUICK else f"median of {REPEATS} runs"
        print(f"\nScorebook benchmarks ({mode}; {os.cpu_count()} cores)\n")
        for cells in lines:
            print("| " + " | ".join(cells) + " |")
        sys.stdout.flush()


# -- the headless figures -------------------------------------------------------------------

def pairs(bench, figure, baseline):
    """Runs @figure and @baseline alternately, REPEATS times each, after one warm-up each."""
    values, bases = [], []
    for i in range(REPEATS + 1):
        b = baseline()
        v = figure()
        if i > 0:
            values.append(v)
            bases.append(b)
    return values, bases


def bench_validate(bench):
    large = bench.path("large.xml")
    rng = os.path.join(TOP, "data", "schema", "standard.rng")
    values, bases = pairs(bench,
                          lambda: run([bench.program("src", "scorebook"), "--validate", large], bench.env)[0],
                          lambda: run(["xmllint", "--noout", "--relaxng", rng, large], bench.env)[0])
    bench.add(f"load + validate the large standard ({SIZES['parts']} parts)", values, "ms",
              "≤ 1.2 × xmllint", bases, ratio_budget=1.2)


def pdf_pages(path):
    done = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    m = re.search(rb"Pages:\s+(\d+)", done.stdout)
    return int(m.group(1)) if m else 0


def bench_export(bench):
    out, bare = bench.path("summary.pdf"), bench.path("bare.pdf")
    values, bases = pairs(bench,
                          lambda: run([bench.program("src", "scorebook"), "--export", out, FULL], bench.env)[0],
                          lambda: run([bench.program("tests", "bench", "bench-bare-pdf"), bare], bench.env)[0])
    if pdf_pages(out) < 2 or pdf_pages(bare) != 6:
        raise Failure(f"export: {pdf_pages(out)} pages in the summary, {pdf_pages(bare)} in the bare PDF")
    bench.add("`--export summary.pdf`, whole process", values, "ms", "≤ 1.5 × bare Cairo PDF",
              bases, ratio_budget=1.5)


def bench_charts(bench):
    env = dict(bench.env, SB_BENCH_QUICK="1" if QUICK else "0")
    values, bases = [], []
    for _ in range(1 if QUICK else 3):
        _, out = run([bench.program("tests", "bench", "bench-charts")], env)
        fill = re.search(r"flat fill of \S+: ([0-9.]+) ms", out)
        radar = re.search(r"^radar\s+dimensions\s+zh\s+([0-9.]+)", out, re.M)
        bar = re.search(r"^bar\s+dimensions\s+zh\s+([0-9.]+)", out, re.M)
        if not (fill and radar and bar):
            raise Failure("bench-charts printed no dimensions row:\n" + out)
        values.append(float(radar.group(1)) + float(bar.group(1)))
        bases.append(float(fill.group(1)))
    bench.add("radar + bars of the dimensions, 1920×1080 image", values, "ms", "≤ 4 ms",
              bases, limit=4.0)


def bench_scores(bench):
    files = sorted(os.path.join(bench.path("many"), f) for f in os.listdir(bench.path("many")))
    values = []
    for _ in range(1 if QUICK else 3):
        elapsed, out = run([bench.program("src", "scorebook"), "--scores"] + files, bench.env)
        totals = re.findall(r"\ttotal\ttotal\t500\t", out)
        if len(totals) != len(files):
            raise Failure(f"--scores over {len(files)} files: {len(totals)} totals")
        values.append(elapsed)
    bench.add(f"`--scores` over {len(files)} files, one command", values, "ms", "≤ 1 s", limit=1000.0)


def bench_batch(bench):
    files = sorted(os.path.join(bench.path("batch"), f) for f in os.listdir(bench.path("batch")))
    values = []
    for i in range(1 if QUICK else 3):
        out = bench.path(f"batch-out-{i}") + "/"
        values.append(run([bench.program("src", "scorebook"), "--export", out] + files, bench.env)[0])
        made = [f for f in os.listdir(out) if f.endswith(".pdf")]
        if len(made) != len(files):
            raise Failure(f"batch export: {len(made)} PDF files for {len(files)} assessments")
    bench.add(f"batch export of {len(files)} assessments to PDF", values, "ms", "≤ 4 s", limit=4000.0)


# -- the GUI figures ------------------------------------------------------------------------

def scorebook(bench, *args):
    """The program, with timing marks. Each start gets a data folder of its own: a program ended
    with unsaved work leaves it for recovery, and the next would start by offering it back."""
    data = tempfile.mkdtemp(dir=bench.dir, prefix="data-")
    return Gui([bench.program("src", "scorebook")] + list(args),
               dict(bench.env, SCOREBOOK_TIMING="1", XDG_DATA_HOME=data))


def minimal(bench):
    return Gui([bench.program("tests", "bench", "bench-minimal-window")], bench.env)


def startup(bench, make):
    gui = make()
    try:
        first = gui.wait_first_frame()
        gui.settle(quiet=0.3)
    finally:
        rss = gui.stop()
    return first, rss


def bench_startup(bench):
    starts, rss, base_starts, base_rss = [], [], [], []
    for i in range(REPEATS + 1):
        b = startup(bench, lambda: minimal(bench))
        v = startup(bench, lambda: scorebook(bench, FULL))
        if i > 0:
            base_starts.append(b[0])
            base_rss.append(b[1])
            starts.append(v[0])
            rss.append(v[1])
    bench.add("start-up to the first frame, rated assessment", starts, "ms",
              "≤ 1.15 × minimal window", base_starts, ratio_budget=1.15)
    extra = [r - statistics.median(base_rss) for r in rss]
    bench.add("peak RSS over the minimal window", extra, "MiB", "≤ +20 MiB",
              None, limit=20.0)
    bench.rows[-1] = bench.rows[-1][:4] + (statistics.median(base_rss), None) + bench.rows[-1][6:]
    return starts


def bench_startup_large(bench):
    large = bench.path("large.xml")
    values, bases = pairs(bench,
                          lambda: startup(bench, lambda: scorebook(bench, "--standard", large))[0],
                          lambda: startup(bench, lambda: scorebook(bench))[0])
    bench.add("start-up with the large standard", values, "ms", "≤ 1.5 × bundled start-up",
              bases, ratio_budget=1.5)


def window_id(bench, gui):
    end = time.monotonic() + 10
    while time.monotonic() < end:
        done = subprocess.run(["xdotool", "search", "--pid", str(gui.proc.pid), "--onlyvisible", "--class", "scorebook"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=bench.env)
        ids = done.stdout.split()
        if ids:
            return ids[-1].decode()
        time.sleep(0.1)
    raise Failure("no X window of the program")


def keys(bench, gui, *keys_):
    """Presses @keys_ on the program's window; the main loop's turns until it is quiet again."""
    subprocess.run(["xdotool", "key", "--clearmodifiers"] + list(keys_), env=bench.env, check=True)
    return gui.settle(quiet=0.35, answered=True)


def focus(bench, gui):
    """Gives the program's window the keyboard (there is no window manager to do it)."""
    win = window_id(bench, gui)
    subprocess.run(["xdotool", "windowfocus", "--sync", win], env=bench.env, check=True)
    subprocess.run(["xdotool", "mousemove", "--window", win, "600", "40"], env=bench.env, check=True)


@contextlib.contextmanager
def started(bench, *args):
    """The program started with @args, drawn, quiet and with the keyboard; ended after."""
    gui = scorebook(bench, *args)
    try:
        gui.wait_first_frame()
        gui.settle()
        focus(bench, gui)
        yield gui
    finally:
        gui.stop()


def work(turns, kind="busy"):
    return sum(ms for k, ms in turns if k == kind)


def bench_rating(bench):
    with started(bench, "--goto", "1.1.1", FULL) as gui:
        ours, frames = [], []
        for i in range(KEYS + 1):
            turns = keys(bench, gui, f"alt+{i % 5 + 1}")
            if i > 0:
                ours.append(work(turns))
                frames.append(work(turns, "frame"))
    if not any(frames):
        raise Failure("a rating key painted no frame")
    bench.add("rating change (Alt+N): our code before the frame", ours, "ms", "≤ 2 ms", limit=2.0)
    bench.add("rating change: the frame painted after it", frames, "ms", "(for reading)")


def bench_search(bench):
    with started(bench, "--standard", bench.path("large.xml")) as gui:
        keys(bench, gui, "ctrl+f")
        totals, longest = [], []
        for i, letter in enumerate("leadersguide"[:KEYS + 1]):
            turns = keys(bench, gui, letter)
            if i > 0:
                totals.append(work(turns) + work(turns, "frame"))
                longest.append(max([ms for _, ms in turns] or [0]))
    if not any(totals):
        raise Failure("typing into the search field did nothing")
    bench.add("search keystroke, large standard: to the updated list", totals, "ms", "≤ 8 ms", limit=8.0)
    bench.add("search keystroke: the longest turn", longest, "ms", "(for reading)")


def bench_compare_open(bench):
    team = bench.team("team")
    values, bases = pairs(bench,
                          lambda: startup(bench, lambda: scorebook(bench, "--compare-window", *team))[0],
                          lambda: startup(bench, lambda: scorebook(bench, team[0]))[0])
    bench.add(f"comparison of {len(team)} assessments: its first frame", values, "ms",
              "≤ 1.5 × one assessment's first frame", bases, ratio_budget=1.5)


def bench_compare_scroll(bench):
    """The comparison of the large standard's parts, its table scrolled a page at a time from
    the first part to the last and back; the longest frame of each way."""
    team = bench.team("team-large")
    pages = 8 if QUICK else 300
    longest, busiest = [], []
    with started(bench, "--standard", bench.path("large.xml"), "--compare-window", *team) as gui:
        # The first row of the table, under the window's header and the table's.
        subprocess.run(["xdotool", "mousemove", "--window", window_id(bench, gui), "300", "110", "click", "1"],
                       env=bench.env, check=True)
        gui.settle()
        for key in ("Page_Down", "Page_Up"):
            subprocess.run(["xdotool", "key", "--delay", "40", "--repeat", str(pages), key],
                           env=bench.env, check=True)
            turns = gui.settle(quiet=0.5, answered=True)
            if not any(k == "frame" for k, _ in turns):
                raise Failure(f"scrolling the comparison with {key} painted no frame")
            longest.append(max(ms for k, ms in turns if k == "frame"))
            busiest.append(max(ms for k, ms in turns))
    bench.add(f"comparison of {len(team)} × {SIZES['parts']} parts, scrolling: longest frame", longest,
              "ms", "≤ 16 ms", limit=16.0)
    bench.add("comparison scrolling: the longest turn", busiest, "ms", "(for reading)")


ATSPI = None


def atspi(bench):
    """The accessibility client, on our own session bus (the one our programs use)."""
    global ATSPI
    if ATSPI is None:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = bench.env["DBUS_SESSION_BUS_ADDRESS"]
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi
        Atspi.init()
        ATSPI = Atspi
    return ATSPI


def find_accessible(node, role, name, depth=0):
    if node is None or depth > 60:
        return None
    if node.get_role_name() == role and node.get_name() == name:
        return node
    for i in range(node.get_child_count()):
        found = find_accessible(node.get_child_at_index(i), role, name, depth + 1)
        if found is not None:
            return found
    return None


def focus_field(bench, gui, role, name):
    """Clicks into the program's field named @name, found in the accessibility tree."""
    Atspi = atspi(bench)
    end = time.monotonic() + 20
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == gui.proc.pid:
                field = find_accessible(app, role, name)
                if field is not None:
                    # GTK 4.8 tells where a node is in its window only, and takes no focus
                    # requests: a click in the window, as a user's.
                    box = Atspi.Component.get_extents(field, Atspi.CoordType.WINDOW)
                    subprocess.run(["xdotool", "mousemove", "--window", window_id(bench, gui),
                                    str(box.x + 20), str(box.y + min(box.height // 2, 10)), "click", "1"],
                                   env=bench.env, check=True)
                    return
        time.sleep(0.2)
    raise Failure(f"no {role} named {name!r} in the program's accessibility tree")


def wait_for_text(path, text, timeout=30.0):
    """Whether @path holds @text within @timeout seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with contextlib.suppress(OSError):
            with open(path, encoding="utf-8") as f:
                if text in f.read():
                    return True
        time.sleep(0.1)
    return False


def bench_note(bench):
    notes = bench.path("notes-copy.scorebook")
    with open(bench.path("notes.scorebook"), "rb") as src, open(notes, "wb") as dst:
        dst.write(src.read())
    with started(bench, "--goto", "1.1.1", notes) as gui:
        focus_field(bench, gui, "text", "Evidence notes for 1.1.1.1, comment 1")
        gui.settle()
        keys(bench, gui, "ctrl+End")
        typing, longest, saves = [], 0.0, []
        for _ in range(max(KEYS, 4)):   # autosave starts a second after the first change
            turns = keys(bench, gui, "x")
            typing.append(work(turns))
            longest = max([longest] + [ms for k, ms in turns if k == "busy"])
        for i in range(1 if QUICK else 3):
            keys(bench, gui, "y")
            turns = keys(bench, gui, "ctrl+s")
            saves.append(max([ms for k, ms in turns if k == "busy"] or [0]))
        # The save is written on a worker thread: wait for the file before the program is
        # ended, or a slow machine would fail the step on a timing, not a wrong result.
        if not wait_for_text(notes, "xy"):
            raise Failure("Ctrl+S did not write the typed note")
    bench.add("keystroke in a 100 KB note: our code", typing, "ms", "≤ 1 ms", limit=1.0)
    bench.add("autosave while typing: longest main-thread turn", [longest], "ms", "≤ 10 ms", limit=10.0)
    bench.add("Ctrl+S with 1 MB of notes: longest main-thread turn", saves, "ms", "≤ 10 ms", limit=10.0)


def main():
    if len(sys.argv) != 2:
        print(__doc__ if __doc__ else "usage: sb-bench.py BUILD_DIR", file=sys.stderr)
        return 2
    bench = Bench(sys.argv[1])
    steps = [bench_validate, bench_export, bench_charts, bench_scores, bench_batch,
             bench_startup, bench_startup_large, bench_rating, bench_search, bench_note,
             bench_compare_open, bench_compare_scroll]
    only = [name for name in os.environ.get("SB_BENCH_ONLY", "").split(",") if name]
    unknown = [name for name in only if f"bench_{name}" not in [step.__name__ for step in steps]]
    if unknown:
        print(f"SB_BENCH_ONLY: no figure named {', '.join(unknown)}; the names are "
              + ", ".join(step.__name__[len("bench_"):] for step in steps), file=sys.stderr)
        return 2
    if only:
        steps = [step for step in steps if step.__name__[len("bench_"):] in only]
    status = 0
    try:
        bench.start_services()
        bench.make_inputs()
        for step in steps:
            try:
                step(bench)
            except Failure as e:
                print(f"FAILED {step.__name__}: {e}", file=sys.stderr)
                status = 1
    finally:
        bench.stop_services()
        bench.print_table()
    return status


if __name__ == "__main__":
    sys.exit(main())
