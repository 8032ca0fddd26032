"""The systemd example units: `systemd-analyze verify` accepts them (with this checkout's
paths), they bound a run's time and memory, and a failure reaches someone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.corpus import Corpus
from conftest import ROOT

UNITS = ROOT / "examples" / "systemd"
BINARY = Path(sys.executable).with_name("briefgen")
NOTIFY = UNITS / "notify-failure"


def installed(folder: Path) -> list[Path]:
    """The units as they would be installed here: the binary and script of this checkout."""
    paths = []
    for unit in sorted(UNITS.glob("*.service")) + sorted(UNITS.glob("*.timer")):
        text = unit.read_text("utf-8").replace("/opt/briefgen/.venv/bin/briefgen", str(BINARY))
        text = text.replace("/opt/briefgen/examples/systemd/notify-failure", str(NOTIFY))
        paths.append(folder / unit.name)
        paths[-1].write_text(text, "utf-8")
    # the failure unit as OnFailure= starts it, an instance named after the failed unit
    instance = folder / "briefgen-digest-failure@briefgen-digest.service.service"
    shutil.copy(folder / "briefgen-digest-failure@.service", instance)
    return [*paths, instance]


def verify(paths: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(["systemd-analyze", "verify", *map(str, paths)], capture_output=True,
                          text=True, timeout=60)


def directives(unit: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in unit.read_text("utf-8").splitlines()
                if "=" in line and not line.startswith("#"))


def test_the_service_bounds_its_run_and_reports_failures():
    service = directives(UNITS / "briefgen-digest.service")
    assert service["TimeoutStartSec"] and service["MemoryMax"]
    failure = service["OnFailure"].replace("%n", "briefgen-digest.service")
    template = failure.split("@")[0] + "@.service"
    assert (UNITS / template).is_file()
    assert "--json" in service["ExecStart"]
    assert os.access(NOTIFY, os.X_OK)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                    reason="systemd-analyze is not installed (apt-get install systemd)")
def test_systemd_analyze_verifies_the_example_units(tmp_path):
    assert BINARY.is_file()
    paths = installed(tmp_path)
    result = verify(paths)
    assert result.returncode == 0, result.stderr
    assert "briefgen" not in result.stderr, result.stderr
    # and it would have said so: the same units with a binary that does not exist
    broken = tmp_path / "broken"
    broken.mkdir()
    [service] = [p for p in installed(broken) if p.name == "briefgen-digest.service"]
    service.write_text(service.read_text("utf-8").replace(str(BINARY), "/nonexistent/briefgen"))
    assert verify([service]).returncode != 0


def test_the_failure_script_mails_the_status_and_the_log(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    mailer = bin_dir / "sendmail"
    mailer.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path}/args\ncat > {tmp_path}/mail\n")
    mailer.chmod(0o755)
    with Corpus(tmp_path / "corpus.db"):
        pass  # a corpus no digest ran on yet
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "ALERT_TO": "ops@example.org",
           "BRIEFGEN": str(BINARY), "BRIEFGEN_SPEC": str(ROOT / "briefs" / "weekly.yaml"),
           "BRIEFGEN_DB": str(tmp_path / "corpus.db")}
    result = subprocess.run([str(NOTIFY), "briefgen-digest.service"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    mail = (tmp_path / "mail").read_text()
    assert mail.startswith("To: ops@example.org\nSubject: briefgen: briefgen-digest.service "
                           "failed on ")
    assert "problem: no successful run recorded" in mail  # what `digest status` says
