"""Cleaning turns a `RawDocument` into an `Article`: the body, and everything else kept apart."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from briefgen.cleaning.boilerplate import (CAPTION_MARK, Boilerplate, BoilerplateError, builtin,
                                          clean_caption)
from briefgen.cleaning.metadata import (Publisher, PublisherTable, authors_from_credit,
                                        detect_language, in_local_time, parse_dateline)
from briefgen.cleaning.spam import remove_spam
from briefgen.cleaning.text import (drop_links, ends_sentence, join_broken, looks_like_heading, normalize,
                                    speaker_line,
                                    split_trailing_heading)
from briefgen.model import Article, Block, RawDocument
from briefgen.readers.decoding import UnreadableFile

DATELINE_WINDOW = 4  # a page's date line sits among its first blocks
TAIL_WINDOW = 4  # bylines and author bios sit among its last blocks
DATELINE_PARAGRAPHS = 2  # a dateline opens the first or second paragraph
HEADLINE = 40  # a line of a headline list: this short, ending no sentence
HEADLINE_LIST = 3  # so many such lines closing a document are a list of other articles


class EmptyArticle(UnreadableFile):
    """Nothing of the document was left once boilerplate was removed."""


@dataclass
class _Found:
    """What cleaning takes out of the body, for the article's other fields."""

    credits: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None


def _parse_time(text: str, publisher: Publisher | None) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        return parse_dateline(text, publisher)
    return in_local_time(value, publisher)


def _dated(stated: datetime | None, archived: datetime | None,
           publisher: Publisher | None) -> datetime | None:
    """The page's own date wins over an archive's timestamp; but a date line that gives
    only the day (2020年 9月 4日) takes its time from the archive when both name that day."""
    if not stated or not archived:
        return stated or archived
    local = in_local_time(stated, publisher)
    if (local.hour, local.minute, local.second) == (0, 0, 0) and \
            archived.astimezone(local.tzinfo).date() == local.date():
        return archived
    return stated


def _bylines(blocks: list[Block], publisher: Publisher | None, rules: Boilerplate,
             found: _Found) -> list[Block]:
    """Blocks without the byline and date lines among the first and last ones."""
    kept = []
    last = len(blocks) - TAIL_WINDOW
    for i, block in enumerate(blocks):
        if block.kind in ("paragraph", "credit", "caption") and \
                (i < DATELINE_WINDOW or i >= last):
            byline = rules.byline(block.text)
            if byline and byline.date and not byline.authors and kept and \
                    kept[-1] is blocks[i - 1] and kept[-1].kind == "paragraph":
                joined = rules.byline(kept[-1].text + " " + block.text)  # name<br>time
                if joined and joined.authors:
                    byline = joined
                    kept.pop()
            published = _parse_time(byline.date, publisher) if byline and byline.date else None
            if byline and (published or not byline.date):
                found.published = found.published or published
                for name in byline.authors:
                    if OUTLET.search(name):
                        found.credits.append(name)
                    elif name not in found.authors:
                        found.authors.append(name)
                if byline.source:
                    found.credits.append("来源：" + byline.source)
                continue
            if i < DATELINE_WINDOW and block.kind == "paragraph" and not found.published:
                published = parse_dateline(block.text, publisher)
                if published:
                    found.published = published
                    continue
        kept.append(block)
    return kept


OUTLET = re.compile(r"(?:中文网|新闻网|时报|時報|日报|日報|电台|電台|之声|之聲|通讯社|社|》)$")


def _tail_start(blocks: list[Block], rules: Boilerplate) -> int:
    """Where an article's closing furniture may begin: the last few blocks, and before them
    the whole run of credits, bios and footers an article ends with (bios, one a line)."""
    start = len(blocks) - TAIL_WINDOW
    while start > 0:
        text = blocks[start - 1].text
        if blocks[start - 1].kind == "image" or not text or rules.is_("bio", text) or \
                rules.is_("credit", text) or rules.dropped(text):
            start -= 1
        else:
            break
    return start


def _classify(blocks: list[Block], rules: Boilerplate, found: _Found
              ) -> tuple[list[Block], list[str]]:
    """The article's paragraphs and headings in order, and its captions; credits go to `found`."""
    sequence: list[Block] = []
    captions: list[str] = []
    prose_after = _prose_after(blocks)
    ended = False  # a trailer (related articles, comments) closed the article
    skipping_headlines = False  # after a "further reading" link
    in_gallery = False
    tail_from = _tail_start(blocks, rules)
    for i, block in enumerate(blocks):
        text = block.text
        if block.kind == "image" or not text:
            continue
        if block.kind == "caption" and not (rules.is_("credit", text) and len(text) <= 80):
            caption = clean_caption(text)
            if caption:
                captions.append(caption)
            continue
        if block.kind in ("credit", "caption") or rules.is_("credit", text) and len(text) <= 80:
            found.credits.append(CAPTION_MARK.sub("", text) if block.kind == "caption" else text)
            continue
        if i >= tail_from and rules.is_("bio", text):
            found.credits.append(text)
            continue
        if ended:
            continue
        has_body = any(b.kind == "paragraph" for b in sequence)
        if rules.is_("trailer", text) and has_body:
            # A box of other articles ends the article where it closes the page; one placed
            # near the top (more prose after it than before) is skipped like further reading.
            before = sum(len(b.text) for b in sequence if b.kind == "paragraph")
            if prose_after[i + 1] <= before:
                ended = True
            else:
                skipping_headlines = True
            continue
        if rules.is_("further", text):
            skipping_headlines = True
            continue
        if rules.is_("gallery", text) and has_body:
            in_gallery = True
            continue
        if in_gallery:
            if i > 0 and blocks[i - 1].kind == "image":
                caption = clean_caption(text)
                if caption:
                    captions.append(caption)
                continue
            in_gallery = False
        if rules.dropped(text):
            continue
        if skipping_headlines:
            if block.kind == "list_item" or (len(text) <= HEADLINE and not ends_sentence(text)):
                continue
            skipping_headlines = False
        if block.kind == "list_item" and not ends_sentence(text):
            continue  # link lists: headlines of other articles
        if block.kind != "heading":
            text, credits, closed = rules.strip_tail(text)
            found.credits += credits
            # After an end marker only prose is kept: what follows it is furniture or
            # headlines, but a marker in the wrong place must not lose the text after it.
            skipping_headlines = skipping_headlines or closed
            if not text:
                continue
        sequence.append(Block("heading" if block.kind == "heading" else "paragraph", text))
    return sequence, captions


def _prose_after(blocks: list[Block]) -> list[int]:
    """For each position, the characters of running prose from there to the end: paragraphs
    of sentences that follow another such paragraph (a teaser under a headline is not one)."""
    def prose(block: Block) -> bool:
        return block.kind == "paragraph" and ends_sentence(block.text) and len(block.text) > 20

    totals = [0] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        running = i > 0 and prose(blocks[i]) and prose(blocks[i - 1])
        totals[i] = totals[i + 1] + (len(blocks[i].text) if running else 0)
    return totals


def _strip_signature(sequence: list[Block], rules: Boilerplate, found: _Found) -> None:
    """The reporter's name in brackets closing the article (（张三）) goes to the credits."""
    last = next((b for b in reversed(sequence) if b.kind == "paragraph"), None)
    if last is not None:
        last.text, name = rules.strip_signature(last.text)
        if name:
            found.credits.append(name)


def _strip_datelines(sequence: list[Block], rules: Boilerplate, found: _Found) -> list[Block]:
    """The first paragraphs without the agency, outlet or place dateline in front of them
    (a feed may put a summary before the article's own first paragraph)."""
    stripped: list[Block] = []
    paragraphs = 0
    for block in sequence:
        if block.kind == "paragraph" and paragraphs < DATELINE_PARAGRAPHS and \
                not looks_like_heading(block.text):
            paragraphs += 1
            text, datelines = rules.strip_dateline(block.text)
            found.credits += datelines
            if not text:
                continue
            block = Block("paragraph", text)
        stripped.append(block)
    return stripped


RESTATED_TITLE = 0.6  # share of a line's character pairs the title holds: the headline again


def _drop_restated_title(sequence: list[Block], title: str) -> list[Block]:
    """The body without a first line that gives the headline again, in words of its own
    (姚明对周琦说了啥？大魔王上下半场判若两人 under the title 姚明对周琦说了啥？周琦上下半场判若
    两人): it ends no sentence, so it would be joined to the lead and hide the dateline."""
    first = next((i for i, b in enumerate(sequence) if b.kind == "paragraph"), None)
    if first is None or not title:
        return sequence
    line = sequence[first].text
    pairs = {line[i:i + 2] for i in range(len(line) - 1)}
    held = {title[i:i + 2] for i in range(len(title) - 1)}
    if ends_sentence(line) or len(line) > 2 * len(title) or len(pairs) < 4 or \
            len(pairs & held) < RESTATED_TITLE * len(pairs):
        return sequence
    return sequence[:first] + [Block("heading", line)] + sequence[first + 1:]


def _is_headline(block: Block) -> bool:
    return block.kind == "heading" or (not ends_sentence(block.text) and len(block.text) <= HEADLINE)


def _drop_trailing_headlines(sequence: list[Block], least: int = 1) -> list[Block]:
    """Pages end with headlines of unrelated articles: short lines that end no sentence.
    Dropped when at least `least` of them close the document."""
    run = 0
    while run < len(sequence) and _is_headline(sequence[-1 - run]):
        run += 1
    return sequence[:len(sequence) - run] if run >= least else sequence


def _split_glued(sequence: list[Block]) -> list[Block]:
    """Scrapes flatten '<p>…。</p><h3>heading</h3>' into one line: take the heading back off."""
    split: list[Block] = []
    for block in sequence:
        text, heading = split_trailing_heading(block.text) if block.kind == "paragraph" \
            else (block.text, None)
        split.append(Block(block.kind, text))
        if heading:
            split.append(Block("heading", heading))
    return split


def _join(sequence: list[Block]) -> tuple[list[str], list[str]]:
    """Body paragraphs and headings once lines broken mid-sentence are joined."""
    joined: list[Block] = []
    run: list[str] = []
    for block in sequence + [Block("heading", "")]:
        if block.kind == "heading" and speaker_line(block.text):
            run.append(block.text)  # <p><strong>…首席投资官：</strong><strong>Dan Ivascyn</strong></p>
        elif block.kind == "heading":
            joined += [Block("paragraph", text) for text in join_broken(run)]
            joined.append(block)
            run = []
        else:
            run.append(block.text)
    paragraphs: list[str] = []
    headings: list[str] = []
    last = max((i for i, b in enumerate(joined) if b.kind == "paragraph"), default=-1)
    for i, block in enumerate(joined[:-1]):
        # A short line without punctuation is a subheading when body text follows it.
        if block.kind == "heading" or (i < last and looks_like_heading(block.text)):
            headings.append(block.text)
        else:
            paragraphs.append(block.text)
    return paragraphs, headings


# A picture's title before its caption (家人支持追梦：四人20多年前…), not a speaker's name before
# a quotation (陈天柱：“…”).
CAPTION_TITLE = re.compile(r"^[^：:，,。！？“”「」]{2,24}[：:]\s*(?![“「])")


GALLERY = 3  # pictures with text this many times the paragraphs: a gallery (not an article
# followed by a related gallery, 相关图集)


def _in_order(blocks: list[Block], texts: list[str]) -> list[str]:
    """`texts` in the order their blocks come (each once), those found in no block last."""
    ordered = []
    for block in (b for b in blocks if b.text.strip()):
        for text in texts:
            if text not in ordered and text and (text in block.text or block.text in text):
                ordered.append(text)
                break
    return ordered + [t for t in texts if t not in ordered]


def clean(raw: RawDocument, publishers: PublisherTable,
          boilerplate: Boilerplate | None = None) -> Article:
    """Clean one document; raise `EmptyArticle` when no body is left."""
    rules = boilerplate or builtin()
    title = normalize(raw.title or "")
    blocks = [Block(block.kind, normalize(block.text)) for block in raw.blocks]
    publisher = publishers.for_url(raw.url)
    found = _Found()
    blocks = _bylines(blocks, publisher, rules, found)
    sequence, captions = _classify(blocks, rules, found)
    sequence = _drop_restated_title(sequence, title)
    sequence = _strip_datelines(sequence, rules, found)
    _strip_signature(sequence, rules, found)
    if not title:
        heading = next((b for b in sequence if b.kind == "heading"), None)
        if heading:
            title = heading.text
            sequence.remove(heading)
    body = [b for b in sequence if b.kind == "paragraph"]
    texts, spam = remove_spam([b.text for b in body], title)
    for block, text in zip(body, texts):
        block.text = normalize(drop_links(text))
    sequence = [b for b in sequence if b.text]
    if raw.format == "text":  # scrapes flatten related headlines and subheadings into lines
        sequence = _split_glued(_drop_trailing_headlines(sequence))
    else:  # a list of recommended headlines at the end of a page or item
        sequence = _drop_trailing_headlines(sequence, least=HEADLINE_LIST)
    paragraphs, headings = _join(sequence)
    if captions and len(captions) >= GALLERY * max(1, len(paragraphs)):
        # a gallery or video item: its pictures' text is its text, in the pictures' order (a long
        # one the reader took for a paragraph among them), without each picture's title
        # (30年模特：四位奶奶当中…: the sentence is what follows the colon)
        texts = _in_order(blocks, paragraphs + captions)
        paragraphs, captions = [CAPTION_TITLE.sub("", c) or c for c in texts], []
    if not paragraphs:
        raise EmptyArticle("no article text left after removing boilerplate")
    authors = list(raw.authors)
    authors += [name for name in found.authors if name not in authors]
    for credit in found.credits:
        authors += [name for name in authors_from_credit(credit) if name not in authors]
    published = raw.published or _dated(found.published, raw.archived, publisher)
    extra = dict(raw.extra)
    if spam:
        extra["spam_removed"] = spam
    return Article(
        title=title or paragraphs[0][:40],
        paragraphs=paragraphs,
        source_path=raw.source_path,
        format=raw.format,
        item_key=raw.item_key,
        url=raw.url,
        publisher=publisher.name if publisher else raw.publisher,
        published=in_local_time(published, publisher) if published else None,
        authors=authors,
        language=detect_language(title + "".join(paragraphs)),
        captions=captions,
        headings=headings,
        credits=found.credits,
        extra=extra,
    )


__all__ = ["Boilerplate", "BoilerplateError", "EmptyArticle", "PublisherTable", "clean"]
