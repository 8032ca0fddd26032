"""An installed briefgen (`pip install .`, not editable) carries every package of the source."""

import tomllib

from conftest import ROOT


def test_every_package_of_the_source_is_installed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "briefgen").rglob("__init__.py")}
    assert found - listed == set()
