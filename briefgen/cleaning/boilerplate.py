"""What surrounds an article but is not part of it: datelines, bylines, credits, footers.

The patterns are data (`briefgen/data/boilerplate.yaml`), extended by the user's own
files; this module loads them and answers, for one block of text, which kind it is.
Blocks are matched in a Simplified form (OpenCC), so one pattern serves both scripts.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from briefgen.chinese import to_simplified
from briefgen.cleaning.metadata import PublisherError
from briefgen.cleaning.text import drop_bracketed

KINDS = ("dateline", "byline", "tail", "end", "credit", "bio", "copyright", "promo",
         "disclaimer", "footer", "player", "further", "trailer", "signature", "gallery")
DROPPED = ("copyright", "promo", "disclaimer", "footer", "player")
BYLINE_GROUPS = {"date", "author", "source"}

CAPTION_MARK = re.compile(r"^[▲△▼►▶●■◆◇□※\s]+")
# A run of spaces is entered only at its start ((?<!\s)) and never given back (\s*+): the
# same matches as a plain \s*, in linear time on a long run of spaces.
CAPTION_CREDIT = re.compile(
    r"(?:[（(]|(?<!\s))\s*+(?:图|图片|图源|摄影|摄|照片|资料图|来源|Photo|photo)\s*+[/／:：|｜丨]\s*+"
    r"[^\s。）)]{1,20}\s*+[）)]?(?:\s*+photo)?\s*+$|(?<!\s)\s++photo\s*+$"
    r"|(?<!\s)\s*+[（(][^（）()]{1,20}(?:\s?摄|供图)[）)]\s*+$")


class BoilerplateError(PublisherError):
    """A boilerplate file that cannot be used; the message names the file, kind and entry.
    (A kind of PublisherError: both are bad knowledge files, reported the same way.)"""


def _compile(kind: str, pattern: object, where: str) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern:
        raise BoilerplateError(f"{where}: expected a regular expression (a string)")
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise BoilerplateError(f"{where}: not a valid regular expression: {error}") from error
    if kind == "byline" and not set(compiled.groupindex) & BYLINE_GROUPS:
        raise BoilerplateError(f"{where}: a byline pattern needs a named group "
                               "(?P<date>…), (?P<author>…) or (?P<source>…)")
    return compiled


def _load(text: str, origin: str) -> dict[str, list[re.Pattern]]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        raise BoilerplateError(f"{origin}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise BoilerplateError(f"{origin}: expected a mapping of kind to a list of patterns")
    rules: dict[str, list[re.Pattern]] = {}
    for kind, patterns in data.items():
        if kind not in KINDS:
            raise BoilerplateError(f"{origin}: {kind}: unknown kind; expected one of "
                                   + ", ".join(KINDS))
        if not isinstance(patterns, list):
            raise BoilerplateError(f"{origin}: {kind}: expected a list of patterns")
        rules[kind] = [_compile(kind, p, f"{origin}: {kind}[{n}]") for n, p in enumerate(patterns)]
    return rules


@dataclass
class Byline:
    date: str | None
    authors: list[str]
    source: str | None


class Boilerplate:
    """The built-in boilerplate patterns, extended by the user's files."""

    def __init__(self, extra_files: list[str | Path] = ()) -> None:
        builtin = resources.files("briefgen").joinpath("data/boilerplate.yaml").read_text("utf-8")
        self.rules = {kind: [] for kind in KINDS}
        for kind, patterns in _load(builtin, "built-in boilerplate").items():
            self.rules[kind] += patterns
        env = os.environ.get("BRIEFGEN_BOILERPLATE")
        for path in ([env] if env else []) + list(extra_files):
            try:
                text = Path(path).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise BoilerplateError(f"{path}: cannot read: "
                                       f"{getattr(error, 'strerror', None) or error}") from error
            for kind, patterns in _load(text, str(path)).items():
                self.rules[kind] += patterns

    def search(self, kind: str, text: str) -> re.Match | None:
        for pattern in self.rules[kind]:
            match = pattern.search(text)
            if match:
                return match
        return None

    def is_(self, kind: str, text: str) -> bool:
        return self.search(kind, to_simplified(text)) is not None

    def dropped(self, text: str) -> bool:
        folded = to_simplified(text)
        return any(self.search(kind, folded) for kind in DROPPED)

    def byline(self, text: str) -> Byline | None:
        """The names, time and source of a byline block, or None if `text` is not one."""
        if len(text) > 120:
            return None
        folded = to_simplified(text)
        for pattern in self.rules["byline"]:
            match = pattern.fullmatch(folded.strip())
            if match and any(match.groupdict().values()):
                groups = match.groupdict()
                return Byline(groups.get("date"), _names(groups.get("author") or ""),
                              groups.get("source"))
        return None

    def strip_dateline(self, text: str) -> tuple[str, list[str]]:
        """The paragraph without the datelines in front of it, and those datelines."""
        found = []
        for _ in range(3):
            folded = to_simplified(text)
            match = None
            for pattern in self.rules["dateline"]:
                match = pattern.match(folded)
                if match and match.end() > 0:
                    break
                match = None
            if not match or len(folded) != len(text):
                break
            found.append(text[:match.end()].strip(" -–—:："))
            text = text[match.end():].lstrip(" -–—:：")
        return text, found

    def strip_tail(self, text: str) -> tuple[str, list[str], bool]:
        """The paragraph without credits and an end marker at its end; those credits; and
        whether an end marker closed it."""
        credits, ended = [], False
        for _ in range(3):
            folded = to_simplified(text)
            if len(folded) != len(text):
                break
            end = self.search("end", folded)
            if end and end.end() == len(folded.rstrip()):
                text, ended = text[:end.start()].rstrip(), True
                continue
            tail = self.search("tail", folded)
            if tail and tail.end() == len(folded.rstrip()) and tail.start() > 0:
                credits.insert(0, text[tail.start():].strip())
                text = text[:tail.start()].rstrip()
                continue
            break
        return text, credits, ended

    def strip_signature(self, text: str) -> tuple[str, str | None]:
        """The last paragraph without the reporter's name in brackets closing it, and that name."""
        folded = to_simplified(text)
        match = self.search("signature", folded)
        if not match or len(folded) != len(text) or match.end() != len(folded.rstrip()) \
                or match.start() == 0:
            return text, None
        return text[:match.start()].rstrip(), text[match.start():].strip()


NAME_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:[,，、/;；]|\band\b|和)\s*+")  # spaces entered at their start
NOT_A_NAME = re.compile(r"综合报道|报道|撰稿|记者|作者|文\s*+[/／:：]")  # and what is in brackets


def _names(text: str) -> list[str]:
    """Author names of a byline, each once: 'HARI KUMAR,HARI KUMAR' is one name."""
    names: list[str] = []
    # Brackets go first, as a mark no pattern reads (文（…）/ is not 文/), then a space.
    text = NOT_A_NAME.sub(" ", drop_bracketed(text, "\x00")).replace("\x00", " ")
    for name in NAME_SPLIT.split(text):
        name = name.strip(" ·:：")
        if name and name not in names and len(name) <= 40:
            names.append(name)
    return names


@functools.cache
def builtin() -> Boilerplate:
    return Boilerplate()


# A picture's text that says only that it is a picture (an alt text of 图片, 资料图)
GENERIC_CAPTION = re.compile(r"(?:图片|图|资料图片?|资料照片?|资料|配图|照片|截图|视频截图|网络图片|"
                             r"示意图|image|photo|picture|img)\d{0,3}[。.]?", re.I)


def clean_caption(text: str) -> str:
    """A picture's text without marks and credits; empty when it names no more than a picture."""
    text = CAPTION_MARK.sub("", text.strip())
    previous = None
    while previous != text:
        previous, text = text, CAPTION_CREDIT.sub("", text).strip()
    return "" if GENERIC_CAPTION.fullmatch(text) else text
