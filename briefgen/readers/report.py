"""Text extracted from PDF reports: masthead, title, headings, body, author line, colophon.

Extraction breaks paragraphs at page ends; the breaks are joined in cleaning,
which knows sentence ends. Here the report's parts are told apart.
"""

from __future__ import annotations

import re

from briefgen.model import Block, RawDocument

ISSUE = re.compile(r"^(\d{4})\s*年\s*第\s*(\d+)\s*期$")
ISSUE_TOTAL = re.compile(r"^总\s*第\s*(\d+)\s*期$")
PAGE_NUMBER = re.compile(r"^[-—–－\s]*\d{1,3}[-—–－\s]*$")
NUMBERED_HEADING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分])")
COLOPHON_START = re.compile(r"^(主\s*编|副主编|执行副主编|主\s*办|联系人|电\s*话|报\s*送|交\s*换|抄\s*送|印\s*发)\s*[：:]")
AUTHOR_LINE = re.compile(r"^[（(]\s*(撰写|执笔|作者|撰稿)\s*[：:]")
PUBLISHER_LINE = re.compile(r"(研究院|研究所|研究室|研究部|研究中心|学院|大学|中心|研究会|协会|"
                            r"委员会|智库|办公室|编辑部)$")


def _strip_marks(line: str) -> tuple[int, str]:
    match = re.match(r"^(#{1,6})\s+", line)
    return (len(match[1]), line[match.end():].strip()) if match else (0, line.strip())


class ReportReader:
    name = "report"

    def sniff(self, text: str, path: str) -> int:
        head = [_strip_marks(line)[1] for line in text[:4000].splitlines()[:40]]
        if any(ISSUE.match(line) or ISSUE_TOTAL.match(line) for line in head):
            return 95
        return 70 if "\f" in text[:20000] else 0

    def read(self, text: str, path: str) -> list[RawDocument]:
        chunks = ["\n".join(line.strip() for line in chunk.split("\n")).strip()
                  for chunk in re.split(r"\n\s*\n|\f", text)]
        extra: dict[str, str] = {}
        publishers: list[str] = []
        title = None
        blocks: list[Block] = []
        in_masthead = True
        # Where extraction kept heading marks, the title is marked and publishers are not.
        marked = re.search(r"^#{1,6}\s", text, re.M) is not None
        for chunk in filter(None, chunks):
            level, line = _strip_marks(chunk.replace("\n", ""))
            if in_masthead:
                if ISSUE.match(line):
                    extra["issue"] = re.sub(r"\s+", "", line)
                elif ISSUE_TOTAL.match(line):
                    extra["issue_total"] = re.sub(r"\s+", "", line)
                elif not extra:
                    extra["series"] = line  # the masthead's first line names the series
                elif level == 0 and len(line) <= 30 and (marked or PUBLISHER_LINE.search(line)):
                    publishers.append(line)
                else:
                    title, in_masthead = line, False
                continue
            if line == extra.get("series") or COLOPHON_START.match(line):
                break  # the colophon: editors, contacts, distribution; not the article
            if PAGE_NUMBER.match(line):
                continue
            if AUTHOR_LINE.match(line):
                blocks.append(Block("credit", line))
            elif level or (NUMBERED_HEADING.match(line) and len(line) <= 40):
                blocks.append(Block("heading", line))
            else:
                blocks.append(Block("paragraph", line))
        return [RawDocument(source_path=path, format=self.name, blocks=blocks, title=title,
                            publisher=publishers[0] if publishers else None,
                            extra={**extra, "publishers": publishers} if publishers else extra)]
