"""Cleaning turns a `RawDocument` into an `Article`: the body, and everything else kept apart."""

from __future__ import annotations

from datetime import datetime

from briefgen.cleaning.boilerplate import clean_caption, is_boilerplate, is_credit, is_end_marker
from briefgen.cleaning.metadata import (Publisher, PublisherTable, authors_from_credit,
                                        detect_language, in_local_time, parse_dateline)
from briefgen.cleaning.spam import remove_spam
from briefgen.cleaning.text import (ends_sentence, join_broken, looks_like_heading, normalize,
                                    split_trailing_heading)
from briefgen.model import Article, Block, RawDocument
from briefgen.readers.decoding import UnreadableFile

DATELINE_WINDOW = 4  # a page's date line sits among its first blocks


class EmptyArticle(UnreadableFile):
    """Nothing of the document was left once boilerplate was removed."""


def _date_line(blocks: list[Block], publisher: Publisher | None
               ) -> tuple[list[Block], datetime | None]:
    for i, block in enumerate(blocks[:DATELINE_WINDOW]):
        if block.kind == "paragraph":
            published = parse_dateline(block.text, publisher)
            if published:
                return blocks[:i] + blocks[i + 1:], published
    return blocks, None


def _classify(blocks: list[Block]) -> tuple[list[Block], list[str], list[str]]:
    """The article's paragraphs and headings in order; its captions; its credits."""
    sequence: list[Block] = []
    captions: list[str] = []
    credits: list[str] = []
    for block in blocks:
        text = block.text
        if block.kind == "image" or not text:
            continue
        if block.kind == "caption":
            caption = clean_caption(text)
            if caption:
                captions.append(caption)
        elif block.kind == "credit" or (block.kind == "paragraph" and is_credit(text)):
            credits.append(text)
        elif is_end_marker(text) and any(b.kind == "paragraph" for b in sequence):
            break
        elif is_boilerplate(text):
            continue
        elif block.kind == "list_item" and not ends_sentence(text):
            continue  # link lists: headlines of other articles
        else:
            sequence.append(Block("heading" if block.kind == "heading" else "paragraph", text))
    return sequence, captions, credits


def _drop_trailing_headlines(sequence: list[Block]) -> list[Block]:
    """Scraped pages end with headlines of unrelated articles: short lines that end no sentence."""
    while sequence and (sequence[-1].kind == "heading" or
                        (not ends_sentence(sequence[-1].text) and len(sequence[-1].text) <= 40)):
        sequence.pop()
    return sequence


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
        if block.kind == "heading":
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


def clean(raw: RawDocument, publishers: PublisherTable) -> Article:
    """Clean one document; raise `EmptyArticle` when no body is left."""
    title = normalize(raw.title or "")
    blocks = [Block(block.kind, normalize(block.text)) for block in raw.blocks]
    publisher = publishers.for_url(raw.url)
    blocks, dateline = _date_line(blocks, publisher)
    sequence, captions, credits = _classify(blocks)
    if not title:
        heading = next((b for b in sequence if b.kind == "heading"), None)
        if heading:
            title = heading.text
            sequence.remove(heading)
    body = [b for b in sequence if b.kind == "paragraph"]
    texts, spam = remove_spam([b.text for b in body], title)
    for block, text in zip(body, texts):
        block.text = normalize(text)
    sequence = [b for b in sequence if b.text]
    if raw.format == "text":  # scrapes flatten related headlines and subheadings into lines
        sequence = _split_glued(_drop_trailing_headlines(sequence))
    paragraphs, headings = _join(sequence)
    if not paragraphs:
        raise EmptyArticle("no article text left after removing boilerplate")
    authors = list(raw.authors)
    for credit in credits:
        authors += [name for name in authors_from_credit(credit) if name not in authors]
    published = raw.published or dateline or raw.archived
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
        credits=credits,
        extra=extra,
    )


__all__ = ["EmptyArticle", "PublisherTable", "clean"]
