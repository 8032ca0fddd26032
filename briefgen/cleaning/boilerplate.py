"""What surrounds an article but is not part of it: footers, credits, related lists."""

from __future__ import annotations

import re

# A paragraph matching these is dropped: feed footers, prompts, lone list furniture.
BOILERPLATE = re.compile(
    r"获取更多\s*RSS|feedx\.(?:net|run)|点击进入专题|下载.{0,8}(?:客户端|APP|App)|"
    r"扫(?:描|一扫)?.{0,6}二维码|关注.{0,12}(?:公众号|微信|微博)|分享到|"
    r"版权所有|未经(?:授权|许可).{0,6}(?:转载|使用)|转载请注明|返回搜狐|查看更多|【纠错】|"
    r"\[详细\]|更多精彩|打开.{0,6}APP|^\s*[-–—·•.…。]*\s*$|^https?://\S+$", re.I)

# Where the article ends on a scraped page; everything after is another article's teaser.
END_MARKER = re.compile(
    r"^(?:点击进入专题|相关(?:新闻|阅读|报道|文章|推荐)|推荐阅读|延伸阅读|猜你喜欢|热门推荐|"
    r"更多(?:精彩|新闻|阅读)|[（(]?责任编辑\s*[:：])|获取更多\s*RSS")

# Credits: who wrote, edited, checked, or what the article drew on. Kept apart, not in the body.
CREDIT = re.compile(
    r"^[（(【\[]?\s*(?:撰稿|撰写|执笔|作者|文|记者|特约记者|通讯员|编辑|责编|责任编辑|校对|"
    r"审核|审校|审签|监制|统筹|策划|摄影|摄像|视频|翻译|编译|来源|出品|制作|实习生)"
    r"\s*[/／:：|｜丨]\s*\S.{0,60}$"
    r"|^[（(【\[]?\s*本文(?:参考|综合|编译|来源|转载|转自|援引)了?.{0,40}(?:报道|消息|内容)[。.]?\s*[）)】\]]?$")

CAPTION_MARK = re.compile(r"^[▲△▼►▶●■◆◇□※\s]+")
CAPTION_CREDIT = re.compile(
    r"[（(]?\s*(?:图|图片|图源|摄影|摄|照片|资料图|来源|Photo|photo)\s*[/／:：|｜丨]\s*[^\s。）)]{1,20}\s*[）)]?"
    r"(?:\s*photo)?\s*$|\s+photo\s*$")


def is_boilerplate(text: str) -> bool:
    return BOILERPLATE.search(text) is not None


def is_end_marker(text: str) -> bool:
    return END_MARKER.search(text) is not None


def is_credit(text: str) -> bool:
    return len(text) <= 80 and CREDIT.search(text.strip()) is not None


def clean_caption(text: str) -> str:
    text = CAPTION_MARK.sub("", text.strip())
    previous = None
    while previous != text:
        previous, text = text, CAPTION_CREDIT.sub("", text).strip()
    return text
