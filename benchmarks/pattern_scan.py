"""Time every regular expression of briefgen on hostile input and flag the ones that backtrack.

Collects each compiled pattern of the package: module globals (and patterns inside lists,
tuples, dicts and the package's own objects), the patterns loaded from `briefgen/data/*.yaml`
(boilerplate, gazetteer), and literal patterns passed straight to `re.search(...)` and friends
in the source. Each is run with `search`, `finditer` and `sub` on adversarial strings of
n = 1k, 2k, 4k and 8k characters: long runs of spaces, newlines, full-width spaces, digits,
one CJK character, Chinese punctuation, unclosed quotes and brackets, and repeats of the
pattern's own literals. A pattern is flagged when its time grows more than ~3x per doubling
(superlinear) while reaching a measurable time, or when one call takes over 50 ms at 8k.

Every pattern runs in a forked child under a time limit, so a catastrophic one is reported
as a timeout instead of stopping the scan.

    python benchmarks/pattern_scan.py            # the table of flagged patterns
    python benchmarks/pattern_scan.py --all      # every pattern's worst input and time
    python benchmarks/pattern_scan.py --only NAME_SPLIT
"""

from __future__ import annotations

import argparse
import ast
import importlib
import multiprocessing
import pkgutil
import re
import sys
import time
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import briefgen  # noqa: E402

SIZES = (1000, 2000, 4000, 8000)
SLOW_AT_8K = 0.050     # seconds for one call at 8k characters
GROWTH = 3.0           # time ratio per doubling that counts as superlinear
MEASURABLE = 0.002     # growth is only judged once a call takes this long at 8k
CHILD_LIMIT = 30.0     # seconds for one pattern's whole scan

FILLERS = [" ", "\n", "\u3000", "\t", "1", "a", "A", "中", "：", "，", "。", "、", "（", "(", "“",
           "\"", "'", "「", "《", "【", "<", "-", "·", ".", "/", " \n", "1 ", "中 ", "记者 ",
           "（中", "“「", "<!-- -->", "<div>", "1年", "1月", "12:", "星期一", "\n ", "中。",
           "a ", "- ", "12", "２"]


ANCHORED = {"match", "fullmatch"}
# How the pipeline applies the patterns of each kind of the boilerplate data file.
DATA_KIND_USE = {"byline": {"fullmatch"}, "dateline": {"match"}}


def uses(name: str, source: str) -> set[str]:
    """The methods the package calls on the pattern named `name` (search, match, ...)."""
    return set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source))


def collect() -> dict[tuple[str, int], tuple[re.Pattern, str, set[str]]]:
    """Every compiled pattern in the package, keyed by (source, flags), with where it lives
    and how it is used when that is known from the source (only .match: one start)."""
    found: dict[tuple[str, int], tuple[re.Pattern, str, set[str]]] = {}
    source = "\n".join(path.read_text("utf-8") for path in (ROOT / "briefgen").rglob("*.py"))

    def add(pattern: re.Pattern, where: str, used: set[str] | None = None) -> None:
        if used is None:
            name = where.rsplit(".", 1)[-1]
            if "[" in name or "/" in where:
                used = set()
            else:
                used = uses(name, source)
            kind = re.search(r"\['(\w+)'\]", where)
            if where.startswith("data/boilerplate") and kind:
                used = DATA_KIND_USE.get(kind[1], {"search"})
        found.setdefault((pattern.pattern, pattern.flags), (pattern, where, used))

    def walk(value, where: str, depth: int, seen: set[int]) -> None:
        if id(value) in seen or depth > 4:
            return
        seen.add(id(value))
        if isinstance(value, re.Pattern):
            add(value, where)
        elif isinstance(value, dict):
            for key, item in list(value.items())[:5000]:
                walk(key, where, depth + 1, seen)
                walk(item, f"{where}[{key!r}]" if depth < 2 else where, depth + 1, seen)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in list(value)[:5000]:
                walk(item, where, depth + 1, seen)
        elif type(value).__module__.startswith("briefgen") and not isinstance(value, type):
            attributes = getattr(value, "__dict__", None) or {
                name: getattr(value, name) for name in getattr(type(value), "__slots__", ())
                if hasattr(value, name)}
            for name, item in attributes.items():
                walk(item, f"{where}.{name}", depth + 1, seen)

    modules = [briefgen] + [importlib.import_module(info.name) for info in pkgutil.walk_packages(
        briefgen.__path__, "briefgen.") if not info.name.endswith("__main__")]
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attribute, item in vars(value).items():
                    walk(item, f"{module.__name__}.{name}.{attribute}", 1, set())
            elif not callable(value) or isinstance(value, re.Pattern):
                walk(value, f"{module.__name__}.{name}", 0, set())
    # Patterns that live in data files, loaded the way the pipeline loads them.
    from briefgen.analysis.gazetteer import load_gazetteer
    from briefgen.cleaning.boilerplate import builtin
    walk(builtin(), "data/boilerplate.yaml", 0, set())
    walk(load_gazetteer(), "data/gazetteer.yaml", 0, set())
    # Literal patterns handed straight to re.search(r"...") and friends.
    for path in sorted((ROOT / "briefgen").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr != "compile"  # a compiled one is found by its name
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                flags = 0
                for keyword in node.keywords:
                    if keyword.arg == "flags" and isinstance(keyword.value, ast.Attribute):
                        flags |= getattr(re, keyword.value.attr, 0)
                try:
                    add(re.compile(node.args[0].value, flags),
                        f"{path.relative_to(ROOT)}:{node.lineno}", {node.func.attr})
                except re.error:
                    pass
    return found


def literals(pattern: re.Pattern) -> list[str]:
    """The runs of literal text in a pattern (原创, 记者, 月, ...), and one member of each small set."""
    runs: list[str] = []

    def visit(parsed, run: list[str]) -> list[str]:
        for op, argument in parsed:
            name = str(op)
            if name == "LITERAL":
                run.append(chr(argument))
                continue
            if run:
                runs.append("".join(run))
                run = []
            if name == "IN":
                members = [chr(a) for o, a in argument if str(o) == "LITERAL"]
                runs.extend(members[:2])
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                visit(argument[2], [])
            elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
                visit(argument[-1], [])
            elif name == "BRANCH":
                for branch in argument[1]:
                    visit(branch, [])
            elif name in ("ASSERT", "ASSERT_NOT"):
                visit(argument[1], [])
        if run:
            runs.append("".join(run))
        return []

    try:
        visit(sre_parse.parse(pattern.pattern, pattern.flags), [])
    except Exception:  # noqa: BLE001 - an unparsable pattern has no literals to try
        return []
    return list(dict.fromkeys(run for run in runs if run.strip()))[:16]


def inputs(pattern: re.Pattern) -> dict[str, callable]:
    """Adversarial strings of about n characters, by a short name."""
    made: dict[str, callable] = {}
    for filler in FILLERS:
        made[f"{filler!r}*n"] = lambda n, f=filler: f * (n // len(f)) + "!"
    for literal in literals(pattern):
        made[f"{literal!r}*n"] = lambda n, s=literal: s * (n // len(s)) + "!"
        for filler in (" ", "\n", "1", "中", "：", "（"):
            made[f"{literal!r}+{filler!r}*n"] = lambda n, s=literal, f=filler: s + f * n + "!"
            made[f"({literal!r}+{filler!r})*n"] = \
                lambda n, s=literal, f=filler: (s + f) * (n // (len(s) + 1)) + "!"
    return made


OPERATIONS = {
    "search": lambda p, s: p.search(s),
    "finditer": lambda p, s: sum(1 for _ in p.finditer(s)),
    "sub": lambda p, s: p.sub("", s),
    "match": lambda p, s: p.match(s),
    "fullmatch": lambda p, s: p.fullmatch(s),
}
SEARCHING = ("search", "finditer", "sub")


def operations(used: set[str]) -> tuple[str, ...]:
    """Only match/fullmatch when the package applies the pattern at one start and no other way."""
    return tuple(sorted(used)) if used and used <= ANCHORED else SEARCHING


def timed(pattern: re.Pattern, operation: str, text: str) -> float:
    started = time.perf_counter()
    OPERATIONS[operation](pattern, text)
    return time.perf_counter() - started


def scan(pattern: re.Pattern, used: set[str], report) -> None:
    """Screen every (input, operation) at 1k, then time the slowest few at every size and keep
    the worst at 8k; sent through `report`."""
    screened = []
    for name, make in inputs(pattern).items():
        text = make(SIZES[0])
        for operation in operations(used):
            report(("trying", name, operation))
            screened.append((timed(pattern, operation, text), name, operation))
    made = inputs(pattern)
    worst = (-1.0, "", "", [])
    for _, name, operation in sorted(screened, reverse=True)[:3]:
        report(("trying", name, operation))
        times = [min(timed(pattern, operation, made[name](n)) for _ in range(3)) for n in SIZES]
        if times[-1] > worst[0]:
            worst = (times[-1], name, operation, times)
    report(("done", worst[1], worst[2], worst[3]))


def child(pattern: re.Pattern, used: set[str], connection) -> None:
    scan(pattern, used, connection.send)
    connection.close()


def run(pattern: re.Pattern, used: set[str]) -> tuple[str, str, list[float] | None]:
    """(input, operation, times at each size); times None when the scan ran out of time."""
    receiving, sending = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.get_context("fork").Process(target=child, args=(pattern, used, sending))
    process.start()
    sending.close()
    last: tuple = ("", "", "")
    deadline = time.monotonic() + CHILD_LIMIT
    while time.monotonic() < deadline:
        if receiving.poll(max(0.0, deadline - time.monotonic())):
            try:
                last = receiving.recv()
            except EOFError:
                break
            if last[0] == "done":
                process.join()
                return last[1], last[2], last[3]
    process.kill()
    process.join()
    return last[1], last[2], None


def verdict(times: list[float] | None) -> str:
    if times is None:
        return "TIMEOUT"
    growth = (times[-1] / max(times[0], 1e-6)) ** (1 / (len(times) - 1))  # per doubling
    if times[-1] > SLOW_AT_8K:
        return "SLOW"
    if times[-1] > MEASURABLE and growth > GROWTH:
        return "SUPERLINEAR"
    return "ok"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="show every pattern, not only flagged")
    parser.add_argument("--only", help="scan only patterns whose location or text has this")
    options = parser.parse_args()
    patterns = collect()
    print(f"{len(patterns)} distinct patterns", flush=True)
    flagged = 0
    for (source, _), (pattern, where, used) in sorted(patterns.items(), key=lambda kv: kv[1][1]):
        if options.only and options.only not in where and options.only not in source:
            continue
        name, operation, times = run(pattern, used)
        status = verdict(times)
        flagged += status != "ok"
        if status != "ok" or options.all:
            figures = "timeout" if times is None else " ".join(f"{t * 1000:.1f}" for t in times)
            print(f"{status:11} {where}\n            /{source[:100]}/\n"
                  f"            {operation} on {name}: {figures} ms at {SIZES}", flush=True)
    print(f"{flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
