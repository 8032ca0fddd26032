"""Traditional ⇄ Simplified through OpenCC (its C++ library: 410,795 characters of the real
feed items convert in 0.015 s, where the pure-Python reimplementation takes 1.37 s)."""

from __future__ import annotations

from briefgen.chinese import convert, to_simplified


def to_traditional(text: str) -> str:
    """Traditional characters as Taiwan writes them (裡, 台 stays 台 where OpenCC allows)."""
    return convert(text, "s2tw") if text else text


def script_of(locale: str | None) -> str:
    """The script a brief's Chinese text is written in: zh-Hant for a Traditional locale
    (zh_TW, zh_HK, zh_Hant), zh-Hans for any other (labels may be English; the text is one
    script all the same)."""
    locale = (locale or "").replace("-", "_")
    traditional = locale.startswith("zh") and any(tag in locale for tag in ("Hant", "TW", "HK", "MO"))
    return "zh-Hant" if traditional else "zh-Hans"


def in_script(text: str, script: str | None) -> str:
    if script == "zh-Hans":
        return to_simplified(text)
    if script == "zh-Hant":
        return to_traditional(text)
    return text
