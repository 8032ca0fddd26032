"""HTML to blocks, shared by every reader that meets HTML (pages, feed items, RSS archives)."""

from __future__ import annotations

import re

from lxml import etree

from briefgen.model import Block
from briefgen.cleaning.text import ends_sentence
from briefgen.readers.decoding import UnreadableFile, sanitize_markup

# <form> is not dropped: ASP.NET and CMS pages wrap the whole page, article included, in one.
DROP_TAGS = {"script", "style", "noscript", "template", "iframe", "button", "svg",
             "nav", "header", "footer", "aside", "select", "input", "textarea", "object",
             "embed", "video", "audio", "canvas", "map", "head", "title", "meta", "link"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol",
              "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "body",
              "center", "address", "hgroup", "details", "summary"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CAPTION_TAGS = {"figcaption"}
OWN_KIND = {**{tag: "heading" for tag in HEADING_TAGS}, "figcaption": "caption",
            "li": "list_item"}
SMALL_TAGS = {"small", "em", "i", "cite", "figcaption"}
BOLD_TAGS = {"strong", "b"}
BOLD_HEADING_MAX = 40  # characters: a longer bold paragraph is an emphasised lead, not a subheading
BOILERPLATE_ATTR = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|breadcrumbs?|footer|sidebar|share|sharing|social|comments?|"
    r"related|recommend|advert|ads?|banner|subscribe|newsletter|copyright|toolbar|"
    r"selfpromo|promo|popup|cookie|statement|disclaimer|shengming)([-_\s]|$)", re.I)
CAMEL_BOILERPLATE = re.compile(r"[a-z](?:Share|Comment|Nav|Footer|Sidebar|Related|Recommend|Advert)"
                               r"(?:[A-Z_-]|Btn|$)")


MAX_DEPTH = 200  # deeper elements are unwrapped: walking them would exhaust the stack


def parse_html(text: str) -> etree._Element:
    """Parse a page or a fragment; broken and truncated markup is recovered, not refused.
    Text nested deeper than MAX_DEPTH is kept, its elements unwrapped.

    lxml's plain elements, not lxml.html's: those look up a Python class for every element
    the code touches, a tenth of the time to read a page."""
    text = sanitize_markup(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    if text.strip():
        parser = etree.HTMLParser(huge_tree=True)  # libxml2 drops text below depth 256 else
        root = etree.fromstring(text, parser)  # None: nothing but a doctype, a comment
        if any("Excessive depth" in entry.message for entry in parser.error_log):
            raise UnreadableFile("HTML nested over 2,048 levels deep: the text below that "
                                 "depth cannot be read")
        if root is not None:
            _unwrap_deep(root)
            return root
    return etree.Element("div")


def _unwrap_deep(root: etree._Element) -> None:
    """Unwrap elements deeper than MAX_DEPTH, keeping their text and children in place."""
    depth = {root: 0}
    deep = []
    for element in root.iterdescendants():
        depth[element] = depth[element.getparent()] + 1
        if depth[element] > MAX_DEPTH:
            deep.append(element)
    for element in deep:  # document order: each element moves up once
        if isinstance(element.tag, str):
            drop_tag(element)
        else:
            drop(element)


def drop_tag(element: etree._Element) -> None:
    """Remove an element but keep its text, children and tail in its place."""
    parent = element.getparent()
    previous = element.getprevious()
    if element.text:
        if previous is None:
            parent.text = (parent.text or "") + element.text
        else:
            previous.tail = (previous.tail or "") + element.text
    if element.tail:
        if len(element):
            last = element[-1]
            last.tail = (last.tail or "") + element.tail
        elif previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    index = parent.index(element)
    parent[index:index + 1] = element[:]


NEVER_DROPPED = {"html", "body", "main", "article"}
CONTENT_ATTR = re.compile(r"article|artical|content|main|post|detail|story|text|zhengwen", re.I)
AD_ATTR = re.compile(r"data-(?:ad|ads|advert|selfpromo)(?:-|$)")


def _holds_text(element: etree._Element, enough: int = 200) -> bool:
    """Whether an element holds a body's worth of text (an article named "article-share")."""
    size = 0
    for text in element.itertext():
        size += len(text.strip())
        if size >= enough:
            return True
    return False


def _is_boilerplate(element: etree._Element) -> bool:
    """Furniture by tag or by name; never the page itself, nor what names itself content."""
    if element.tag in DROP_TAGS:
        return True
    attributes = element.attrib
    if element.tag in NEVER_DROPPED or not attributes:
        return False
    named = " ".join(attributes.get(name) or "" for name in ("class", "id", "role"))
    if any(name.startswith(("data-a", "data-s")) and AD_ATTR.match(name) for name in attributes) \
            and not CONTENT_ATTR.search(named):
        return True
    if len(named) <= 2:
        return attributes.get("aria-hidden") == "true" or "hidden" in attributes
    if (BOILERPLATE_ATTR.search(named) or CAMEL_BOILERPLATE.search(named)) and not (
            CONTENT_ATTR.search(named) and _holds_text(element)):
        return True
    return attributes.get("aria-hidden") == "true" or "hidden" in attributes


def strip_boilerplate(root: etree._Element) -> None:
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        drop(element)
    # In document order; what lies inside a dropped element is never looked at.
    pending = [root]
    while pending:
        element = pending.pop()
        if isinstance(element.tag, str) and element.getparent() is not None \
                and _is_boilerplate(element):
            drop(element)
        else:
            pending.extend(reversed(element))


def drop(element: etree._Element) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


CENTERED = re.compile(r"text-align\s*:\s*center|center", re.I)
CAPTION_START = re.compile(r"^\s*(?:[▲△▼↑↓]|图\s*[为：:丨|/]|图片|上图|下图|资料图|配图|[（(]图)")
CAPTION_MAX = 120  # characters: longer text after a picture is body text


def _centered(element: etree._Element) -> bool:
    return bool(CENTERED.search(" ".join(element.get(name) or ""
                                         for name in ("style", "align", "class"))))


class _Walker:
    """Blocks in reading order; text right after a picture that reads as a caption is one."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.buffer_small = True  # all text so far came from small/em/figcaption
        self.buffer_bold = True  # all text so far came from strong/b
        self.after_image = False
        self.open_blocks: list[etree._Element] = []
        self.image_block: etree._Element | None = None

    def flush(self, kind: str = "paragraph") -> None:
        text = "".join(self.buffer).strip()
        small, bold = self.buffer_small, self.buffer_bold
        self.buffer, self.buffer_small, self.buffer_bold = [], True, True
        if not text:
            return
        if kind == "paragraph" and bold and not small and is_bold_heading(text):
            kind = "heading"  # <p><strong>蔡英文：北京“一个中国”即为一国两制</strong></p>
        first, _, rest = text.partition("\n")
        if kind == "paragraph" and self.after_image and len(first) <= CAPTION_MAX and (
                small or CAPTION_START.match(first) or
                (self.open_blocks and (self.open_blocks[-1] is self.image_block or
                                       _centered(self.open_blocks[-1])))):
            self.blocks.append(Block("caption", first.strip()))  # the line under the picture
            kind, text = "paragraph", rest.strip()
        elif kind == "paragraph" and self.after_image and small and len(text) <= 300:
            kind = "caption"
        if text:
            self.blocks.append(Block(kind, text))  # type: ignore[arg-type]
        self.after_image = False

    def _on_blank_line(self) -> bool:
        """Whether nothing but spaces came since the last line break."""
        for text in reversed(self.buffer):
            if text == "\n":
                return True
            if text.strip():
                return False
        return False

    def add_text(self, text: str | None, small: bool, bold: bool = False) -> None:
        if text:
            self.buffer.append(text)
            if text.strip() and not small:
                self.buffer_small = False
            if text.strip() and not bold:
                self.buffer_bold = False

    def walk(self, element: etree._Element, small: bool = False, bold: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag == "img":
            self.flush()
            alt = (element.get("alt") or "").strip()
            self.blocks.append(Block("image", alt))
            self.after_image = True
            self.image_block = self.open_blocks[-1] if self.open_blocks else None
        elif tag == "br":  # a blank line (<br><br>, <br/> <br/>) ends a paragraph; one <br>
            if self._on_blank_line():  # breaks a line
                self.flush()
            else:
                self.buffer.append("\n")
        elif tag in HEADING_TAGS or tag in CAPTION_TAGS or tag in ("li", "hr"):
            self.flush()
            inner_small = small or tag in CAPTION_TAGS
            self.open_blocks.append(element)
            self.add_text(element.text, inner_small)
            for child in element:
                self.walk(child, inner_small)
            self.flush(OWN_KIND.get(tag, "paragraph"))
            self.open_blocks.pop()
        elif tag in BLOCK_TAGS:
            self.flush()
            self.open_blocks.append(element)
            self.add_text(element.text, small)
            for child in element:
                self.walk(child, small)
            self.flush()
            self.open_blocks.pop()
        else:
            inner_small = small or tag in SMALL_TAGS
            inner_bold = bold or tag in BOLD_TAGS
            self.add_text(element.text, inner_small, inner_bold)
            for child in element:
                self.walk(child, inner_small, inner_bold)
        self.add_text(element.tail, small, bold)


def is_bold_heading(text: str) -> bool:
    """A short bold line that ends no sentence: the subheading outlets write as <p><b>…</b></p>.
    Left a paragraph, it is glued to the next one as a sentence cut by a line break."""
    return len(text) <= BOLD_HEADING_MAX and "\n" not in text and not ends_sentence(text)


def blocks_from_element(root: etree._Element) -> list[Block]:
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    return [block for block in walker.blocks if block.kind == "image" or block.text.strip()]


def html_to_blocks(text: str) -> list[Block]:
    """Blocks of an HTML fragment (feed item bodies, archived RSS items)."""
    root = parse_html(text)
    strip_boilerplate(root)
    return blocks_from_element(root)
