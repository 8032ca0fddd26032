"""Writers render a `Brief` into files; every file is written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from briefgen.model import Brief


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file would be
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def brief_json(brief: Brief) -> bytes:
    return (json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


WRITERS = {"json": brief_json}
