"""Ingest benchmark: a large corpus recombined from examples/corpus, ingested from scratch.

    python benchmarks/ingest.py [--files 50000] [--workdir bench-work] [--workers N]

Prints files per second, the CPU time per file of the writing process and of the parsing
workers (less sensitive to a busy machine than the wall clock), the memory of the writing
process as the corpus grows (it should stay flat), and the peak of the parsing workers.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.cleaning import PublisherTable, clean  # noqa: E402
from briefgen.corpus import Corpus  # noqa: E402
from briefgen.ingest import ingest  # noqa: E402
from briefgen.readers import read_path  # noqa: E402

DOMAINS = ["www.voachinese.com", "www.rfi.fr", "www.dw.com", "www.zaobao.com.sg", "news.sohu.com",
           "www.yna.co.kr", "www.bbc.com", "cn.nytimes.com"]


def pool_of_sentences() -> tuple[list[str], list[str]]:
    publishers = PublisherTable()
    titles, sentences = [], []
    for path in sorted((ROOT / "examples" / "corpus").rglob("*")):
        if path.is_file():
            for raw in read_path(path):
                article = clean(raw, publishers)
                titles.append(article.title)
                for paragraph in article.paragraphs:
                    sentences += [s for s in re.findall(r"[^。！？]+[。！？]?", paragraph) if len(s) > 8]
    return titles, sentences


def paragraphs_for(n: int, sentences: list[str], rng: random.Random) -> list[str]:
    """A new article from the pool: sentences recombined, numbers varied, one unique line."""
    paragraphs = []
    for _ in range(rng.randint(3, 7)):
        picked = rng.sample(sentences, rng.randint(2, 4))
        paragraphs.append("".join(re.sub(r"\d+", lambda m: str(rng.randint(1, 30)), s)
                                  for s in picked))
    paragraphs.append(f"这是第{n}号样本，用于衡量导入速度。")
    return paragraphs


def render(n: int, title: str, paragraphs: list[str], rng: random.Random) -> tuple[str, bytes]:
    """One raw file in one of the formats the example corpus has."""
    day = 1 + n % 28
    url = f"https://{rng.choice(DOMAINS)}/news/2024/07/{day:02d}/{n}.html"
    kind = n % 6
    if kind == 0:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        text = (f"<!--{1720000000000 + n * 1000}-->\n[{title}]({url})\n------\n\n"
                f"<div><i>Fri, {day:02d} Jul 2024 10:32:45 GMT</i></div>{body}"
                "<br><hr><div>获取更多RSS：<br><a href=\"https://feedx.net\">https://feedx.net</a></div>")
        return f"{n}.md", text.encode()
    if kind == 1:
        body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
        text = (f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title>"
                f"<meta property=\"og:url\" content=\"{url}\">"
                f"<meta property=\"article:published_time\" content=\"2024-07-{day:02d}T08:00:00+08:00\">"
                f"</head><body><nav class=\"menu\"><a href=\"/\">首页</a></nav><article><h1>{title}</h1>"
                f"{body}</article><footer>版权所有</footer></body></html>")
        return f"{n}.html", text.encode()
    if kind == 2:
        text = title + "\n" + f"2024-07-{day:02d} 09:30\n" + "\n".join(paragraphs) + \
            "\n点击进入专题: 半岛风云(责任编辑:国际部)\n-\n其他新闻的导语。\n...[详细]\n"
        return f"{n}.txt", text.encode("gb18030" if n % 12 == 2 else "utf-8")
    if kind == 3:
        text = f"# {title}\n\n![](https://img.example.invalid/{n}.jpg)_▲图片说明第{n}号。图/新华社_\n\n" + \
            "\n\n".join(paragraphs) + "\n\n撰稿 / 国际新闻部\n"
        return f"{n}.md", text.encode()
    if kind == 4:
        record = {"title": title, "url": url, "published": f"2024-07-{day:02d}T08:00:00+08:00",
                  "paragraphs": paragraphs, "captions": [], "authors": []}
        return f"{n}.jsonl", (json.dumps(record, ensure_ascii=False) + "\n").encode()
    items = "".join(
        f"<item><title>{title}（{i}）</title><link>{url}?item={i}</link>"
        f"<pubDate>Thu, {day:02d} Jul 2024 2{i}:30:00 GMT</pubDate>"
        f"<description><![CDATA[{''.join(f'<p>{p}</p>' for p in paragraphs[i::2] or paragraphs)}]]>"
        f"</description></item>" for i in range(2))
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    return f"{n}.xml", text.encode()


def build(folder: Path, count: int) -> None:
    titles, sentences = pool_of_sentences()
    rng = random.Random(20240711)
    for n in range(count):
        name, data = render(n, rng.choice(titles), paragraphs_for(n, sentences, rng), rng)
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / name).write_bytes(data)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=50_000)
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench-work")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    folder, db = args.workdir / f"corpus-{args.files}", args.workdir / "ingest.db"
    built = not folder.exists()
    if built:
        # Built in a child process: the sentence pool and the segmenter it loads would
        # otherwise stay in this process and count as the writer's memory.
        started = time.perf_counter()
        builder = multiprocessing.get_context("spawn").Process(target=build, args=(folder, args.files))
        builder.start()
        builder.join()
        if builder.exitcode:
            sys.exit(f"building the corpus failed (exit {builder.exitcode})")
        print(f"built {args.files} raw files in {time.perf_counter() - started:.1f} s")
    for path in args.workdir.glob("ingest.db*"):
        path.unlink()
    checkpoints = {args.files // 10, args.files // 2, args.files}
    memory = []

    def progress(done: int, total: int, path: str) -> None:
        if done in checkpoints:
            memory.append((done, rss_mib()))

    writer_before = cpu_seconds(resource.RUSAGE_SELF)
    workers_before = cpu_seconds(resource.RUSAGE_CHILDREN)
    with Corpus(db) as corpus:
        started = time.perf_counter()
        report = ingest([folder], corpus, workers=args.workers, progress=progress)
        seconds = time.perf_counter() - started
        writer_cpu = cpu_seconds(resource.RUSAGE_SELF) - writer_before
        articles = len(corpus)
        copies = corpus.db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
                                   ).fetchone()[0]
    workers_cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - workers_before
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(report.summary())
    print(f"{articles} articles ({copies} linked as near-duplicates), database "
          f"{db.stat().st_size / 2**20:.0f} MiB")
    print(f"ingest: {seconds:.1f} s, {report.files / seconds:.0f} files/s")
    per_file = 1000 / max(1, report.files)
    print(f"  CPU a file (user + system): writer {writer_cpu * per_file:.2f} ms, workers "
          f"{workers_cpu * per_file:.2f} ms, all {(writer_cpu + workers_cpu) * per_file:.2f} ms")
    for done, mib in memory:
        print(f"  writer memory after {done:>6} files: {mib:.0f} MiB")
    if built:  # the builder is a child too, and the larger one
        print("  parsing worker peak: not measured on the run that built the corpus; run again")
    else:
        print(f"  parsing worker peak: {workers_peak:.0f} MiB")


if __name__ == "__main__":
    main()
