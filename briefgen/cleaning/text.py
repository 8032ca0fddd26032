"""Text repairs: whitespace, paragraphs broken mid-sentence, headings glued to lines."""

from __future__ import annotations

import re

CJK_OR_FULLWIDTH = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019"
NEWLINE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK_OR_FULLWIDTH}])[ \t\r\f\v]*\n\s*(?=[{CJK_OR_FULLWIDTH}])")
SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f]+")
SENTENCE_END = re.compile(r"[。！？!?…；;.]['\"”’」』）)】》]*$|[。！？!?][”’」』]?[）)]$")
INNER_PUNCTUATION = re.compile(r"[，,。：:；;！？!?、]")
TRAILING_HEADING = re.compile(r"(?<=[。！？!?”」])([^，,。：:；;！？!?、]{4,30})$")


# A web address in body text is no prose, and a graphic's title before its short link is the
# graphic's caption (图表：沪综指(2015 对比 2020) tmsnrt.rs/32kVQc9过去五个月…): both go.
LINK = r"(?:https?://|www\.)[\x21-\x7e]+|(?<![A-Za-z0-9.-])[a-z0-9-]{2,20}\.[a-z]{2,6}/[A-Za-z0-9]{4,12}"
GRAPHIC = re.compile(rf"(?:图表|圖表|图示|圖示|图|圖)\s*[:：][^。！？：:]{{0,80}}?\s*(?:{LINK})\s*|(?:{LINK})\s*")


GRAPHIC_TITLE = re.compile(r"(?:图表|圖表)\s*[:：][^。！？!?]{0,80}")


def drop_links(text: str) -> str:
    """The body text without web addresses and the graphic captions that carry them (a
    paragraph that is only a graphic's title, its link in the next, goes whole)."""
    if GRAPHIC_TITLE.fullmatch(text.strip()):
        return ""
    return GRAPHIC.sub("", text) if ("/" in text and "." in text) else text


# Colons in presentation forms (︰, the vertical two-dot leader Hong Kong texts write for a
# colon, ﹕, ︓): the colon they stand for, so 表示︰“…” reads as 表示：“…”.
COLON_FORMS = str.maketrans({"\ufe30": "：", "\ufe55": "：", "\ufe13": "："})


def normalize(text: str) -> str:
    """Line breaks between CJK characters vanish (they are layout); other runs of space become
    one; a colon in a presentation form is a colon."""
    text = NEWLINE_BETWEEN_CJK.sub("", text).translate(COLON_FORMS)
    return SPACES.sub(" ", text).strip(" \u3000")


def ends_sentence(text: str) -> bool:
    return SENTENCE_END.search(text.rstrip()) is not None


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence punctuation at all: a subheading, not a fragment."""
    return len(text) <= 30 and not INNER_PUNCTUATION.search(text) and not ends_sentence(text)


# Whom an interview asks, on a line of its own: a post and a name (AMUNDI副首席投资官：Vincent
# Mortier, LGIM首席投资官：Sonja Laud). Part of the text, not a subheading; no broken sentence.
SPEAKER_LINE = re.compile(r"^[^：:，,。！？!?“”「」]{0,30}(?:官|长|员|发言人|主持人|主管|总监|经理|主席|总裁|教授|学者|专家|代表)"
                          r"[：:]\s*(?:[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){1,2}|"
                          r"[\u4e00-\u9fff]{1,8}[·‧・•][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,4})$")


def speaker_line(text: str) -> bool:
    return SPEAKER_LINE.match(text.strip()) is not None


def join_broken(paragraphs: list[str]) -> list[str]:
    """Join paragraphs that a line or page break cut mid-sentence."""
    joined: list[str] = []
    carry = False
    for text in paragraphs:
        if carry and joined:
            separator = "" if re.search(rf"[{CJK_OR_FULLWIDTH}]$", joined[-1]) or \
                re.match(rf"[{CJK_OR_FULLWIDTH}]", text) else " "
            joined[-1] += separator + text
        else:
            joined.append(text)
        carry = not ends_sentence(joined[-1]) and not looks_like_heading(joined[-1]) and \
            not speaker_line(joined[-1])
    return joined


def split_trailing_heading(text: str) -> tuple[str, str | None]:
    """The line without a heading glued to its end, and that heading (or None)."""
    match = TRAILING_HEADING.search(text)
    if not match or match.start() == 0:
        return text, None
    return text[:match.start()], match[1]


OPENING_BRACKET = re.compile(r"[（(]")
CLOSING_BRACKET = re.compile(r"[）)]")


def drop_bracketed(text: str, replacement: str = "") -> str:
    """`re.sub(r"[（(][^）)]*[）)]", replacement, text)` in linear time: the pattern rescans the
    rest of the text from every opening bracket that is never closed (“（（（（…” is quadratic)."""
    pieces: list[str] = []
    position = 0
    while (opening := OPENING_BRACKET.search(text, position)) is not None:
        closing = CLOSING_BRACKET.search(text, opening.end())
        if closing is None:  # no closing bracket after this one, so none after any later one
            break
        pieces += [text[position:opening.start()], replacement]
        position = closing.end()
    return "".join(pieces) + text[position:]
