"""constraints.txt: the tested versions ``make install`` installs, within the
ranges of pyproject.toml, and ``scripts/freeze.py`` that writes it."""

from __future__ import annotations

import importlib.util
from importlib.metadata import requires, version
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def locked() -> dict[str, Requirement]:
    lines = (ROOT / "constraints.txt").read_text().splitlines()
    pins = [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]
    return {canonicalize_name(pin.name): pin for pin in pins}


def freeze_module():
    spec = importlib.util.spec_from_file_location("freeze", ROOT / "scripts" / "freeze.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lock_pins_the_dictionary_and_the_renderer_exactly():
    pins = locked()
    for name in ("sudachidict-core", "sudachipy", "textual", "rich", "pytest-textual-snapshot"):
        [spec] = pins[name].specifier
        assert spec.operator == "==", name


def test_every_locked_version_is_in_the_range_pyproject_allows():
    pins = locked()
    for line in requires("kiji-tui"):
        dependency = Requirement(line)
        name = canonicalize_name(dependency.name)
        assert name in pins, f"{name} is not in constraints.txt: run make lock (then make test)"
        pin = pins[name]
        [spec] = pin.specifier
        assert dependency.specifier.contains(spec.version, prereleases=True), (dependency, pin)


def test_this_environment_has_the_locked_versions():
    """What `make install` promises: the suite runs on the tested versions."""
    for name, pin in locked().items():
        if pin.marker is None or pin.marker.evaluate():
            [spec] = pin.specifier
            assert version(name) == spec.version, f"{name} {version(name)} is installed, {spec.version} is locked"


def test_freeze_marks_a_release_that_no_longer_runs_on_the_oldest_python():
    freeze = freeze_module()
    line = freeze.constraint("hypothesis", "6.170.17", ">=3.11", Version("3.10"))
    assert line == 'hypothesis==6.170.17 ; python_full_version >= "3.11"'
    marker = Marker(line.split(" ; ")[1])
    assert not marker.evaluate({"python_full_version": "3.10.13"})
    assert marker.evaluate({"python_full_version": "3.11.7"})
    assert freeze.constraint("textual", "8.2.8", ">=3.9,<4.0", Version("3.10")) == "textual==8.2.8"
    assert freeze.constraint("mdurl", "0.1.2", None, Version("3.10")) == "mdurl==0.1.2"


def test_freeze_reads_the_oldest_python_from_requires_python():
    assert freeze_module().oldest_python(">=3.10") == Version("3.10")
