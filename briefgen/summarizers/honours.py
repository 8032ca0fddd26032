"""Lists of laureates: a prize's winners, each with the year in brackets (生命科学奖：卢煜明(2016年)、
施一公(2017年)，李家洋、袁隆平、张启发(2018年)), tell one award a year. The chronology's dates
in brackets are otherwise of what the brackets tell, so these would be lost."""

from __future__ import annotations

import re

from briefgen import timex
from briefgen.summarizers import Documents, Sentence

# A prize and the list after it (物质科学奖：…), up to the end of its clause.
PRIZE_LIST = re.compile(r"(?P<prize>[\u4e00-\u9fff]{2,12}奖)[：:](?P<list>[^：:；;。]+)")
# Names and the year they won (李家洋、袁隆平、张启发(2018年)).
WINNERS = re.compile(r"(?P<names>(?:[\u4e00-\u9fff·‧]{2,8}、)*[\u4e00-\u9fff·‧]{2,8})\s*[（(](?P<year>\d{4})年?[)）]")


def laureates(documents: Documents) -> list[tuple[Sentence, timex.Timex, str]]:
    """The awards a central report's list of laureates tells, one entry a year (2016年：卢煜明获
    未来科学大奖生命科学奖，薛其坤获物质科学奖), each with the sentence that tells its first
    prize. The prize the topic names, told before the list, is named in its first award."""
    by_year: dict[int, tuple[Sentence, list[str]]] = {}
    prizes = sorted((w for w in documents.topic_words if w.endswith(("奖", "獎"))), key=len, reverse=True)
    award, article, listing = "", None, False
    for sentence in documents.sentences:
        if sentence.article is not article:  # (a central report the title puts on the topic)
            award, article = "", sentence.article
            listing = documents.central(article) and documents.names_topic(article.title or "")
        award = next((p for p in prizes if p in sentence.text), award)  # (未来科学大奖…分别是——)
        if not listing:
            continue
        for listed in PRIZE_LIST.finditer(sentence.text):
            for won in WINNERS.finditer(listed["list"]):
                names = re.sub(r"^.*[，,]", "", won["names"])
                year = int(won["year"])
                told = by_year.setdefault(year, (sentence, []))[1]
                prize = listed["prize"] if told or award in listed["prize"] else award + listed["prize"]
                if f"{names}获{prize}" not in told:  # (卢煜明获未来科学大奖生命科学奖，薛其坤获物质科学奖)
                    told.append(f"{names}获{prize}")
    found = []
    for year, (sentence, awards) in sorted(by_year.items()):
        when = timex.parse(f"{year}年")
        if when and (len(awards) > 1 or len(by_year) > 1):  # (one name, one year: no list)
            found.append((sentence, when[0], "，".join(awards)))
    return found
