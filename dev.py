#!/usr/bin/env python3
"""Set up and run Lá Lành from a checkout: the README's two commands.

    python3 dev.py run  [ARGS...]   # install what is missing, then open the app (ARGS go to lalanh)
    python3 dev.py test [ARGS...]   # install what is missing, then lint, check translations, pytest

On Windows: `py dev.py run` / `py dev.py test`.

What it does, each step skipped when already done (a second run takes well under a second
before the app or the tests start):
1. Debian/Ubuntu: installs the system libraries Qt needs (and, for `test`, Xvfb and
   poppler-utils, zbar-tools, age, postgresql) with apt-get, as root or through sudo; presence is checked with dpkg-query.
2. Creates `.venv` in the repository (again, if it is broken or too old a Python).
3. `pip install -e .[test]`, only when pyproject.toml changed since the last install
   (its hash is kept in .venv/lalanh-install.stamp).

Standard library only, and kept runnable by older Pythons (Ubuntu 22.04's python3 is 3.10):
it finds or installs a Python >= 3.11 for the virtual environment itself.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(ROOT, ".venv")
STAMP = os.path.join(VENV, "lalanh-install.stamp")
WINDOWS = os.name == "nt"
MIN_PYTHON = (3, 11)

RUN_PACKAGES = [
    "libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libglib2.0-0", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0", "libxcb-render0",
    "libxcb-shape0", "libxcb-util1", "libxcb-xkb1",
]  # fmt: skip
# postgresql: the server the reports' tests start a throw-away copy of (tests/pg.py).
TEST_PACKAGES = RUN_PACKAGES + ["xvfb", "xauth", "poppler-utils", "zbar-tools", "age", "postgresql"]


def say(text):
    print(text, flush=True)


def fail(text, code=1):
    print("dev.py: " + text, file=sys.stderr, flush=True)
    sys.exit(code)


# --- system packages (Debian / Ubuntu) ----------------------------------------------


def is_debian_like():
    return (
        sys.platform.startswith("linux")
        and os.path.exists("/etc/debian_version")
        and shutil.which("apt-get") is not None
        and shutil.which("dpkg-query") is not None
    )


def installed_packages(names):
    """The subset of `names` dpkg knows as installed (t64-renamed libraries count too)."""
    queried = list(names) + [n + "t64" for n in names]  # Ubuntu 24.04+/Debian 13 renames
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Status}\n"] + queried,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    present = set()
    for line in proc.stdout.splitlines():
        parts = line.split()  # e.g. "libgl1 install ok installed"
        if len(parts) == 4 and parts[3] == "installed":
            name = parts[0].split(":")[0]
            present.add(name[:-3] if name.endswith("t64") and name[:-3] in names else name)
    return present


def apt_command():
    """How to run apt-get here: directly as root, through sudo, or not at all (None)."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo"):
        return ["sudo"]
    return None


def apt_install(packages):
    prefix = apt_command()
    if prefix is None:
        say("Missing system packages: " + " ".join(packages))
        say("Install them as root: apt-get install " + " ".join(packages))
        return False
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if prefix:  # sudo resets the environment; pass the one variable apt needs
        prefix = prefix + ["env", "DEBIAN_FRONTEND=noninteractive"]
    quiet = ["-q", "-o", "DPkg::Lock::Timeout=300"]
    stdin = None if prefix else subprocess.DEVNULL  # sudo may need to ask for a password
    say("Installing system packages… (" + " ".join(packages) + ")")
    update = subprocess.run(
        prefix + ["apt-get"] + quiet + ["update"], env=env, stdin=stdin, stdout=subprocess.DEVNULL
    )
    if update.returncode != 0:
        say("apt-get update failed; trying to install anyway")
    install = subprocess.run(
        prefix
        + ["apt-get"]
        + quiet
        + ["install", "-y", "--no-install-recommends"]
        + list(packages),
        env=env,
        stdin=stdin,
        stdout=subprocess.DEVNULL,
    )
    if install.returncode != 0:  # offline, say: go on, the libraries may be there anyway
        say(f"apt-get install failed (exit {install.returncode}); continuing without them")
        return False
    return True


def ensure_system_packages(packages):
    if not is_debian_like():
        return
    missing = [p for p in packages if p not in installed_packages(packages)]
    if missing:
        apt_install(missing)


# --- Python and the virtual environment ---------------------------------------------


def venv_python():
    if WINDOWS:
        return os.path.join(VENV, "Scripts", "python.exe")
    return os.path.join(VENV, "bin", "python")


def venv_script(name):
    if WINDOWS:
        return os.path.join(VENV, "Scripts", name + ".exe")
    return os.path.join(VENV, "bin", name)


def python_version(executable):
    """(major, minor) of an interpreter, or None if it does not run."""
    try:
        out = subprocess.run(
            [executable, "-c", "import sys; print('%d %d' % sys.version_info[:2])"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    try:
        major, minor = out.stdout.split()
        return int(major), int(minor)
    except ValueError:
        return None


def debian_venv_packages(executable):
    """Packages that `python -m venv` needs for a Debian/Ubuntu system Python, else []."""
    real = os.path.realpath(executable)
    if not (is_debian_like() and real.startswith("/usr/bin/python3")):
        return []
    version = python_version(executable)
    if version is None:
        return []
    # Debian strips ensurepip's wheels out of the standard library: python3.X-venv has them.
    wanted = [f"python{version[0]}.{version[1]}-venv"]
    if real == os.path.realpath("/usr/bin/python3"):
        wanted.insert(0, "python3-venv")
    return wanted


def can_make_venvs(executable):
    code = "import ensurepip, venv"
    result = subprocess.run(
        [executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return result.returncode == 0


def find_base_python():
    """A Python >= 3.11 to build the virtual environment with."""
    if sys.version_info[:2] >= MIN_PYTHON:
        return sys.executable
    for name in ("python3.13", "python3.12", "python3.11"):
        path = shutil.which(name)
        if path and (python_version(path) or (0, 0)) >= MIN_PYTHON:
            return path
    if is_debian_like():  # Ubuntu 22.04: python3 is 3.10; python3.11 is in the archive
        ensure_system_packages(["python3.11", "python3.11-venv"])
        path = shutil.which("python3.11")
        if path:
            return path
    fail(
        f"Lá Lành needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; this is "
        f"{sys.version.split()[0]}. Install it (python.org, or your system's packages) and "
        "run this again with it."
    )


def venv_is_healthy():
    if not os.path.exists(os.path.join(VENV, "pyvenv.cfg")):
        return False
    version = python_version(venv_python())
    return version is not None and version >= MIN_PYTHON


def ensure_venv():
    if venv_is_healthy():
        return
    base = find_base_python()
    ensure_system_packages(debian_venv_packages(base))
    if not can_make_venvs(base):
        fail(f"{base} cannot create virtual environments (no venv or ensurepip module)")
    if os.path.exists(VENV):
        say("Recreating .venv (the old one is broken or too old)…")
        shutil.rmtree(VENV)
    else:
        say("Creating .venv…")
    result = subprocess.run([base, "-m", "venv", VENV])
    if result.returncode != 0 or not venv_is_healthy():
        fail(f"could not create .venv with {base}")


def install_fingerprint():
    digest = hashlib.sha256()
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        digest.update(fh.read())
    # The editable install records this checkout's path: moving it means installing again.
    digest.update(ROOT.encode("utf-8"))
    return digest.hexdigest()


def ensure_installed():
    fingerprint = install_fingerprint()
    try:
        with open(STAMP) as fh:
            if fh.read().strip() == fingerprint and os.path.exists(venv_script("lalanh")):
                return
    except OSError:
        pass
    say("Installing Lá Lành and its Python packages into .venv…")
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PIP_REQUIRE_VIRTUALENV", None)
    result = subprocess.run(
        [venv_python(), "-m", "pip", "install", "--quiet", "-e", ".[test]"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    if result.returncode != 0:
        fail(f"pip install failed (exit {result.returncode}); see the messages above")
    with open(STAMP, "w") as fh:
        fh.write(fingerprint + "\n")


def setup(packages):
    started = time.monotonic()
    ensure_system_packages(packages)
    ensure_venv()
    ensure_installed()
    return time.monotonic() - started


# --- commands -------------------------------------------------------------------------


def cmd_run(args):
    seconds = setup(RUN_PACKAGES)
    say(f"Ready in {seconds:.1f} s; starting Lá Lành…")
    lalanh = venv_script("lalanh")
    if WINDOWS:  # os.exec* on Windows does not replace the process: wait for it instead
        return subprocess.call([lalanh] + args, cwd=ROOT)
    sys.stdout.flush()
    os.execv(lalanh, [lalanh] + args)
    return 1  # not reached


def cmd_test(args):
    seconds = setup(TEST_PACKAGES)
    say(f"Ready in {seconds:.1f} s; testing…")
    python = venv_python()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    steps = [
        ("ruff check", [python, "-m", "ruff", "check", "."]),
        ("ruff format", [python, "-m", "ruff", "format", "--check", "."]),
        ("translations", [python, os.path.join("tools", "i18n.py"), "check"]),
        ("pytest", [python, "-m", "pytest", "-q"] + args),
    ]
    failed = {}
    for name, command in steps:  # every step runs, so one report shows every problem
        say("== " + name)
        result = subprocess.call(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
        if result != 0:
            failed[name] = result
    if not failed:
        say("All checks passed.")
        return 0
    if failed.get("pytest") == 5:
        say("pytest collected no tests: that counts as a failure.")
    say("FAILED: " + ", ".join(failed))
    # pytest's own exit code when pytest failed (5, "no tests", becomes 1); else 1.
    pytest_code = failed.get("pytest", 1)
    return 1 if pytest_code == 5 else pytest_code


def main(argv):
    for stream in (sys.stdout, sys.stderr):  # a Windows console may not speak UTF-8
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    commands = {"run": cmd_run, "test": cmd_test}
    if not argv or argv[0] not in commands:
        print(__doc__.strip().split("\n\n")[1])
        return 0 if argv and argv[0] in ("-h", "--help", "help") else 2
    os.chdir(ROOT)
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
