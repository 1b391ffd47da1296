"""Running ``run_pipeline.py`` in a watched subprocess: exit code, stderr, wall clock, peak RSS,
files opened by Python outside the input, network attempts (Python audit hooks and a listener)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]

# Runs the command in its own session, kills the whole group on timeout, and reports the peak RSS
# of the command and its workers (RUSAGE_CHILDREN: the largest descendant that was waited for).
_MEASURE = r"""
import json, os, resource, signal, subprocess, sys, time
timeout, report, command = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
start = time.perf_counter()
proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
try:
    out, err = proc.communicate(timeout=timeout)
    timed_out = False
except subprocess.TimeoutExpired:
    os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    timed_out = True
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
with open(report, "w") as handle:
    json.dump({"returncode": proc.returncode, "timed_out": timed_out, "seconds": seconds, "peak_mb": peak_mb,
               "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace")}, handle)
"""

# Installed as sitecustomize in the watched process (and inherited by its workers): logs every
# Python-level open of a watched path and every socket/URL call.
_AUDIT = r"""
import os, sys
_log = os.environ.get("HOSTILE_AUDIT_LOG")
_watch = tuple(p for p in os.environ.get("HOSTILE_WATCH", "").split(os.pathsep) if p)
_NET = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto", "urllib.Request",
        "http.client.connect", "ftplib.connect", "smtplib.connect"}

def _note(line):
    with open(_log, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")

def _hook(event, args):
    if event in _NET:
        if event in ("socket.connect", "socket.sendto") and not isinstance(args[-1], tuple):
            return  # a Unix socket (multiprocessing): not the network
        _note(f"{event} {args!r}")
    elif event == "open" and _watch and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.realpath(os.fsdecode(args[0]))
        if path.startswith(_watch):
            _note(f"open {path}")

if _log:
    sys.addaudithook(_hook)
"""


@dataclass
class Run:
    returncode: int
    timed_out: bool
    seconds: float
    peak_mb: float
    stdout: str
    stderr: str
    audit: list[str]
    output: Path

    def records(self) -> pd.DataFrame:
        return read_csv(self.output / "records.csv")

    def errors(self) -> pd.DataFrame:
        return read_csv(self.output / "errors.csv")

    def info(self) -> dict:
        return json.loads((self.output / "run.json").read_text(encoding="utf-8"))


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV output exactly as written: every cell a string, nothing read as NaN."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig")


def run_pipeline(
    input: Path,
    output: Path,
    *options: str,
    watch: tuple[Path, ...] = (),
    timeout: float = 240,
    workers: int = 2,
) -> Run:
    """``python run_pipeline.py`` on ``input`` in a measured, watched subprocess."""
    work = output.parent / f".{output.name}-watch"
    work.mkdir(parents=True, exist_ok=True)
    (work / "sitecustomize.py").write_text(_AUDIT, encoding="utf-8")
    audit_log = work / "audit.log"
    report = work / "report.json"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(work), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["HOSTILE_AUDIT_LOG"] = str(audit_log)
    env["HOSTILE_WATCH"] = os.pathsep.join(os.path.realpath(p) for p in watch)
    env["PYTHONIOENCODING"] = "utf-8"
    command = [
        sys.executable,
        str(ROOT / "run_pipeline.py"),
        "--input",
        str(input),
        "--output",
        str(output),
        "--workers",
        str(workers),
        "--no-progress",
        *options,
    ]
    subprocess.run(
        [sys.executable, "-c", _MEASURE, str(timeout), str(report), *command],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=timeout + 60,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    audit = audit_log.read_text(encoding="utf-8").splitlines() if audit_log.exists() else []
    return Run(**result, audit=audit, output=output)


class Listener:
    """A TCP server on 127.0.0.1 that counts connections: the URL in hostile pages points here."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.server.close()
