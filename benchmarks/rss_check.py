"""Check the cleaning of every archived RSS item in ../shared/corpus/rss (or a given folder).

    python benchmarks/rss_check.py [FOLDER] [--split dev|heldout|all] [--show] [--item NAME]

For each item it reads the file as ingest does (reader, then cleaning) and reports, per
outlet and in total:

- items whose body still holds a dateline, byline, copyright notice, end marker, photo
  gallery, author bio, credit line or promo/prompt (patterns of this script's own, written
  apart from the cleaner's so the two do not share blind spots);
- paragraphs of the item's article text (the `<p>` elements of its HTML that read as prose)
  that are not present whole in the body: a word deleted by the spam filter, a paragraph
  cut off by an end marker or lost to boilerplate removal, all show up here;
- captions (`<small>` after an image, `<figcaption>`, WordPress caption paragraphs) and the
  picture texts of a gallery after its 相关图集 heading that landed in the body.

The held-out split (BBC and RFA, 25 items) was not looked at while the cleaner was tuned.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.cleaning import EmptyArticle, PublisherTable, clean  # noqa: E402
from briefgen.readers import read_bytes  # noqa: E402

HELD_OUT = {"bbc", "rfa"}
DEFAULT = ROOT.parent / "shared" / "corpus" / "rss"

NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
LEFTOVERS = {
    "dateline": re.compile(
        r"^[（(]?[^，。；\s]{0,16}?(?:社|电台|之声|中文网|時報|时报|路透|美联|共同|韩联|中央社)"
        r"[^，。；]{0,14}?" + NUM + r"月" + NUM + r"日(?:电|電|讯|訊|\s*[）)]|\s*[-–—])"
        r"|^[（(](?:[^（）()]{0,8}(?:社|网|網|台|报|報))?(?:记者|記者)[^（）()]{1,30}(?:电|電|报道|報導)[）)]"
        r"|^[（(][^（）()]{1,12}(?:中文网|中文網|电台|電台)[）)]"
        r"|^[（(]?(?:新华社|新華社|法新社|美联社|美聯社|中新社|中央社|路透社?|共同社|韩联社|韓聯社)"
        r"[^，。；]{0,16}?(?:" + NUM + r"月)?" + NUM + r"日(?:电|電)\s*[）)]?"
        r"|\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?"
        r"|^\d{1,2}/\d{1,2}/\d{4}\s*-\s*\d{1,2}:\d{2}"
        r"|^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}"
        r"|来源[：:].{0,30}字号"),
    "byline": re.compile(
        r"^[A-Z][A-Za-z.'’\- ]{3,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{3,40})*$"
        r"|^(?:记者|記者|特约记者|作者|撰稿|文)\s*[：:/|｜丨]?\s*[\u4e00-\u9fff·]{2,8}(?:\s|$)"
        r"|^[\u4e00-\u9fff]{2,6}(?:/[\u4e00-\u9fff]{2,6}){1,4}(?:[（(][^）)]{1,12}[）)])?$"),
    "copyright": re.compile(r"©|版权声明|版權聲明|版权所有|版權所有|Copyright|All rights reserved"
                            r"|未经(?:授权|许可)|未經(?:授權|許可)", re.I),
    "end marker": re.compile(r"[（(【\[]\s*完\s*[）)】\]]"),
    "gallery": re.compile(r"^相关图集|^相關圖集|^(?:组图|組圖|图集|圖集)[：:]"),
    "bio": re.compile(r"点击查看本文英文版|點擊查看本文英文版|欢迎在\s*(?:Twitter|Facebook)[^。]{0,20}关注"
                      r"|对本文有(?:报道|研究)?贡献|分社(?:社长|记者)|加入(?:时报|本报|《[^》]{1,12}》)。$|^[^。，]{2,30}是时报|^[^。]{2,40}自[^。]{1,20}报道。$|是《纽约时报》[^。]{0,30}(?:记者|撰稿|编辑|作者|专栏)"
                      r"|^[^。]{2,30}(?:为|是)[^。]{0,20}(?:本报|《[^》]+》)(?:驻[^。]{0,10})?(?:记者|撰稿人|专栏作家|编辑)"
        r"|^[^。，]{2,20}(?:是|为)[^。]{0,40}(?:作家|媒体人|评论员)[^。]{0,24}。$"),
    "credit": re.compile(
        r"^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|网编|網編|编辑|編輯|校对|校對|审校|審校|发稿|發稿|"
        r"翻译|翻譯|编译|編譯|本文来源|本文來源|来源|來源|撰稿|监制|監製)\s*[：:/|｜丨]"
        r"|[（(](?:实习)?(?:编辑|編輯|责编|責編|撰稿|记者|記者|译者|譯者|核稿|编译|編譯|翻译|翻譯|校对|校對)[：:]"
        r"[^）)]{1,30}[）)]\s*$|^[（(]?本文(?:依据|根据|據|据)"
        r"|记者[^。！？]{1,30}报道[\s，,]*(?:责编|网编)[\s:：]"
        r"|^发稿\s*\S+\s*[；;]\s*审校|^本文(?:根据|据|译自|编译自)[^。]{0,40}编译"),
    "prompt": re.compile(r"^(?:Array|undefined|null)$|继续浏览后续|繼續瀏覽後續|订阅|訂閱|newsletter|获取更多\s*RSS|feedx|"
                         r"我们的标准|信任原则|延伸阅读|延伸閱讀|下载.{0,6}(?:APP|App|客户端)|"
                         r"data-playable|您的浏览器不支持|Media playback|扫描二维码|get_post_time|"
                         r"点击进入|點擊進入|本文(?:版权|版權)|免责声明|免責聲明|ICP备|ICP証|ICP证"
                         r"|^(?:视频|視頻|影片)\s*[：:]?\s*【", re.I),
}

PLACE_DATELINE = re.compile(r"^[\u4e00-\u9fff·]{2,12}——(?=\S)")  # 伦敦——, in the first paragraphs
SENTENCE = re.compile(r"[。！？!?”」]")
DATELINE_PREFIX = LEFTOVERS["dateline"]
END = re.compile(r"\s*[（(【\[]\s*完\s*[）)】\]]\s*$")
SPACE = re.compile(r"\s+")


def compact(text: str) -> str:
    return SPACE.sub("", text)


def html_of(text: str) -> str:
    return text.split("\n------", 1)[1] if "\n------" in text else text


def expected_paragraphs(root) -> list[str]:
    """The item's article prose: <p> elements that read as sentences and are not boilerplate."""
    found = []
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for p in root.iter("p"):
        if any(a.tag in ("figcaption", "small", "figure", "blockquote") for a in p.iterancestors()) \
                or "caption" in (p.get("class") or ""):
            continue
        for line in p.text_content().split("\n"):  # <br> breaks a paragraph into lines
            text = SPACE.sub(" ", line).strip()
            if text:
                found.append(text)
    return [text for text in (_prose(line, n) for n, line in enumerate(found)) if text]


def _prose(text: str, n: int) -> str | None:
    if True:
        if len(re.findall(r"[\u3400-\u9fff]", text)) < 12 or not SENTENCE.search(text):
            return None
        if any(pattern.search(text) for name, pattern in LEFTOVERS.items()
               if name not in ("dateline", "end marker")):  # (a video's label is a prompt)
            return None
        text = END.sub("", DATELINE_PREFIX.sub("", text, count=1)).strip()
        return PLACE_DATELINE.sub("", text) if n < 3 else text


def captions_of(root) -> list[str]:
    found = []
    for element in root.xpath("//figcaption | //small | //*[contains(@class, 'caption-text')]"):
        text = SPACE.sub(" ", element.text_content()).strip()
        if len(text) >= 6:
            found.append(text)
    return found


def check(path: Path, publishers: PublisherTable) -> dict:
    data = path.read_bytes()
    text = data.decode("utf-8", "replace")
    root = lxml_html.document_fromstring(html_of(text) or "<p></p>")
    result = {"leftovers": defaultdict(list), "missing": [], "caption_in_body": [],
              "paragraphs": 0, "article": None}
    try:
        articles = [clean(raw, publishers) for raw in read_bytes(data, str(path))]
    except EmptyArticle:
        articles = []
    article = articles[0] if articles else None
    result["article"] = article
    body = article.paragraphs if article else []
    for n, paragraph in enumerate(body):
        for name, pattern in LEFTOVERS.items():
            if pattern.search(paragraph) or (name == "dateline" and n < 2
                                             and PLACE_DATELINE.search(paragraph)):
                result["leftovers"][name].append(paragraph)
    whole = compact("".join(body))
    expected = expected_paragraphs(root)
    result["paragraphs"] = len(expected)
    result["missing"] = [p for p in expected if compact(p) not in whole]
    for heading in root.xpath("//h1|//h2|//h3|//h4|//h5|//h6|//p|//b|//strong"):
        if LEFTOVERS["gallery"].search(SPACE.sub(" ", heading.text_content()).strip()):
            for slide in heading.itersiblings():  # the gallery's picture texts
                text = compact(slide.text_content())
                if len(text) >= 10 and text in whole:
                    result["leftovers"]["gallery"].append(slide.text_content().strip())
    prose = compact("".join(expected))
    result["caption_in_body"] = [c for c in captions_of(root) if len(compact(c)) >= 10
                                 and compact(c) in whole and compact(c) not in prose]
    return result


def outlets(folder: Path) -> dict[str, str]:
    table = folder / "SOURCES.tsv"
    if table.exists():
        with table.open(encoding="utf-8") as handle:
            return {row["file"]: row["file"].split("_")[0]
                    for row in csv.DictReader(handle, delimiter="\t")}
    return {p.name: p.name.split("_")[0] for p in folder.glob("*.md")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="print each problem found")
    parser.add_argument("--item", help="print the cleaned form of one item (file name)")
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"error: {folder}: no such folder", file=sys.stderr)
        return 2
    publishers = PublisherTable()
    names = outlets(folder)
    if args.item:
        article = check(folder / args.item, publishers)["article"]
        if article:
            for key in ("title", "published", "authors", "credits", "captions", "headings"):
                print(f"{key}: {getattr(article, key)}")
            for paragraph in article.paragraphs:
                print("¶", paragraph)
        return 0
    kinds = list(LEFTOVERS) + ["missing paragraph", "caption in body"]
    per_outlet: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    started = time.perf_counter()
    for name in sorted(names):
        outlet = names[name]
        held = outlet in HELD_OUT
        if (args.split == "dev" and held) or (args.split == "heldout" and not held):
            continue
        result = check(folder / name, publishers)
        counts = per_outlet[outlet]
        counts["items"] += 1
        counts["paragraphs"] += result["paragraphs"]
        counts["missing paragraphs"] += len(result["missing"])
        for kind in LEFTOVERS:
            counts[kind] += bool(result["leftovers"].get(kind))
        counts["missing paragraph"] += bool(result["missing"])
        counts["caption in body"] += bool(result["caption_in_body"])
        counts["empty"] += result["article"] is None
        if args.show:
            for kind, found in result["leftovers"].items():
                for text in found:
                    print(f"{name}\t{kind}\t{text[:120]}")
            for text in result["missing"]:
                print(f"{name}\tmissing\t{text[:120]}")
            for text in result["caption_in_body"]:
                print(f"{name}\tcaption\t{text[:120]}")
    elapsed = time.perf_counter() - started
    columns = ["items", "empty"] + kinds + ["paragraphs", "missing paragraphs"]
    short = {"missing paragraph": "miss-it", "caption in body": "capt", "missing paragraphs":
             "miss-p", "end marker": "end", "paragraphs": "paras", "copyright": "copyr"}
    print("items with each problem in the body (miss-it: items with a paragraph not present "
          "whole; miss-p: such paragraphs, of paras)")
    print("outlet    " + " ".join(f"{short.get(c, c)[:8]:>8}" for c in columns))
    total: dict[str, int] = defaultdict(int)
    for outlet in sorted(per_outlet):
        counts = per_outlet[outlet]
        for column in columns:
            total[column] += counts[column]
        label = outlet + ("*" if outlet in HELD_OUT else "")
        print(f"{label:<10}" + " ".join(f"{counts[c]:>8}" for c in columns))
    print(f"{'total':<10}" + " ".join(f"{total[c]:>8}" for c in columns))
    print(f"(* held out) {total['items']} items read and cleaned in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
