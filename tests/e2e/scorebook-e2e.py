#!/usr/bin/env python3
# scorebook-e2e.py — the examiner's day, end to end: the real program under a virtual X server,
# driven through the accessibility tree and real key presses. Speaks TAP.
#
# Copyright 2026 The Scorebook authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What it starts, all of its own so it never touches the user's session:
#   Xvfb (1366x768, a free display found with -displayfd), a private session bus
#   (dbus-run-session, which also activates the accessibility bus), the openbox window manager,
#   and for each scenario a fresh home: HOME and the XDG folders in a temporary folder, settings
#   in a keyfile there (so the language chosen in one launch is there in the next), LANG=C.UTF-8.
# The program gets the accessibility bridge as a user's does: NO_AT_BRIDGE and GTK_A11Y are
# removed from its environment, and G_DEBUG=fatal-criticals makes any critical kill it.
#
# Each scenario starts a fresh program, so one failure does not spill into the next; within a
# scenario the steps build on each other, so after a failed step the rest are skipped.
# A step fails when its check fails, when the program dies without being asked to, or when its
# stderr shows a GLib CRITICAL or WARNING. A failed step leaves in the log folder (named in the
# diagnostic): a screenshot of the screen, the accessibility tree, and the program's stderr.
#
# Steps that fail today because of a known bug carry a KNOWN reason: they print
# "not ok ... # TODO known bug: ...", which TAP counts as an expected failure. When the bug is
# fixed the step prints "ok ... # TODO", an unexpected pass that fails the suite: remove the
# reason then. SB_E2E_STRICT=1 drops every TODO, to see the plain truth.
#
# Text: `xdotool type` is used for ASCII text. For Chinese it drops characters under Xvfb (it
# remaps spare keycodes for each character and GTK does not always see the new keymap in time),
# so Chinese text is put in through the AT-SPI EditableText interface of the focused field, as
# an input method would commit it.
#
# Steps still to come, for features being built (see README.md in this folder):
#   - the "Assessment details" dialog: open it, change applicant and examiner, see the title follow;
#   - the export confirmation bar: after an export, the bar names the file and opens its folder;
#   - the new band picker: pick a band and a percent by mouse and keys through its new tree.

import argparse
import contextlib
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import traceback
import warnings

WAIT = 10.0          # seconds any one thing may take to show up
POLL = 0.1

KNOWN = {
    "chinese": "the program does not find its translations in the build tree without SCOREBOOK_LOCALEDIR",
    "search-keys": "after a search from the search bar the keyboard no longer reaches the window",
    "autosave-one": "only the second change after opening a file schedules the autosave",
    "restore": "restoring unsaved work crashes (SIGSEGV)",
    "restore-dialog": "the restore dialog has no title, no transient parent, and opens under the window",
    "error-dialog": "the error dialog over a file that does not open has no title and no transient parent",
    "close-discard": "closing without saving prints criticals",
    "same-file": "a second process opens a file the first has open, and may save over it",
}


class StepFailure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise StepFailure(message)


def wait_until(what, probe, timeout=WAIT):
    """Polls @probe until it returns something true; fails the step after @timeout seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = probe()
            if value:
                return value
        except StepFailure:
            raise
        except Exception as error:  # a node that went away while we looked at it
            last_error = error
        if time.monotonic() > deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise StepFailure(f"waited {timeout:g} s for {what}{detail}")
        time.sleep(POLL)


def run_quiet(argv, **kwargs):
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, **kwargs)


# ---------------------------------------------------------------------------------------------
# Outside: a virtual X server and a private session bus, then this same script inside them.

def outside(argv):
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp", "-noreset"],
                            pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    with os.fdopen(read_end, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        print("Bail out! Xvfb did not start")
        return 1
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":" + number.decode().strip()
    env["SB_E2E_INSIDE"] = "1"
    # The buses' daemons print to the stdout they inherit, which is not TAP: they get stderr, and
    # the steps write to a copy of stdout of their own.
    tap = os.dup(sys.stdout.fileno())
    env["SB_E2E_TAP_FD"] = str(tap)
    sys.stdout.flush()
    try:
        return subprocess.call(["dbus-run-session", "--", sys.executable, os.path.abspath(__file__)] + argv,
                               env=env, stdout=sys.stderr, pass_fds=[tap])
    finally:
        xvfb.terminate()
        xvfb.wait()


# ---------------------------------------------------------------------------------------------
# Inside: the accessibility tree.

import gi  # noqa: E402  (only inside the private bus)

gi.require_version("Atspi", "2.0")
warnings.filterwarnings("ignore", category=DeprecationWarning)  # get_*_iface: the only names 2.46 has
from gi.repository import Atspi  # noqa: E402

STATES = {name: getattr(Atspi.StateType, name.upper())
          for name in ("showing", "focused", "selected", "checked", "active", "modal")}


def safe(call, default=None):
    try:
        return call()
    except Exception:
        return default


def role(node):
    return safe(node.get_role_name, "")


def name(node):
    return safe(node.get_name, "") or ""


def text(node):
    """What a screen reader reads in a text, label or entry; "" when it has none."""
    def read():
        iface = node.get_text_iface()
        if iface is None:
            return ""
        return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
    return safe(read, "") or ""


def has_state(node, state):
    return safe(lambda: node.get_state_set().contains(STATES[state]), False)


def children(node):
    count = safe(node.get_child_count, 0) or 0
    for i in range(count):
        child = safe(lambda: node.get_child_at_index(i))
        if child is not None:
            yield child


def walk(node, prune=None):
    """Every node under @node, depth first; below a node that @prune accepts, none."""
    yield node
    if prune is not None and node is not None and prune(node):
        return
    for child in children(node):
        yield from walk(child, prune)


def matches(node, role_=None, name_=None, name_re=None, text_=None, text_re=None, state=None):
    if role_ is not None and role(node) not in ((role_,) if isinstance(role_, str) else role_):
        return False
    if name_ is not None and name(node) != name_:
        return False
    if name_re is not None and not re.search(name_re, name(node)):
        return False
    if text_ is not None and text(node) != text_:
        return False
    if text_re is not None and not re.search(text_re, text(node)):
        return False
    if state is not None and not has_state(node, state):
        return False
    return True


def find_all(root, **criteria):
    return [n for n in walk(root) if matches(n, **criteria)]


def find(root, **criteria):
    for n in walk(root):
        if matches(n, **criteria):
            return n
    return None


def describe(criteria):
    return ", ".join(f"{k.rstrip('_')}={v!r}" for k, v in criteria.items())


def dump(node, depth=0, out=None):
    out = [] if out is None else out
    flags = [s for s in STATES if has_state(node, s)]
    shown = text(node)
    out.append("  " * depth + f"[{role(node)}] {name(node)!r}" + (f" text={shown[:60]!r}" if shown else "")
               + (f" {flags}" if flags else ""))
    for child in children(node):
        dump(child, depth + 1, out)
    return out


# ---------------------------------------------------------------------------------------------
# Input, as a user gives it.

def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def key(*keys):
    """Presses each key combination in turn, e.g. key("ctrl+s")."""
    xdotool("key", "--delay", "60", *keys)


def type_text(node, words):
    """Types @words into @node, which has the keyboard focus."""
    if words.isascii():
        xdotool("type", "--delay", "25", words)
    else:
        # See the header: xdotool loses non-ASCII characters, so commit them as an input method does.
        position = Atspi.Text.get_caret_offset(node)
        check(Atspi.EditableText.insert_text(node, position, words, len(words.encode())),
              f"could not insert text into {name(node)!r}")


def main_x_window(pid):
    """The X window of the program's main window: its normal (not dialog) window, the active one
    if there are several."""
    normal = [w for w in x_windows(pid)
              if "_NET_WM_WINDOW_TYPE_NORMAL" in (x_property(w, "_NET_WM_WINDOW_TYPE") or "")]
    check(normal, "the program shows no main window to the window manager")
    active = run_quiet(["xdotool", "getactivewindow"]).stdout.strip()
    return int(active) if active.isdigit() and int(active) in normal else normal[0]


def click_point(node):
    """Where a user clicks @node: the middle of its top, so that tall cards need not show whole."""
    box = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
    check(box.width > 0 and box.height > 0, f"{name(node)!r} has no size on screen")
    return box.x + box.width // 2, box.y + min(box.height // 2, 20)


def click(program, node):
    """A real mouse click on @node, which is in the main window. GTK 4.8 tells only where a node
    is in its window (asking for screen coordinates prints a warning), so the pointer moves
    relative to that window, which the window manager knows."""
    x, y = click_point(node)
    xdotool("mousemove", "--window", str(main_x_window(program.pid)), str(x), str(y))
    xdotool("click", "1")


def scroll_into_view(program, node, pane):
    """Turns the mouse wheel over @pane, as a user does, until @node can be clicked in it."""
    target = main_x_window(program.pid)
    for _ in range(60):
        x, y = click_point(node)
        view = Atspi.Component.get_extents(pane, Atspi.CoordType.WINDOW)
        if view.y + 10 <= y <= view.y + view.height - 10:
            return
        xdotool("mousemove", "--window", str(target), str(view.x + view.width // 2), str(view.y + view.height // 2))
        xdotool("click", "5" if y > view.y + view.height - 10 else "4")
        time.sleep(POLL)
    raise StepFailure(f"could not scroll {name(node)!r} into view")


def activate(node, action="click"):
    """Does the accessible action a screen reader user would ask for."""
    iface = node.get_action_iface()
    check(iface is not None, f"{name(node)!r} has no actions")
    names = [Atspi.Action.get_action_name(node, i) for i in range(Atspi.Action.get_n_actions(node))]
    check(action in names, f"{name(node)!r} has no {action!r} action, only {names}")
    Atspi.Action.do_action(node, names.index(action))


# X windows, for what the accessibility tree does not say: transient parents and stacking.

def x_windows(pid):
    found = run_quiet(["xdotool", "search", "--onlyvisible", "--pid", str(pid), ""]).stdout.split()
    return [int(w) for w in found]


def x_property(window, prop):
    out = run_quiet(["xprop", "-id", str(window), prop]).stdout.strip()
    if "not found" in out or "no such atom" in out or "=" not in out:
        return None
    return out.split("=", 1)[1].strip()


def x_stacking():
    out = run_quiet(["xprop", "-root", "_NET_CLIENT_LIST_STACKING"]).stdout
    return [int(w, 16) for w in re.findall(r"0x[0-9a-f]+", out)]


# ---------------------------------------------------------------------------------------------
# The program.

ALARM = re.compile(r"-(CRITICAL|WARNING) \*\*|^\*\*\s*\n|Segmentation fault", re.M)


class Program:
    """One scorebook process, with its stderr in the log folder."""

    def __init__(self, run, home, args, label):
        self.run = run
        self.label = label
        self.stderr_path = os.path.join(run.log_dir, f"{label}.stderr")
        self.expect_exit = False
        self._root = None
        self._parts = {}
        self.checked_to = 0
        # As build-aux/run starts it: that script first runs build-aux/setup (which installs
        # packages and rebuilds), which a test must not do, so the test starts the built program
        # with the one variable the script sets, GSETTINGS_SCHEMA_DIR. The rest only keeps the
        # test away from the user's own files and settings.
        env = {k: v for k, v in os.environ.items()
               if k not in ("NO_AT_BRIDGE", "GTK_A11Y", "SCOREBOOK_LOCALEDIR", "GSK_RENDERER", "LANGUAGE",
                            "LC_ALL", "GSETTINGS_BACKEND", "G_DEBUG", "SB_E2E_INSIDE")}
        env.update(home.env)
        env["GSETTINGS_SCHEMA_DIR"] = os.path.join(run.build_root, "data")
        env["LANG"] = "C.UTF-8"
        env["G_DEBUG"] = "fatal-criticals"
        with open(self.stderr_path, "ab") as err:
            self.proc = subprocess.Popen([run.scorebook, *args], env=env, cwd=home.path,
                                         stdin=subprocess.DEVNULL, stdout=err, stderr=err)
        run.programs.append(self)

    @property
    def pid(self):
        return self.proc.pid

    def root(self):
        """The program's application node in the accessibility tree."""
        if self._root is None:
            desktop = Atspi.get_desktop(0)
            for app in children(desktop):
                if safe(app.get_process_id) == self.pid:
                    # Names, states and children change under us: ask the program each time.
                    app.set_cache_mask(Atspi.Cache.NONE)
                    self._root = app
                    break
        check(self.alive() or self.expect_exit, self.death())
        return self._root

    def alive(self):
        return self.proc.poll() is None

    def death(self):
        code = self.proc.poll()
        if code is None:
            return "still running"
        if code < 0:
            return f"the program died of signal {signal.Signals(-code).name}"
        return f"the program exited with code {code}"

    def stderr(self):
        with open(self.stderr_path, encoding="utf-8", errors="replace") as err:
            return err.read()

    def new_alarms(self):
        """GLib criticals and warnings printed since the last look."""
        all_text = self.stderr()
        fresh = all_text[self.checked_to:]
        self.checked_to = len(all_text)
        return [line for line in fresh.splitlines() if ALARM.search(line + "\n")]

    # Finding things.

    def toplevels(self):
        root = self.root()
        return list(children(root)) if root is not None else []

    def window(self):
        """The main window: the showing frame."""
        def probe():
            for top in self.toplevels():
                if role(top) == "frame" and has_state(top, "showing"):
                    return top
            return None
        return wait_until(f"the main window of {self.label}", probe)

    def wait(self, what=None, within=None, timeout=WAIT, **criteria):
        def probe():
            return find(within if within is not None else self.root(), **criteria)
        return wait_until(what or describe(criteria), probe, timeout)

    def wait_gone(self, what, timeout=WAIT, **criteria):
        wait_until(f"{what} to go away", lambda: self.root() is None or find(self.root(), **criteria) is None,
                   timeout)

    def dialog(self, what, **criteria):
        """A toplevel other than a main window that holds something matching @criteria."""
        def probe():
            for top in self.toplevels():
                if role(top) != "frame" and find(top, **criteria):
                    return top
            return None
        return wait_until(what, probe)

    def focused(self):
        return find(self.root(), state="focused")

    def wait_focused(self, what, **criteria):
        return self.wait(what, state="focused", **criteria)

    def part(self, label, locate):
        """A lasting part of the main window (its page, sidebar, score line), found once: walking
        the whole tree on every poll costs seconds."""
        window = self.window()
        known = self._parts.get(label)
        if known is not None and known[0] == window and role(known[1]):
            return known[1]
        node = locate(window)
        check(node is not None, f"the main window has no {label}")
        self._parts[label] = (window, node)
        return node

    def page(self):
        """The page beside the sidebar: the second scroll pane of the main window."""
        def locate(window):
            panes = [n for n in walk(window, prune=lambda n: role(n) == "scroll pane") if role(n) == "scroll pane"]
            return panes[1] if len(panes) >= 2 else None
        return self.part("page", locate)

    def title(self):
        heading = find(self.page(), role_="heading")
        return text(heading) if heading is not None else ""

    def wait_title(self, pattern):
        return wait_until(f"a page titled /{pattern}/ (it shows {self.title()!r})",
                          lambda: re.search(pattern, self.title()) and self.title())

    def sidebar_selected(self):
        def locate(window):
            pane = next(n for n in walk(window, prune=lambda n: role(n) == "scroll pane") if role(n) == "scroll pane")
            return find(pane, role_="list")
        sidebar = self.part("sidebar", locate)
        item = find(sidebar, role_="list item", state="selected")
        row = next(children(item), None) if item is not None else None
        return name(row) if row is not None else ""

    def subtitle(self):
        """The score line under the window title, e.g. "16.5 / 500 · 1 of 16 rated"."""
        def locate(window):
            # The header bar comes after the page: look there first.
            for top in reversed(list(children(window))):
                found = find(top, role_="label", name_re=r"^[\d.—]+ / \d+ · ")
                if found is not None:
                    return found
            return None
        return name(self.part("score line", locate))

    def wait_score(self, total):
        pattern = r"^" + re.escape(total) + r" / 500 "
        return wait_until(f"the total {total} / 500 under the title (it shows {self.subtitle()!r})",
                          lambda: re.search(pattern, self.subtitle()))

    def x_window_checks(self, top):
        """What a window manager sees of a dialog: its title, its transient parent, its place on top."""
        problems = []
        title = name(top)
        if not title:
            problems.append("the dialog has no title")
        dialogs = [w for w in x_windows(self.pid)
                   if "_NET_WM_WINDOW_TYPE_DIALOG" in (x_property(w, "_NET_WM_WINDOW_TYPE") or "")]
        if not dialogs:
            problems.append("no X window of this program is a dialog")
            return problems
        if not any(x_property(w, "WM_TRANSIENT_FOR") for w in dialogs):
            problems.append("the dialog has no transient parent")
        stacking = [w for w in x_stacking() if w in x_windows(self.pid)]
        if stacking and stacking[-1] not in dialogs:
            problems.append("the dialog is not on top of the program's windows")
        return problems

    def quit(self):
        if self.alive():
            self.expect_exit = True
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def kill9(self):
        self.expect_exit = True
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def wait_exit(self, what):
        self.expect_exit = True
        wait_until(what, lambda: not self.alive())
        return self.proc.returncode


class Home:
    """A private home for one scenario: the program's settings, recovery folder and recent files."""

    def __init__(self, run, label):
        self.path = tempfile.mkdtemp(prefix=f"{label}-", dir=run.tmp)
        self.env = {"HOME": self.path}
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                         ("XDG_RUNTIME_DIR", "runtime")):
            folder = os.path.join(self.path, sub)
            os.makedirs(folder, mode=0o700)
            self.env[var] = folder
        # A real settings backend in the private config folder, so choices last across launches.
        self.env["GSETTINGS_BACKEND"] = "keyfile"

    def recovery(self):
        folder = os.path.join(self.env["XDG_DATA_HOME"], "scorebook", "recovery")
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []

    def file(self, basename):
        return os.path.join(self.path, basename)


# ---------------------------------------------------------------------------------------------
# The run: steps, their TAP lines and what a failure leaves behind.

class Run:
    def __init__(self, args):
        self.build_root = os.path.abspath(args.build_root)
        self.source_root = os.path.abspath(args.source_root)
        self.scorebook = os.path.join(self.build_root, "src", "scorebook")
        self.log_dir = os.path.abspath(args.log_dir or os.path.join(self.build_root, "meson-logs", "e2e"))
        shutil.rmtree(self.log_dir, ignore_errors=True)
        os.makedirs(self.log_dir)
        self.tmp = tempfile.mkdtemp(prefix="scorebook-e2e-")
        self.strict = os.environ.get("SB_E2E_STRICT") == "1"
        self.only = args.only
        self.n = 0
        self.failed = 0
        self.programs = []
        self.scenario_failed = False

    def fixture(self, home, basename):
        target = home.file(basename)
        shutil.copyfile(os.path.join(self.source_root, "tests", "fixtures", basename), target)
        os.chmod(target, 0o600)
        return target

    def start(self, home, *args, label="scorebook"):
        return Program(self, home, list(args), f"{self.n + 1:02d}-{re.sub(r'[^A-Za-z0-9.-]+', '-', label)}")

    @contextlib.contextmanager
    def scenario(self, title):
        self.scenario_failed = False
        self.scenario_title = title
        print(f"# scenario: {title}", flush=True)
        try:
            yield
        finally:
            for program in self.programs:
                program.quit()
            self.programs = []

    def step(self, title, body, known=None, gate=True):
        """Runs one step and prints its TAP line. A step that only looks (@gate false) leaves the
        program as it found it, so the scenario goes on after it fails."""
        self.n += 1
        directive = ""
        if known and not self.strict:
            directive = f" # TODO known bug: {KNOWN[known]}"
        if self.scenario_failed:
            print(f"ok {self.n} - {title} # SKIP an earlier step of this scenario failed", flush=True)
            return
        error = None
        try:
            body()
            for program in self.programs:
                if not program.alive() and not program.expect_exit:
                    raise StepFailure(program.death())
        except StepFailure as failure:
            error = str(failure)
        except Exception:
            error = "the step itself broke:\n" + traceback.format_exc()
        for program in self.programs:
            if error is not None and not program.alive() and not program.expect_exit \
                    and program.death() not in error:
                error += f"\n{program.label}: {program.death()}"
            alarms = program.new_alarms()
            if alarms:
                error = (error + "\n" if error else "") + "stderr shows:\n" + "\n".join(alarms[:10])
            if program.proc.poll() is not None and program.proc.returncode < 0 \
                    and program.proc.returncode != -signal.SIGKILL and not error:
                error = program.death()
        if error is None:
            print(f"ok {self.n} - {title}{directive}", flush=True)
            return
        self.scenario_failed = gate
        if not directive:
            self.failed += 1
        print(f"not ok {self.n} - {title}{directive}", flush=True)
        for line in error.rstrip().splitlines():
            print(f"#   {line}")
        for line in self.leave_evidence().splitlines():
            print(f"#   {line}")
        sys.stdout.flush()

    def leave_evidence(self):
        stem = os.path.join(self.log_dir, f"{self.n:02d}-failed")
        lines = []
        run_quiet(["import", "-window", "root", stem + ".png"])
        if os.path.exists(stem + ".png"):
            lines.append(f"screenshot: {stem}.png")
        for program in self.programs:
            root = safe(program.root) if program.alive() else None
            if root is not None:
                with open(f"{stem}-{program.pid}.tree", "w", encoding="utf-8") as tree:
                    tree.write("\n".join(dump(root)) + "\n")
                lines.append(f"accessibility tree: {stem}-{program.pid}.tree")
            tail = program.stderr().splitlines()[-15:]
            lines.append(f"stderr of {program.label} ({program.stderr_path}), last lines:")
            lines.extend("  " + line for line in tail)
        return "\n".join(lines)

    def finish(self):
        print(f"1..{self.n}", flush=True)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return 1 if self.failed else 0


def start_window_manager(run):
    log = open(os.path.join(run.log_dir, "openbox.log"), "wb")
    wm = subprocess.Popen(["openbox", "--sm-disable"], stdout=log, stderr=log)
    wait_until("the window manager", lambda: x_property_root("_NET_SUPPORTING_WM_CHECK"))
    return wm


def x_property_root(prop):
    out = run_quiet(["xprop", "-root", prop]).stdout
    return ("=" in out or "window id" in out) and "not found" not in out


# ---------------------------------------------------------------------------------------------
# The examiner's day.

SUBITEM = r"^\d+\.\d+\.\d+\s"


def fresh_window(run, home, *args, label="scorebook"):
    program = run.start(home, *args, label=label)
    top = program.window()
    wait_until("the main window to have the keyboard focus", lambda: has_state(program.window(), "active"))
    return program, top


def scenario_start(run):
    home = Home(run, "start")
    p = {}

    def appears():
        p["app"], top = fresh_window(run, home, label="start")
        check(name(top), "the main window has no title")
        check(any(x_property(w, "WM_NAME") for w in x_windows(p["app"].pid)), "the window manager sees no title")

    def chinese():
        app = p["app"]
        app.wait_title(r"^概览$")
        app.wait("the search button, named in Chinese", within=app.window(), role_=("push button", "toggle button"),
                 name_="搜索标准")
        app.wait("the Chinese standard in the sidebar", within=app.window(), role_="label", text_re="高标准定位")

    def pick_language(item):
        app = p["app"]
        combo = app.wait("the language menu", within=app.window(), role_="combo box")
        click(app, combo)
        # The menu is a popup surface of its own, so it is driven by keys: it opens with the
        # chosen row focused; Home goes to the first.
        index = ["中文", "English", "中文 + English"].index(item)
        app.wait("the language menu open, with a row focused", within=combo, role_="list item", state="focused")
        key("Home", *(["Down"] * index), "Return")
        app.wait(f"the language menu to show {item}", within=combo, role_="label", name_=item)

    def english():
        app = p["app"]
        pick_language("English")
        app.wait_title(r"^Overview$")
        app.wait("the English standard in the sidebar", within=app.window(), role_="label",
                 text_re=r"^1\s+High")
        check(find(app.window(), role_="label", text_re="高标准定位") is None, "Chinese left in the window")

    def persists():
        app = p["app"]
        key("ctrl+q")
        app.wait_exit("Scorebook to quit on Ctrl+Q")
        p["app"], _ = fresh_window(run, home, label="start-again")
        p["app"].wait_title(r"^Overview$")
        p["app"].wait("English in the language menu", within=p["app"].window(), role_="label", name_="English")

    def back_to_chinese():
        pick_language("中文")
        chinese()

    with run.scenario("start and language"):
        run.step("start: the main window appears, with a title", appears)
        run.step("start: the interface is in Chinese at first", chinese, known="chinese", gate=False)
        run.step("language: English through the header's language menu", english)
        run.step("language: the choice is kept for the next launch", persists)
        run.step("language: back to Chinese through the language menu", back_to_chinese, known="chinese")


def scenario_navigate(run):
    home = Home(run, "navigate")
    p = {}

    def navigate():
        p["app"], _ = fresh_window(run, home, label="navigate")
        app = p["app"]
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")
        wait_until("1.1.1 selected in the sidebar", lambda: app.sidebar_selected().startswith("1.1.1"))
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.2\s")
        wait_until("1.1.2 selected in the sidebar", lambda: app.sidebar_selected().startswith("1.1.2"))

    def search():
        app = p["app"]
        key("ctrl+f")
        entry = app.wait_focused("the search entry focused after Ctrl+F", role_="entry")
        type_text(entry, "PDCA")
        wait_until("search results", lambda: "PDCA" in app.title() or find(app.page(), role_="list item"))
        key("Down", "Return")
        p["found"] = app.wait_title(SUBITEM)

    def keys_after_search():
        app = p["app"]
        before = app.title()
        key("ctrl+Next")
        wait_until(f"Ctrl+PageDown to leave {before!r} (still on {app.title()!r})",
                   lambda: re.search(SUBITEM, app.title()) and app.title() != before)
        key("ctrl+f")
        app.wait_focused("the search entry focused after Ctrl+F", role_="entry")
        key("Escape")
        wait_until("the search entry to give up the focus",
                   lambda: not matches(app.focused() or app.root(), role_="entry"))
        first = app.focused()
        key("Tab")
        wait_until("Tab to move the focus", lambda: app.focused() is not None and app.focused() != first)

    with run.scenario("navigate and search"):
        run.step("navigate: Ctrl+PageDown opens the next sub-item, selected in the sidebar", navigate)
        run.step("search: Ctrl+F, PDCA, Down, Enter opens a sub-item", search)
        run.step("search: Ctrl+PageDown, Ctrl+F and Tab still work after a search", keys_after_search,
                 known="search-keys")


NOTES = {
    "Evidence notes for 1.1.1.1": ("领导班子每季度召开PDCA复盘会", "Minutes of the quarterly review, March 2026"),
    "Strengths": ("使命愿景清晰，员工普遍知晓", "Mission known by all staff interviewed"),
    "Opportunities for improvement": ("缺少对文化认同度的测量", "No measure of how far the values are shared"),
}


def add_notes(app, title, notes):
    for count, words in enumerate(notes, start=1):
        add = app.wait(f"the Add button of {title}", within=app.page(), role_="push button",
                       name_=f"Add to {title}")
        activate(add)
        field = app.wait_focused(f"comment {count} of {title} focused", role_="text",
                                 name_=f"{title}, comment {count}")
        type_text(field, words)
        wait_until(f"{words!r} in comment {count} of {title}", lambda: text(field) == words)


def check_notes(app):
    for title, notes in NOTES.items():
        for count, words in enumerate(notes, start=1):
            app.wait(f"{words!r} in comment {count} of {title}", within=app.page(), role_="text",
                     name_=f"{title}, comment {count}", text_=words)


def scenario_examiner(run):
    home = Home(run, "examiner")
    saved = home.file("智慧养老 review.scorebook")
    p = {}

    def notes():
        p["app"], _ = fresh_window(run, home, label="examiner")
        app = p["app"]
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")
        for title, words in NOTES.items():
            add_notes(app, title, words)
        check_notes(app)

    def rate_by_mouse():
        app = p["app"]
        band = app.wait("the 40–60 % band", within=app.page(), role_="push button", name_re=r"^40–60 %")
        scroll_into_view(app, band, app.page())
        click(app, band)
        app.wait("15 of 30 points on the page", within=app.page(), role_="label", name_="15 / 30 points")
        app.wait_score("15")

    def rate_by_keys():
        app = p["app"]
        key("alt+5")
        app.wait_score("27")
        key("alt+3")
        app.wait_score("15")
        key("alt+Up")
        app.wait_score("16.5")
        app.wait("55 in the percent field", within=app.page(), role_="spin button", text_="55")

    def overview():
        app = p["app"]
        row = app.wait("Overview in the sidebar", within=app.window(), role_="label", name_="Overview")
        click(app, row)
        app.wait_title(r"^(Overview|概览)$")
        app.wait("the total on the overview", within=app.page(), role_="label", name_="16.5 / 500")
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")

    def undo_redo():
        app = p["app"]
        for keys, total in (("ctrl+z", "15"), ("ctrl+z", "27"), ("ctrl+shift+z", "15"), ("ctrl+shift+z", "16.5")):
            key(keys)
            app.wait_score(total)

    def save():
        app = p["app"]
        key("ctrl+s")
        chooser = app.dialog("the Save Assessment dialog", role_="text", name_re=r"^Name")
        field = app.wait_focused("the file name field", within=chooser, role_="text")
        # The name has Chinese in it, so it replaces the proposed one through EditableText.
        check(Atspi.EditableText.set_text_contents(field, saved), "could not put the path in the name field")
        key("Return")
        wait_until(f"{saved} on disk", lambda: os.path.exists(saved))
        mode = stat.S_IMODE(os.stat(saved).st_mode)
        check(mode == 0o600, f"the file has mode {mode:o}, not 600")
        wait_until("the window to be titled by the file", lambda: "智慧养老 review" in name(app.window()))

    def close():
        app = p["app"]
        key("ctrl+w")
        code = app.wait_exit("the program to end when its only window closes")
        check(code == 0, app.death())

    def reopen():
        p["app"], _ = fresh_window(run, home, saved, label="reopen")
        app = p["app"]
        app.wait_score("16.5")
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")
        check_notes(app)
        app.wait("55 in the percent field", within=app.page(), role_="spin button", text_="55")

    with run.scenario("the examiner's work: notes, rating, undo, save, reopen"):
        run.step("notes: Chinese and English notes on a guidance point, a strength, an opportunity", notes)
        run.step("rate: a click on a band rates the sub-item", rate_by_mouse)
        run.step("rate: Alt+5, Alt+3 and Alt+Up rate by keys", rate_by_keys)
        run.step("overview: the total shows the score", overview)
        run.step("undo/redo: Ctrl+Z and Ctrl+Shift+Z change the rating back and forth", undo_redo)
        run.step("save: Ctrl+S writes the file with mode 600", save)
        run.step("save: Ctrl+W closes the saved window", close)
        run.step("reopen: the file on the command line brings back notes and rating", reopen)


def scenario_autosave_one_change(run):
    home = Home(run, "autosave")
    path = run.fixture(home, "assessment-partial.scorebook")

    def one_change():
        app, _ = fresh_window(run, home, path, label="autosave")
        before = app.subtitle()
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")
        key("alt+5")
        wait_until("the change to show", lambda: app.subtitle() != before)
        try:
            wait_until("a recovery file", home.recovery, timeout=3)
        finally:
            app.kill9()

    with run.scenario("autosave after one change"):
        run.step("autosave: one change to an opened file is kept in the recovery folder", one_change,
                 known="autosave-one")


def scenario_restore(run, from_file):
    kind = "saved file" if from_file else "never saved"
    home = Home(run, "restore-saved" if from_file else "restore-new")
    args = [run.fixture(home, "assessment-partial.scorebook")] if from_file else []
    p = {}

    def crash():
        app, _ = fresh_window(run, home, *args, label="before-kill")
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")
        before = app.subtitle()
        # Two changes: one alone is not kept today (see the autosave scenario).
        key("alt+5", "alt+Up")
        wait_until("both changes to show", lambda: app.subtitle() != before and app.subtitle())
        p["score"] = app.subtitle().split(" / ")[0]
        wait_until("a recovery file", home.recovery, timeout=5)
        app.kill9()

    def dialog():
        p["app"] = app = run.start(home, label="after-kill")
        top = app.dialog("the Restore unsaved work? dialog", role_="label", name_re=r"Restore unsaved work\?|恢复")
        problems = app.x_window_checks(top)
        check(not problems, "; ".join(problems))

    def restore():
        app = p["app"]
        top = app.dialog("the Restore unsaved work? dialog", role_="label", name_re=r"Restore unsaved work\?|恢复")
        activate(app.wait("the Restore button", within=top, role_="push button", name_re=r"Restore|恢复"))
        app.wait_score(p["score"])
        wait_until("the recovery file to be taken over", lambda: app.alive() and app.window())

    with run.scenario(f"restore after kill -9 ({kind})"):
        run.step(f"restore ({kind}): unsaved work is in the recovery folder at kill -9", crash)
        run.step(f"restore ({kind}): the dialog is on top, titled, with a transient parent", dialog,
                 known="restore-dialog", gate=False)
        run.step(f"restore ({kind}): Restore brings the work back and the program runs on", restore,
                 known="restore")


def scenario_bad_file(run, label, make):
    home = Home(run, f"bad-{label}")
    path = make(run, home)
    p = {}

    def error_dialog():
        p["app"] = app = run.start(home, path, label=f"bad-{label}")
        top = app.dialog("an error dialog", role_="label", name_re=r"could not be opened|无法打开")
        p["dialog"] = top
        problems = app.x_window_checks(top)
        check(not problems, "; ".join(problems))

    def usable():
        app = p["app"]
        top = p.get("dialog") or app.dialog("an error dialog", role_="label", name_re=r"could not be opened|无法打开")
        activate(app.wait("the dialog's Close button", within=top, role_="push button", name_re=r"Close|关闭"))
        app.wait_gone("the error dialog", role_="label", name_re=r"could not be opened|无法打开")
        app.window()
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")

    with run.scenario(f"bad file: {label}"):
        run.step(f"bad file ({label}): an error dialog, titled, over the main window", error_dialog,
                 known="error-dialog", gate=False)
        run.step(f"bad file ({label}): the main window is usable after the error", usable)


def a_png(run, home):
    shots = os.path.join(run.source_root, "docs", "screenshots")
    return os.path.join(shots, sorted(f for f in os.listdir(shots) if f.endswith(".png"))[0])


def truncated(run, home):
    with open(os.path.join(run.source_root, "tests", "fixtures", "assessment-partial.scorebook"), "rb") as f:
        whole = f.read()
    path = home.file("truncated.scorebook")
    with open(path, "wb") as f:
        f.write(whole[: len(whole) // 2])
    return path


def scenario_close_without_saving(run):
    home = Home(run, "discard")

    def discard():
        app, _ = fresh_window(run, home, label="discard")
        key("ctrl+n")
        dialog = app.dialog("the New Assessment dialog", role_="push button", name_re=r"Create|创建")
        field = app.wait_focused("the applicant field", within=dialog, role_=("text", "entry"))
        type_text(field, "Riverside Clinic")
        key("Return")
        wait_until("the window titled by the applicant", lambda: "Riverside Clinic" in name(app.window()))
        key("ctrl+Next")
        app.wait_title(r"^1\.1\.1\s")
        key("alt+3")
        app.wait_score("15")
        key("ctrl+w")
        ask = app.dialog("the Save the changes? dialog", role_="push button", name_re=r"without Saving|不保存")
        activate(app.wait("Close without Saving", within=ask, role_="push button", name_re=r"without Saving|不保存"))
        code = app.wait_exit("the program to end when its only window closes")
        check(code == 0, app.death())
        check(not home.recovery(), f"recovery files left: {home.recovery()}")

    with run.scenario("close without saving"):
        run.step("close without saving: Ctrl+N, rate, Ctrl+W, Close without Saving, no criticals", discard,
                 known="close-discard")


def scenario_same_file_twice(run):
    home = Home(run, "twice")
    path = run.fixture(home, "assessment-partial.scorebook")

    def twice():
        first, _ = fresh_window(run, home, path, label="first")
        second = run.start(home, path, label="second")

        # A message in a dialog or in the window itself (a bar), or the second one gives up.
        said = r"(already|another|elsewhere|other).*open|open.*(already|another|elsewhere|other)|已.*打开|另一"

        def refused():
            if not second.alive():
                return "exit"
            for top in second.toplevels():
                if role(top) in ("dialog", "alert") and find(top, role_="label", name_re=r"open|打开"):
                    return "dialog"
                if role(top) == "frame" and find(top, role_="label", name_re=said):
                    return "message"
            return None
        try:
            wait_until("the second process to say the file is open already, or to refuse it", refused)
        except StepFailure:
            shown = [name(t) for t in second.toplevels() if has_state(t, "showing")]
            raise StepFailure(f"the second process shows {shown} and can save over the first one's work")

    with run.scenario("the same file in two processes"):
        run.step("same file twice: a second process does not silently open a file already open", twice,
                 known="same-file")


def scenario_export(run):
    home = Home(run, "export")
    path = run.fixture(home, "assessment-partial.scorebook")
    p = {}

    def export(item, basename, magic):
        if "app" not in p:
            p["app"], _ = fresh_window(run, home, path, label="export")
        app = p["app"]
        target = home.file(basename)
        wait_until("the main window to have the keyboard focus", lambda: has_state(app.window(), "active"))
        menu = app.wait("the main menu button", within=app.window(), role_=("push button", "toggle button"),
                        name_re=r"^(Main Menu|主菜单)$")
        # As a screen reader opens it: the button's action (GTK 4.8 puts an inner toggle button,
        # the one that acts, inside the menu button).
        inner = next((n for n in children(menu) if role(n) in ("push button", "toggle button")), menu)
        activate(inner)
        app.wait("the main menu open, with an item focused", role_="menu item", state="focused")
        entry = app.wait(f"{item} in the main menu", role_="menu item", name_re=item)
        # Through the keyboard, as the menu is a popup of its own: down to the item, then Enter.
        for _ in range(20):
            if has_state(entry, "focused"):
                break
            before = app.focused()
            key("Down")
            wait_until("Down to move in the main menu", lambda: app.focused() != before)
        check(has_state(entry, "focused"), f"{item} never got the focus in the main menu")
        key("Return")
        chooser = app.dialog("the export file chooser", role_="text", name_re=r"^Name")
        field = app.wait_focused("the file name field", within=chooser, role_="text")
        key("ctrl+a")
        type_text(field, target)
        key("Return")
        wait_until(f"{target} on disk", lambda: os.path.exists(target) and os.path.getsize(target) > 0)
        with open(target, "rb") as f:
            start = f.read(len(magic))
        check(start == magic, f"{basename} starts with {start!r}, not {magic!r}")
        app.window()

    with run.scenario("export"):
        run.step("export: PDF through the main menu", lambda: export(r"^Export PDF", "summary.pdf", b"%PDF"))
        run.step("export: CSV through the main menu", lambda: export(r"^Export CSV", "summary.csv", b""))


SCENARIOS = {
    "start": scenario_start,
    "navigate": scenario_navigate,
    "examiner": scenario_examiner,
    "autosave": scenario_autosave_one_change,
    "restore-saved": lambda run: scenario_restore(run, True),
    "restore-new": lambda run: scenario_restore(run, False),
    "bad-png": lambda run: scenario_bad_file(run, "a PNG", a_png),
    "bad-truncated": lambda run: scenario_bad_file(run, "a truncated .scorebook", truncated),
    "discard": scenario_close_without_saving,
    "twice": scenario_same_file_twice,
    "export": scenario_export,
}

def inside(args):
    sys.stdout = os.fdopen(int(os.environ["SB_E2E_TAP_FD"]), "w", buffering=1, encoding="utf-8")
    run = Run(args)
    wm = start_window_manager(run)
    try:
        for label, scenario in SCENARIOS.items():
            if not run.only or label in run.only:
                scenario(run)
    finally:
        wm.terminate()
        wm.wait()
    print(f"# logs and failure screenshots: {run.log_dir}")
    return run.finish()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-root", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--log-dir", help="where failures leave screenshots (default: BUILD/meson-logs/e2e)")
    parser.add_argument("only", nargs="*", help=f"scenarios to run, of: {' '.join(SCENARIOS)}")
    args = parser.parse_args()
    if os.environ.get("SB_E2E_INSIDE") != "1":
        return outside(sys.argv[1:])
    return inside(args)


if __name__ == "__main__":
    sys.exit(main())
