"""Markdown articles with images, captions and credit lines."""

from __future__ import annotations

import re

from briefgen.model import Block, RawDocument
from briefgen.readers.decoding import UnreadableFile
from briefgen.readers.htmlblocks import is_bold_heading, html_to_blocks

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Each class excludes its own opener too, so a scan from one opener stops at the next: linear
# time on hostile input (thousands of unclosed "![" or "_").
BOLD_LINE = re.compile(r"(\*\*|__)([^*_\n]+)\1")
IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
LINK = re.compile(r"(?<!!)\[([^\[\]]*)\]\([^()]*\)")
EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=[^\s*_])([^*_]+?)(?<=\S)\1")
# YAML front matter (Jekyll, Hugo): between a first line of --- and the next line of ---.
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
FRONT_MATTER_TITLE = re.compile(r"^title[ \t]*:[ \t]*+(\S.*)$", re.M)
CJK_END = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$")
CJK_START = re.compile(r"^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def join_lines(lines: list[str]) -> str:
    """Soft line breaks: nothing between CJK characters, a space elsewhere."""
    text = ""
    for line in (line.strip() for line in lines):
        if text and line and not (CJK_END.search(text) or CJK_START.match(line)):
            text += " "
        text += line
    return text


def inline_text(text: str) -> str:
    text = LINK.sub(r"\1", text)
    if "<" in text and ">" in text:
        text = "\n".join(block.text for block in html_to_blocks(text))
    previous = None
    while previous != text:
        previous, text = text, EMPHASIS.sub(r"\2", text)
    return text.strip()


def caption_text(text: str) -> str:
    text = text.strip().strip("_*").strip()
    return inline_text(text)


def _front_matter_title(text: str) -> str | None:
    """The `title:` line of a front matter block (read as a line, not parsed as YAML: a
    hostile block must not cost more than a look at its lines)."""
    line = FRONT_MATTER_TITLE.search(text)
    title = line[1].strip().strip("'\"").strip() if line else ""
    return title or None


class MarkdownReader:
    name = "markdown"

    def sniff(self, text: str, path: str) -> int:
        lines = text[:20000].splitlines()
        score = 0
        if any(HEADING.match(line) for line in lines):
            score += 30
        if IMAGE.search(text[:20000]):
            score += 30
        if path.lower().endswith((".md", ".markdown")):
            score += 20
        return score

    def read(self, text: str, path: str) -> list[RawDocument]:
        title = None
        blocks: list[Block] = []
        front = FRONT_MATTER.match(text)
        if front:
            title = _front_matter_title(front[1])
            text = text[front.end():]
            if not text.strip():
                raise UnreadableFile("only front matter (between the --- lines): "
                                     "no article text below it")
        for chunk in re.split(r"\n\s*\n", text):
            lines = [line for line in chunk.splitlines() if line.strip()]
            if not lines:
                continue
            heading = HEADING.match(lines[0])
            if heading and len(lines) == 1:
                level, words = len(heading[1]), inline_text(heading[2])
                if level == 1 and title is None:
                    title = words
                else:
                    blocks.append(Block("heading", words))
                continue
            joined = "\n".join(lines)
            image = IMAGE.search(joined)
            if image:
                blocks.append(Block("image", image[1]))
                rest = IMAGE.sub("", joined).strip()
                if rest:
                    blocks.append(Block("caption", caption_text(join_lines(rest.splitlines()))))
                continue
            if blocks and blocks[-1].kind == "image" and re.fullmatch(r"([*_]).+\1", joined, re.S):
                blocks.append(Block("caption", caption_text(join_lines(lines))))
                continue
            bold = BOLD_LINE.fullmatch(joined.strip())
            if bold and is_bold_heading(inline_text(bold[2])):  # **中国频繁军演** alone
                blocks.append(Block("heading", inline_text(bold[2])))
                continue
            blocks.append(Block("paragraph", inline_text(join_lines(lines))))
        return [RawDocument(source_path=path, format=self.name, title=title, blocks=blocks)]
