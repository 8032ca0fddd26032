"""Reading a YAML file a user wrote, refusing with file, line and column what would
otherwise end in a traceback: too large, not UTF-8, characters YAML forbids, nesting deep
enough to exhaust the stack."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import yaml

from briefgen import limits


class SpecError(Exception):
    """Everything wrong with a spec, one problem a line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


# Characters YAML refuses (C0 and C1 controls but tab and line breaks, surrogates, FFFE/FFFF).
NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_text(path: Path, limit: int, key: str | None = None) -> str:
    """A text file's content, or a `SpecError` saying why it cannot be read (`key`: the
    spec key that named the file)."""
    where = f"{key}: {path}" if key else str(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # /dev/zero, a fifo, a folder: never ends or waits
            raise SpecError([f"{where}: not a regular file; name a text file"])
        size = status.st_size
        if size > limit:
            raise SpecError([f"{where}: {size / 1024:.0f} KiB is too large; at most "
                             f"{limit // 1024} KiB is read, split or trim the file"])
        data = path.read_bytes()
    except OSError as error:
        what = f"{key}: cannot read {path}" if key else f"{path}: cannot read"
        raise SpecError([f"{what}: {error.strerror or error}"]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise SpecError([f"{where}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x}); "
                         f"save it as UTF-8"]) from None


def compose(text: str, source: str) -> yaml.Node | None:
    """The YAML node tree, refusing what YAML or briefgen cannot take with line and column:
    forbidden characters, and nesting deeper than any spec needs (which would exhaust the
    stack while composing)."""
    bad = NOT_YAML.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise SpecError([f"{source}:{line}:{column}: not valid YAML: the character "
                         f"U+{ord(bad[0]):04X} is not allowed; remove it"])
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        depth = 0
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > limits.MAX_SPEC_DEPTH:
                    mark = event.start_mark
                    raise SpecError([f"{source}:{mark.line + 1}:{mark.column + 1}: nested "
                                     f"more than {limits.MAX_SPEC_DEPTH} levels deep; a spec "
                                     f"needs at most a few"])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
        return yaml.compose(text, Loader=loader)
    except yaml.YAMLError as error:
        if "nesting depth" in str(error):  # libyaml's own limit, met while scanning ahead
            mark = getattr(error, "problem_mark", None)
            where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
            raise SpecError([f"{where}: nested more than {limits.MAX_SPEC_DEPTH} levels deep; "
                             f"a spec needs at most a few"]) from None
        if loader is not yaml.SafeLoader:  # libyaml is fast; PyYAML's messages say more
            try:
                for _ in yaml.parse(text, Loader=yaml.SafeLoader):
                    pass
            except yaml.YAMLError as explained:
                error = explained
        mark = getattr(error, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SpecError([f"{where}: not valid YAML: {problem}"])
