"""Numerals and characters of time expressions: Traditional forms and full-width digits
mapped one to one (offsets stay valid), Chinese numerals read without ever raising."""

from __future__ import annotations

DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
CN_DIGITS = "〇零○一二两三四五六七八九"
CN_NUM = CN_DIGITS + "十"

# Traditional → Simplified for the characters time expressions use, one character each.
TRADITIONAL = str.maketrans({
    "號": "号", "週": "周", "禮": "礼", "個": "个", "這": "这", "後": "后", "兩": "两",
    "來": "来", "時": "时", "點": "点", "間": "间", "節": "节", "當": "当", "將": "将",
    "於": "于", "內": "内", "歲": "岁", "過": "过", "農": "农", "陰": "阴", "曆": "历",
    "臘": "腊", "國": "国", "慶": "庆", "聖": "圣", "誕": "诞", "勞": "劳", "動": "动",
    "兒": "儿", "陽": "阳", "際": "际", "從": "从", "與": "与", "鐘": "钟", "頭": "头",
    "餘": "余", "幾": "几", "數": "数", "週": "周", "晝": "昼", "暫": "暂", "紀": "纪",
    "實": "实", "預": "预", "計": "计", "劃": "划", "擬": "拟", "屆": "届", "開": "开",
    "邊": "边", "隔": "隔", "歷": "历", "續": "续", "們": "们", "裡": "里", "裏": "里",
    "東": "东", "舊": "旧", "爾": "尔", "廿": "廿", "為": "为", "止": "止", "層": "层",
    "０": "0", "１": "1", "２": "2", "３": "3", "４": "4", "５": "5", "６": "6", "７": "7",
    "８": "8", "９": "9", "：": ":", "／": "/", "－": "-", "．": ".",
})


def normalize(text: str) -> str:
    """The text with Traditional time characters and full-width digits mapped, same length."""
    return text.translate(TRADITIONAL)


def number(text: str) -> int | None:
    """Arabic or Chinese numerals: 2024, 二〇一七 (digit by digit), 二十四, 十二, 一百零五;
    None for what is not a well-formed number (十十, 十二十二)."""
    text = text.strip()
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    if text == "廿":
        return 20
    if text == "元":  # 元月: the first month
        return 1
    if text[0] == "廿":
        rest = number(text[1:])
        return None if rest is None or rest > 9 else 20 + rest
    if all(c in DIGITS for c in text):
        return int("".join(str(DIGITS[c]) for c in text))
    total, current, last_unit = 0, None, 10 ** 6
    for c in text:
        if c in DIGITS:
            if current is not None and DIGITS[c] != 0:
                return None
            current = DIGITS[c] or None
        elif c in UNITS:
            unit = UNITS[c]
            if unit >= last_unit:
                return None
            total += (1 if current is None else current) * unit
            current, last_unit = None, unit
        else:
            return None
    return total + (current or 0)
