"""The patterns of time expressions, tried in order on normalized text: an earlier
pattern claims its characters first, so the longer, more specific forms come first."""

from __future__ import annotations

import re

from briefgen.timex.festivals import HOLIDAYS, SHORT_HOLIDAYS
from briefgen.timex.numerals import CN_DIGITS, CN_NUM


def either(words) -> str:
    """An alternation of `words`, longest first so 初期 wins over 初."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


N12 = rf"(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})"
MONTH_NUMBER = rf"(?:\d{{1,2}}|[{CN_NUM}]{{1,3}}|元)"
NUM = rf"(?:\d{{1,3}}|[{CN_NUM}百]{{1,4}}|半)"
NOT_NUM = rf"(?<![\d{CN_NUM}])"
YEAR4 = rf"(?:\d{{4}}|[{CN_DIGITS}]{{4}})"
YEAR = rf"(?P<year>{YEAR4}|\d{{2}}|[{CN_DIGITS}]{{2}})\s*年"
MONTH = rf"(?P<month>{MONTH_NUMBER})\s*月"
DAY = rf"(?P<day>{N12})(?:\s*[-—–~～至到]\s*(?P<day2>{N12}))?\s*[日号]"
AMPM = r"凌晨|清晨|早晨|早上|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|深夜|半夜|夜里|晚(?![些点期年])"
CLOCK = (rf"(?:\s*(?P<ampm>{AMPM}))?"
         r"(?:\s*(?:(?P<hour>\d{1,2}|[零〇一二三四五六七八九十两]{1,3})\s*(?:时(?![代期候间刻尚髦装局势事政])|点(?!多|几))"
         r"(?:\s*(?P<minute>\d{1,2}|半|一刻|三刻)\s*分?)?(?:\s*\d{1,2}\s*秒)?"
         r"|(?P<hour2>\d{1,2})\s*:\s*(?P<minute2>\d{2})(?::\d{2})?(?!\d)))?")
YEAR_PARTS = {"年初": (1, 2), "初": (1, 2), "年中": (6, 7), "年底": (11, 12), "底": (11, 12),
              "年末": (11, 12), "末": (11, 12), "年尾": (11, 12), "岁末": (11, 12)}
MONTH_PARTS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "初": (1, 10), "中": (11, 20),
               "底": (21, 31), "末": (21, 31), "月初": (1, 10), "月中": (11, 20), "月底": (21, 31),
               "月末": (21, 31)}
DECADE_PARTS = {"初期": (0, 3), "初": (0, 3), "中期": (3, 6), "后期": (6, 9), "末期": (6, 9),
                "末": (6, 9)}
SEASONS = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 14)}
# 初 is not the start of a month or year in 初步, 初次 …; 初十 is a lunar day.
INITIAL = rf"初(?![步次衷心始选赛审创级赛中{CN_NUM}])"
Y_PART = rf"(?P<part>年初|年中|年底|年末|年尾|{INITIAL}|底|末(?!期))"
M_PART = rf"(?P<mpart>上旬|中旬|下旬|{INITIAL}|底|末(?!期)|中(?=[，。、；,;\s）)]|$|(?:出席|出访|访问|前往|举行|宣布|在|于|起|开始)))"
QUARTER = r"(?P<quarter>第?[一二三四1-4])\s*季度"
SEASON = r"(?P<season>[春夏秋冬])(?:天|季(?!度)|(?<=年[春夏秋冬])(?=[，,、；;。]))"  # 2019年秋，
FIRST_N = rf"(?:前|头)(?P<first>{N12})\s*(?:个\s*月|(?P<first_q>季度))"
HALF = r"(?P<half>上半年|下半年)"
NAMED_HOLIDAYS = either(h for h in HOLIDAYS if h not in SHORT_HOLIDAYS)
HOLIDAY = (rf"(?P<holiday>{either(h for h in HOLIDAYS if h not in ('国庆', '国庆节', *SHORT_HOLIDAYS))}|"
           rf"(?<![\d{CN_NUM}])(?:{either(SHORT_HOLIDAYS)})(?=假期|长假|小长假|黄金周|期间|假日)|"
           r"(?<![韩中美英法德俄泰日各全本该两他我外出回归建祖爱王帝强大小举一])国庆节?(?![熙典功祝贺]))"
           r"(?!老人|树)")
REL_YEAR = r"今年|本年|去年|前年|大前年|明年|后年|大后年|同年|当年|次年|翌年|上一年|下一年|上年"
WEEK_REL = r"上上|下下|上个|下个|这个|上|下|本|这"
UNITS = r"(?P<unit>年|个\s*月|月|个\s*星期|个\s*礼拜|星期|礼拜|周|天|日|个\s*小时|小时|钟头|分钟)"
# Where a pattern may begin with spaces (its first parts optional): never from inside a run
# of spaces, only from its start, or the run is rescanned from each of its characters
# (a run of 1,000 spaces took seconds). \s*+ then keeps each scan linear.
NOT_INSIDE_SPACES = r"(?!(?<=\s)\s)"
DURATION_BEFORE = r"(?<![近约多几数余第前每隔达\d{cn}])(?<!至少)(?<!时隔)(?<!长达)(?<!相隔)(?<!事隔)".format(
    cn=CN_NUM)

PATTERNS: list[tuple[str, str, re.Pattern]] = [
    # (kind, a quick test the text must pass for the pattern to be tried, pattern)
    ("numeric", r"\d\s*[-/.]\s*\d", re.compile(
        r"(?<![\d.])(?P<year>(?:1[0-9]|20)\d{2})\s*[-/.]\s*(?P<month>\d{1,2})\s*[-/.]\s*"
        r"(?P<day>\d{1,2})(?!\d|\.\d)(?:\s*日)?"
        r"(?:(?:\s+|T)(?P<hour2>\d{1,2}):(?P<minute2>\d{2})(?::\d{2})?(?!\d))?")),
    ("century", r"世纪", re.compile(
        rf"(?P<century>上个?世纪|本世纪|(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*世纪)\s*(?:(?P<decade>\d0|[一二三四五六七八九]十)"
        rf"\s*年代(?P<part>{either(DECADE_PARTS)})?|(?P<cyear>\d0|[一二三四五六七八九]十)\s*年(?!代)|(?P<cpart>初期|初|中叶|中期|末期|末|上半叶|下半叶))?")),
    ("decade", r"年代", re.compile(
        rf"(?<![\d世纪])(?P<dyear>1[0-9]|20)?(?P<decade>\d0|[一二三四五六七八九]十)\s*年代"
        rf"(?P<part>{either(DECADE_PARTS)})?")),
    ("common_era", r"公元", re.compile(r"公元\s*(?P<year>\d{1,4})\s*年(?!代)")),
    ("year_range", r"\d{4}\s*[-—–~～至到]\s*\d{4}\s*年", re.compile(
        r"(?<!\d)(?P<year>\d{4})\s*[-—–~～至到]\s*(?P<year2>\d{4})\s*年(?!代|级|[\d\s]*月)")),
    ("iso_week", r"第.{1,4}周", re.compile(rf"(?<!\d){YEAR}\s*第\s*(?P<week>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*周")),
    ("nth_weekday", r"第[一二三四五1-5]个", re.compile(
        rf"{NOT_INSIDE_SPACES}(?<!每月)(?<!每个月)(?<!每月的)(?<!每个月的)(?<!每年)"
        rf"(?:(?:(?<!\d){YEAR}\s*)?{MONTH}(?:份)?|(?P<mrel>本月|这个月|上个?月|下个?月))?"
        rf"\s*+的?\s*+第(?P<nth>[一二三四五1-5])个\s*(?:星期|周|礼拜)"
        r"(?P<weekday>[一二三四五六日天])")),
    ("ymd", r"年", re.compile(rf"{NOT_NUM}{YEAR}\s*{MONTH}\s*{DAY}{CLOCK}")),
    ("lunar", r"月\s*(?:初|十|二十|廿|三十)", re.compile(
        rf"{NOT_INSIDE_SPACES}(?:(?<!\d)(?P<year>{YEAR4})\s*年\s*)?(?P<lunar>农历|阴历|旧历|夏历)?\s*+"
        rf"(?P<lmonth>正|冬|腊|闰?[一二三四五六七八九十]{{1,2}}|\d{{1,2}})月\s*"
        r"(?P<lday>初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
        r"(?![日号])")),
    ("lunar_new_year", r"大年初", re.compile(r"大年(?P<lday>初[一二三四五六七八九十])")),
    ("ym", r"年", re.compile(
        rf"{NOT_NUM}{YEAR}\s*的?\s*{MONTH}(?:份)?(?:{M_PART})?(?!\s*{N12}\s*[日号])")),
    ("year_part", r"年", re.compile(
        rf"{NOT_NUM}(?P<year>{YEAR4})\s*年\s*(?:{Y_PART}|{HALF}|{QUARTER}|{SEASON}|{FIRST_N}|(?P<holiday_y>{NAMED_HOLIDAYS})|度)?"
        r"(?!代|级)")),
    ("rel_year", r"今年|本年|去年|前年|明年|后年|同年|当年|次年|翌年|上一?年|下一年", re.compile(
        rf"(?P<rel>{REL_YEAR})\s*(?:的?\s*{MONTH}(?:份)?\s*(?:{DAY}{CLOCK}|{M_PART})?|{Y_PART}|{HALF}|{QUARTER}|{SEASON}|"
        rf"{FIRST_N}|(?P<holiday_y>{NAMED_HOLIDAYS})|(?P<earlier>早些时候|稍早)|度)?(?!代|级)")),
    ("rel_month", r"本月|这个月|当月|同月|上个?月|下个?月|次月|翌月", re.compile(
        rf"(?P<rel>本月|这个月|当月|同月|上个?月|下个?月|次月|翌月)\s*(?:{DAY}{CLOCK}|{M_PART})?")),
    ("md", r"月", re.compile(rf"(?<![\d年]){MONTH}\s*{DAY}{CLOCK}")),
    ("m_part", r"月份?(?:上旬|中旬|下旬|初|底|末|中)", re.compile(rf"(?<![\d年]){MONTH}(?:份)?{M_PART}")),
    ("month", r"月", re.compile(rf"(?<![\d年个第{CN_NUM}])(?P<month>{MONTH_NUMBER})\s*月(?:份)?(?!\s*{N12}\s*[日号])")),
    ("today_numbered", r"[今昨明]\s*[（(]", re.compile(
        rf"(?P<rel>今|昨|明)\s*[（(]\s*(?P<day>\d{{1,2}})\s*[)）]\s*日{CLOCK}")),
    ("week", r"星期|周|礼拜", re.compile(
        rf"(?:(?P<rel>{WEEK_REL})\s*(?:个)?|(?<![每上下本这个]))(?:星期|周|礼拜)"
        r"(?P<weekday>[一二三四五六日天末])" + CLOCK + "|" +
        rf"(?P<wrel>{WEEK_REL})\s*(?:个)?(?:星期|周|礼拜)(?P<wpart>初)?(?!年|岁|刊|报|期|内|以内|左右|多)")),
    ("rel_day", r"前天|昨|今[天日晨早晚夜]|明[天日晚早]|后天|当[天日晚夜]|同日|同一天|次日|翌日|隔天|第二天|前一[天日]", re.compile(
        r"(?P<rel>大前天|前天|昨天|昨日|今天|今日|明天|明日|后天|大后天|今晨|今早|昨晨|昨早|昨晚|昨夜|今晚|"
        r"今夜|明晚|明早|当天|当日|当晚|当夜|同日|同一天|次日|翌日|隔天|第二天|前一天|前一日)" + CLOCK)),
    ("offset", r"[前后]", re.compile(
        rf"{DURATION_BEFORE}(?P<num>{NUM})\s*+(?P<and_half>个半)?\s*+{UNITS}(?P<half_after>半)?\s*+"
        r"(?P<dir>之前|以前|之后|以后|过后|前|后)")),
    ("duration", r"来|过去|最近|间", re.compile(
        rf"(?:(?P<past>过去|最近)的?\s*)?{DURATION_BEFORE}(?P<num>{NUM})\s*{UNITS}\s*(?P<tail>以来|来|间)?")),
    ("coming", r"未来|今后|接下来", re.compile(
        rf"(?P<coming>未来|今后|接下来的?)\s*(?P<num>{NUM})\s*{UNITS}(?:内|里|间)?")),
    ("quarter", r"季度", re.compile(
        rf"{NOT_NUM}(?:{QUARTER}|前(?P<first_q>[一二三])季度|(?P<qrel>上个?|下个?|本|这个|当)季度)")),
    ("half", r"半年", re.compile(rf"(?<![今去明前后本当同年创]){HALF}")),
    ("season", r"[春夏秋冬]季", re.compile(rf"(?<![四每换雨旱淡旺]){SEASON.replace('天|', '')}")),
    ("holiday", NAMED_HOLIDAYS + "|国庆|五一|十一|六一", re.compile(HOLIDAY)),
    ("first_n", r"[前头].{1,3}(?:个\s*月|季度)", re.compile(rf"(?<![\d{CN_NUM}年的]){FIRST_N}")),
    ("part_alone", r"月[初底末中]|旬|年[初底末]|岁末", re.compile(
        rf"(?<![\d{CN_NUM}个年])(?P<rel>本月|当月|这个月)?(?P<part>月初|月底|月末|上旬|中旬|下旬|月中(?=[，。、；,;\s]|$))"
        r"|(?<![\d" + CN_NUM + r"个年世纪一每])(?P<ypart>年初|年底|年末|岁末)(?![奖])")),
    ("short_year", r"年", re.compile(
        rf"(?<![\d{CN_NUM}第])(?P<year>\d{{2}}|[{CN_DIGITS}]{{2}})\s*年"
        r"(?!代|级|来|以来|前|后|之|间|内|里|多|半|左右|时间|历史|的时间|度|龄|纪)")),
    ("day", r"[日号]", re.compile(
        rf"(?<![\d月年第.]){DAY}(?!本|元|圆|内|以内|之内|之计|间|左右|多|余|龄|年化|均){CLOCK}")),
    ("clock", r"\d\s*时|\d:\d|\d\s*点\s*[\d钟半]|[午晨上间晚夜里到至]\s*\S{1,3}[点时]", re.compile(
        rf"(?:(?P<ampm>{AMPM})\s*)?(?<![\d.:])(?:(?P<hour>\d{{1,2}}|(?<=[午晨上间晚夜里到至])[零〇一二三四五六七八九十两]{{1,3}})\s*"
        rf"(?:时(?![代期候间刻尚髦装局势事政])|(?<=\S)点(?!多|几)钟?)(?:\s*(?P<minute>\d{{1,2}}|半|一刻|三刻)\s*分?)?"
        r"|(?P<hour2>\d{1,2}):(?P<minute2>\d{2})(?::\d{2})?(?![\d:]))")),
]

TRIGGERS = [(kind, re.compile(trigger), pattern) for kind, trigger, pattern in PATTERNS]
