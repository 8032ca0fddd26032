"""Background: an account of what the issue is and where it comes from, in two or three
paragraphs of one theme each: what the topic's key term means and where it comes from,
what happened (in the order it happened, not the order it was reported), and how it is
judged (commentary, attributed). Sentences are chosen by centrality and topic, never twice
(not even nearly, across sources), never leaning on context they lost."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

from briefgen.model import Item
from briefgen.spec import Section
from briefgen.summarizers import CUE, Documents, Sentence, cosine, pair_overlap
from briefgen.summarizers.backdrop import (defined_subject, described_time, garbled, laid_down,
                                           lost_context, titled, unanchored, written_once)
from briefgen.summarizers.clauses import CONDITIONAL, SAYS_OPENING
from briefgen.summarizers.acts import verbless
from briefgen.summarizers.told import retold, told_word_for_word
from briefgen.summarizers.wording import introduced, month_with_year, reported_finding, with_years

# Sentences that open on these need the sentence before them.
DANGLING = re.compile(r"^(?:起初|最初|当初|他|她|它|他们|她们|其|该|此|这|那|这些|这一|这种|此外|同时|另外|另一方面|"
                      r"而且|但|但是|不过|然而|而|因此|所以|于是|对此|为此|此前|此后|随后|其中|"
                      r"与此同时|上述|同样|也|还|并|且|又|两者|二者|双方|两人|"
                      r"(?:尽管|即便|即使|虽然|话虽|不仅)如此|除此之外|相比之下|反之|换言之|接着|紧接着|"
                      r"随即|后来|继而|进而|由此|据此|至此|结果|当时|例如|比如|譬如|诸如)")
# …and these lean on it wherever they stand: a thing named before (该指引, 上述, 这一),
# a day counted from another (同一天, 当天, 次日), a second mention (两者, 此举), or a
# subject that adds to what came before (美韩领导人还宣布).
LEANING = re.compile(r"(?<![应活])该(?![死])[\u4e00-\u9fff]|上述|这一|此次|此举|此事|对此|同一天|当年|同年|当月|同月|更是|本场|"
                     r"另外(?:[两三四五六七八九十几]|一[个位家项])|^每(?:个|位|名|项|一个)(?=[\u4e00-\u9fff]{2})|"  # 另外两家, 每个奖项: of which
                     r"当天|当日|次日|翌日|前一天|两者|二者|这些|这两|这股|这场|这次|这项|这之|"
                     r"该国|^其中|另有|另一|^(?:[^，,。；;]{1,24}?(?:报道|报导|消息|称|说|指出|表示)[，,：:])?"  # who reports it, then
                     r"(?:(?:在|当|自从|随着)[^，,。；;]{1,40}?[，,]|[^，,。；;]{1,40}?(?:后|时|以来|期间|之际)[，,])?"
                     r"[^，,。；;]{1,60}?也(?![许门])|"  # 也 of the main clause
                     r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|"  # 二、, （一）, 一是: a list's item
                     r"第[一二三四五六七八九十]{1,3}[，,、]|其?[一二三四五六七八九十]是)|"
                     r"^[^，,。]{1,12}?(?:还|亦|又|也将|同样|(?<![合吞兼归])并(?![不非没未且购入]))(?=[\u4e00-\u9fff])|"
                     r"^[^，,。“”]{2,12}?(?:随后|随即|此后|其后|接着|后来|(?<![规原否准法细守总实然])则|因此|因而|(?<!不)才|"
                     r"于是|从而|继而)(?=[\u4e00-\u9fff])|"  # 柏林警方随后…, 警方则以…: after what
                     r"^[^，,。“”]{2,12}?(?:之前(?=[在曾已被于就])|此前|先前|早先)|"  # 纳瓦尔尼之前在…: before what
                     r"(?:离开|赶到|到达|抵达|冲进|进入|赶赴|撤离|留在)了?现场|"  # 离开了现场: which scene
                     r"^(?:(?:比赛|会议|会谈|演出|节目|发布会|记者会)(?:中|上|期间|后)|赛后|会上|会后)|"  # 比赛中…: which game
                     r"^[^，,。“”]{1,8}?(?:获胜|胜出|战胜|战败|落败|败北|失利|告终)[，,。]|"  # 中国获胜，…: which contest
                     r"[\u4e00-\u9fff]的[“\"「][^”\"」]{1,6}(?:说|论)[”\"」]|"  # 王毅的“代价说”: a saying named, never given
                     r"当时|[\u4e00-\u9fff]的(?:意见|看法|观点|立场|态度|说法|前提要求|要求|建议)"
                     r"(?![是为：:，,即如])")  # 弗莱登伯格的意见对…: what opinion
# Compelled by what the text before told (童贝里不得不搭乘…), not by a cause the sentence
# gives (疫情之下，…不得不空场比赛): background only, an entry tells the act whatever forced it.
COMPELLED = re.compile(r"^(?![^。]*?(?:由于|因为|因|之下|受到?|为了|鉴于))[^。]*?(?:不得不|只好|只得|被迫)")
# Someone's words: the analysis found a speaker, or a cue opens what follows (…称，/ …表示：).
SPEECH = re.compile(rf"{CUE}\s*[，,：:“「]|(?:批评|警告|谴责|指责|形容|反驳|抨击)[，,：:“「]|援引|据悉|据了解|发表(?:谈话|声明|讲话)[，,]|"
                    r"^[^，,。]{0,30}(?:说|称|表示|指出|提到|提及|提出)[，,：:]|"  # 吴钊燮提出，…: a remark
                    r"(?:专家|学者|分析人士|分析师|观察人士|消息人士|知情人士)(?:们)?(?:表示|认为|说|称|指出)|"  # 专家表示字节跳动…
                    r"被问(?:及|到)|(?:记者|媒体)(?:问|提问)|"  # a question put to someone: their words follow
                    r"拒绝[^，,。]{0,24}?(?:置评|评论|证实|回应|透露)|不予置评|未予置评|"  # declined to comment: nothing told
                    r"发言人[^，,。]{0,8}?(?:反驳|批评|否认|指责|谴责|回应|驳斥)|"  # a spokesperson's words
                    r"^[^，,。：:]{0,30}(?:警告|批评|谴责|呼吁|强调|重申|表态)[^，,。：:]{0,12}[：:]|"
                    r"^[^，,。：:“”]{1,12}(?:敦促|促请|呼吁)|"  # 中方敦促捷方正视…: a demand, a view
                    r"^[^，,。：:“”]{2,12}?(?:警告|谴责|指责|抨击)(?=[\u4e00-\u9fff])|"  # 任瑞红警告…: a warning, a view
                    r"^[^，,。：:“”]{1,12}要求[^，,。]{1,12}"
                    r"(?:恪守|遵守|停止|立即|尽快|立刻|不要|放弃|释放|撤回)")  # a demand: a view
HEADLINE = re.compile(r"^(?=[^：:，,。]*[：:])[^：:，,。]*?[\u4e00-\u9fff] [\u4e00-\u9fff]|"  # 标题 标题：正文
                      r"^\d{4}\s*[：:]")  # 1981：前车之鉴…, a year as a heading
PERSONAL = re.compile(r"(?<![其吉利])[他她](?![国人乡])")  # 他, 她: whoever was named before
# 他 the object of someone's act (医生…让他进入昏迷状态): not whom the sentence names before it
# (that one would be 自己), but someone the sentences before named.
OBJECT_PRONOUN = re.compile(r"(?:[让使令把给对向叫请帮被将]|逮捕|拘留|扣留|送往|送到|带到|带走|接见|会见)[他她](?![国人乡们])")
# A byline or time stamp left inside the text (RICHARD PÉREZ-PEÑA 2020-09-03 14:43:23).
# (?<!…) and \s*+: each run scanned from its start only (a 1,000-letter capital run took 9 s).
STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|(?<![A-Z])[A-Z]{3}[A-Z .\-ÀÉÍÓÚÑ]*\s+\d{4}|"
                   r"[（(]\s*(?:记者|編輯|编辑|中央社)|专电|電）|电）")
CLOCK = re.compile(r"\d{1,2}\s*[时点](?:半|\d|[零一二三四五六七八九十]|$|[^钟])|[零一二三四五六七八九十]{1,3}[时点]半?(?!候|钟|期)")  # detail
COUNT = re.compile(r"(?<!\d)\d+(?:\.\d+)?\s*+(?:家|名|人|枚|艘|架|项|个|亿|万)")
QUESTION = re.compile(r"[？?]\s*[”」]?$")
# A judgement the writer makes (what something means, what must follow): told as commentary,
# with who judges.
# An intent the writer reads into an actor (一直试图, 企图, 意在) is a judgement too.
COMMENTARY = re.compile(r"意味着|凸显|折射|表明了|说明了|标志着|无疑|势必|必将|显然|可以看出|可见(?![性度光])|堪称|"
                        r"可谓|理应|应当|应该|不可避免|实质上|本质上|[，,](?:显示|显出|反映)|一直试图|企图|(?<!同)意在|意图|图谋|"
                        r"独裁|专制|暴政|显得|喜忧参半|不容乐观|乏善可陈|值得注意|"  # 在朝鲜的独裁体制下…显得分外不寻常: the writer's judgement
                        r"镇压|打压|霸凌|迫害|民族主义|实际上|互不隶属|政治实体|"  # a label or a status one side claims
                        r"类似于|如出一辙|无异于")  # …是新的做法，但这类似于…: the writer's comparison  # 随着中共…持续镇压异见人士: the writer's framing of an act
# An actor's wish or claim (美国…希望确保北京不要…, 抱持希望): a stance, someone's view, not a fact.
STANCE = re.compile(r"希望|主张|期望|期盼|盼望|坚信|(?<![被所])认为")
# The next sentence goes on with the same speaker (国务院高级官员还指责…): the one before is theirs.
SAME_SPEAKER_ON = re.compile(r"^[^，,。“”]{2,16}?(?:还|也|又|并|同时|进一步|另外)(?:指责|表示|说|称|批评|指出|"
                             r"强调|警告|谴责|认为|透露|补充|重申)")
# A sentence that opens on its speaker and cue (蔡英文回应表示，…; 她指出：…): reported speech.
SPEAKER_CUE = re.compile(r"^[^，,。“”「」]{1,30}?(?:说|称|表示|指出|提到|提及|强调|重申|认为|回应|透露|补充|警告|"
                         r"批评|谴责|指责|呼吁|预计|预测|预报)[，,：:]")  # (中央气象台预计，…: a forecast)
OWN_SOURCE = re.compile(r"^(?:根据|据|按照|依照)[^，,。]{1,30}[，,]")
# A guess, a feeling or a figure of speech the writer lends to no one: not a fact, and too
# loose to attribute (或将, 似乎, 无法判定, 令…担忧, 画上句号).
HEDGE = re.compile(r"或将|恐将|或许|也许|似乎|恐怕|可能会|(?<![不有])可能(?![性的])|难以|无法判定|无法确定|尚不清楚|不得而知|"
                   r"忧心|(?<!安全)担忧|(?<!安全)担心|焦虑|不排除|[，,][^，,。]{0,12}?或(?:迎来|面临|出现|引发|导致|陷入|走向)|引人注目|令人|句号|最后一块|命悬一线|硬仗|预计|预期|预料|"
                   r"(?<![命法指禁])令[^，,。]{1,12}(?:关注|担忧|不安|震惊|意外)|"  # not 命令以…担忧为理由
                   r"(?<![即])将会?(?:帮助|有助于|使得?(?!用)|导致|推动|促进|削弱|加剧|提振|拖累|"
                   r"减少|增加|影响)")  # …投资将帮助伯克希尔减少…: what an act will bring, foreseen
# A meeting the report announced (…将分别与…会晤, 将在总统府内接见…): by the brief it has taken place
# or not, and the chronology tells what did (a trip's route, 将前往苏丹…, says where the story goes).
ITINERARY = re.compile(r"(?<![即])将(?:分别|先后|陆续|随后)?(?:在[^，,。]{1,12}?|与[^，,。]{1,40}?)?"
                       r"(?:会晤|会见|接见|出席|参加|举行会谈|会面)")
# The writer's own voice, or the reader's: 我们, 笔者, 您, 本报, 记者 (outside a quote).
VOICE = re.compile(r"我们|我国|我方|笔者|本人|本报|本台|本网|本刊|本文|记者(?:了解|获悉|注意|看到|发现|从)|"
                   r"(?<![自])我|您|你")
# A quarter with no year (散户第二季买入…): of the report's year, or the year before if not yet.
QUARTER = re.compile(r"(?<![年\d])第(?P<n>[一二三四])季(?=度|时|[买卖出入增减上下净共累])")


def _quarter_dated(reference: datetime | None, text: str) -> str:
    """第二季 → 2020年第二季: a quarter counted from the report, anchored (a span, 过去五个月,
    is written out with every relative time: analysis.standalone.written_span)."""
    if reference is None:
        return text
    now = (reference.month - 1) // 3 + 1

    def quarter(m: re.Match) -> str:
        n = "一二三四".index(m["n"]) + 1
        return f"{reference.year if n <= now else reference.year - 1}年{m[0]}"
    return QUARTER.sub(quarter, text)


# A feature's hook: a decision or choice announced and not told, to be read on (…，但他却做了
# 一个决定，让很多人看不明白。).
TEASER = re.compile(r"[，,](?:但|可|然而|不过)?[^，,。]{0,12}?(?:做|作)出?了一个[^，,。]{0,8}?(?:决定|选择)"
                    r"(?:[，,](?:让|令|使)[^，,。]{0,14})?[。！!]?$")  # (…，让很多人看不明白: how it struck)
ENOUGH_TOLD = 20  # characters before a hook that tell something on their own

# 目前 before what someone is (目前为…保持人, 目前仍是…): a standing state, told without it.
STANDING = re.compile(r"(?<![到至止])目前(?=仍?(?:为(?!止)|是|担任))")
# A time that counts from the day it was written and cannot be written out: 近日, 目前,
# 几个星期前, 近一个月来 (近年来 and 多年来 are a story's long run, and stay).
VAGUE_TIME = re.compile(r"近日|日前|早前|最近(?!一次|一届|的一次|[^，,。]{0,4}?[一二两三四五六七八九十几\d]+(?:任|届|位|名))|近期|近来|目前|正在|(?<!出)现在|当前|如今|眼下|稍早|早些时候|不久前|前不久|前段时间|前些日子|前阵子|前一阵子?|"
                        r"这几天|连日|近几[天日周月]|[几数两]个?(?:星期|礼拜|周|天|日|月)(?:前|以来|来|内)|"
                        r"[一二三四五六七八九十\d]+个?(?:星期|礼拜)(?:前|以来)|"
                        r"近一个?(?:月|周|星期)|过去(?:[几数一两]个?)?(?:星期|周|天|月)|过去(?:[一两半]|一个?半)?年|近半年|"
                        r"上周|本周|这周|下周|今明两?年|(?<![\d〇零一二三四五六七八九十])月(?:初|中旬|底|末)|"
                        r"(?<![\d〇零一二三四五六七八九今去明前当同])年(?:初|底|末)|晚些时候|"
                        r"(?<![日天晚号\d])(?:上午|下午|中午|晚间|傍晚|凌晨|清晨|深夜)")  # of which day
# A span up to the report (近几个月来，) in front of a state that holds at its end: the state is
# the story's background as it breaks, and the span can go.
RECENT_SPAN = re.compile(r"^(?:近(?:几|数|一两)个?(?:月|星期|周|年)(?:来|以来)|近来|近期以来|"
                         r"最近(?:几|数)个?(?:月|星期|周)(?:来|以来)?)\s*[，,]\s*")
# A day counted from the report's own (昨天, 今早): written out from a publication time whose
# zone may not be the event's, it can be a day off; a date the sentence also gives is safe.
REPORT_DAY = re.compile(r"(?:昨天|昨日|昨晚|前天|今早|今晨|今晚|今天|今日)(?!\s*+[（(]?\s*+\d{1,2}\s*月)")
# Something named by its kind alone, as if the reader had just read of it: 声明指, 文件规定,
# 会后, 如上表述, 有关言论, 该报.
UNOWNED = re.compile(r"^(?:声明|文件|报告|公报|新闻稿|通知|公告|公开信|信中|文章|文中|书中|片中|报道|报导|会议|会谈|"
                     r"会后|会上|会中|讲话|演讲|视频|片段|影片|照片|图片|事件|活动(?=得到|吸引|由|在|于|期间|现场|共|当天))|^在?[\u4e00-\u9fff]{0,4}现场[，,]|"  # which event, which scene
                     r"如上|如下|上文|下文|前述|前者|后者|有关言论|相关言论|这番|这些话|该报|该台|该社|该网|"
                     r"该刊|该报道|另一|另外一|^(?:由于|因为|随着)?(?:争论|争议|风波|冲突|此事)|"
                     r"(?:一样|同样)(?=[^，,。]{0,4}(?:提到|表示|批评|关注|要求|呼吁|反对|支持))|"
                     r"^在(?:访|出访|访问)[^，,。\d]{1,6}(?:过程中|期间)[，,]|在会[中上后]|"  # which visit, which meeting
                     r"^(?:到访|来访|访问|出访|会谈|会见|抵达)(?:后|之后|期间|时)|"  # whose visit
                     r"事后|事发后|事发时|事发当时|案发后|有关消息|相关消息|这一消息|这个消息|"  # which event, which news
                     r"出事|(?:有关|相关)(?:结果|事件|情况|问题|决定|事宜)|"  # 出事的比例, 有关结果: what happened is told before
                     r"^[几数两一二三四五六七八九十\d]+个?(?:小时|钟头|分钟|天)(?:后|之后|以后)|"  # counted from what
                     r"^(?:一些|部分|这些|所有)?(?:被|受)[\u4e00-\u9fff]{1,3}的?[\u4e00-\u9fff]{1,5}?中?(?:包括|包含|有|，|,|如)|"  # 被禁应用包括: which ban
                     r"^(?:根据|按照|依照|依据)(?:宣言|协议|协定|声明|指引|文件|规定|条约|计划|方案|报告|决定)[，,]|"  # which declaration
                     r"(?:将|把|对)其(?![他中余实])")  # 将其称为: what it stands for
DONE = re.compile(r"了|已经|已|曾|过(?![程去])|遭|引发|被[^，,。]{0,12}(?:捕|拘|扣|关|杀|送|判)")  # an act, not a state
LONG_RUN = re.compile(r"^(?:近年来|近年|多年来|长期以来|历史上|自\d{4}年(?:以来|起))")  # history
# What the writer of an opinion piece calls it: its title says so.
COLUMNIST = re.compile(r"专栏作家|专栏作者|评论员|时评人|社评|社论")  # 撰稿 / 徐立凡（专栏作家）: a column
OPINION_TITLE = re.compile(r"观察|评论|社评|社论|专栏|时评|观点|评析|述评|随笔|札记|短评|快评|论坛[:：|｜]|"
                           r"(?:^|\s|】)评[:：]")  # 女警…遭停机 评:运营商…: a portal's commentary tag
# Who reported it, in front: 据英国广播公司报道，/ 美联社消息，/ 英国《金融时报》报导指，
ATTRIBUTION = re.compile(r"^(?:据[^，,。]{1,24}?(?:报道|报导|消息)|(?:根据)?[^，,。]{2,14}?(?:报道|报导|消息)"
                         r"(?:指|称|说)?)[，,:：]")
NEAR_REPEAT = 0.3  # cosine similarity (TF-IDF) above which two sentences say the same
SAME_THING = 0.12  # …or above which two sentences naming the same document do
SAME_NAME = 0.06  # …or above which two sentences of one year naming one named thing do
QUOTED_NAME = re.compile(r"(?<=[“「《])([^“”「」《》，,。]{3,12})(?=[”」》])")  # “核咨商小组”, 《华盛顿宣言》
PREFIX = re.compile(r"^(?:问|答|Q|A)\s*[：:]\s*")
TITLE = re.compile(r"《[^》]{2,40}》")
LIST_INTRO = re.compile(r"如下|(?:下面|以下)(?:是|为|列出)|(?:名单|清单|列表)[：:]|[：:]$|"  # a list follows,
                        r"^[^，,。：:“”「」]{2,12}[：:]\s*[^，,。；;：:]{1,12}(?:、[^，,。；;：:]{1,12})+。?$")  # or is one
SAME_WORDS = 0.24  # share of a sentence's words (but the topic's), by rarity, another says too
SAME_TIME_WORDING = 0.12  # bigram overlap at which two accounts of one moment tell one fact
MIN_CHARS, MAX_CHARS = 20, 160
HISTORY_DAYS = 180  # what happened this long before the earliest source is the story's history
# An aside (a leader's profile on the economy, a sentence on another matter inside an on-topic
# article): its words but the topic's are next to absent from the other sources' titles and
# leads (ASIDE_LEAD) and from their bodies (ASIDE_BODY). Judged only over three sources or more.
ASIDE_LEAD, ASIDE_BODY, ASIDE_SOURCES = 0.02, 0.03, 3
CORE_WEIGHT = 0.5  # what the other sources' leads agree on is what the story is about
PARAGRAPH_SENTENCES = 3  # a first paragraph longer than this leaves what stands to the second


@dataclass
class Candidate:
    sentence: Sentence
    text: str  # as it will read
    vector: dict[str, float]
    when: datetime | None  # when what it describes happened
    days: frozenset  # the days it names
    theme: int  # 0 what the term means and where it comes from, 1 what happened, 2 judgements
    score: float = 0.0
    weights: dict[str, float] | None = None  # its words but the topic's, by rarity
    agreement: float = 0.0  # how much the other sources' titles and leads say it too
    dates: frozenset = frozenset()  # the months and days it names (YYYY-MM, YYYY-MM-DD), and
    # the months of a part of a year it names

    def shared_with(self, other: "Candidate") -> float:
        """How much of the shorter of two sentences the other says too (its rare words,
        other than the topic's, weighted by rarity)."""
        if not self.weights or not other.weights:
            return 0.0
        shared = sum(self.weights[w] for w in self.weights.keys() & other.weights.keys())
        return shared / max(1e-9, min(sum(self.weights.values()), sum(other.weights.values())))


def definition_pattern(terms: set[str]) -> re.Pattern | None:
    """所谓延伸威慑是指…, 延伸威慑，是指…, “核咨商小组”指的是…, 诺维乔克是一种…: a source
    defining a term."""
    if not terms:
        return None
    names = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?:所谓\s*[“「\"]?(?:{names})[”」\"]?\s*[，,]?\s*(?:是指|指的是|就是|是)|"
                      rf"^[“「\"]?(?:{names})[”」\"]?(?:[（(][^）)]{{1,40}}[）)])?\s*[，,]?\s*"
                      rf"(?:是指|指的是|是一种|是一类|属于|即))")


THIS_IS = re.compile(r"^(?:这|这种|它|此)(?=是一种|是一类|属于)")  # 这是一种…: the thing just named


def defined_here(documents: Documents, sentence: Sentence, text: str) -> str:
    """这是一种由苏联研发的强效神经毒素 after a sentence naming 诺维乔克 (and no other of the
    topic's terms) → 诺维乔克是一种…; otherwise `text` unchanged."""
    opening = THIS_IS.match(text)
    if not opening:
        return text
    before = [s for s in documents.analysis.by_article.get(sentence.article.id, [])
              if s.position == sentence.position - 1 and s.paragraph >= sentence.paragraph - 1]
    if not before:
        return text
    named = {form for form in documents.topic_words if form in before[0].text}
    named = {form for form in named if not any(form != other and form in other for other in named)}
    if len(named) != 1:
        return text
    return named.pop() + text[opening.end():]


def subject_before(documents: Documents, sentence: Sentence, text: str, rewritten: str) -> bool:
    """Whether 他 was filled in with the topic's own name (纳瓦尔尼) that opens the sentence
    before as its subject: the one case sure enough for the background."""
    before = [s for s in documents.analysis.by_article.get(sentence.article.id, [])
              if s.position == sentence.position - 1]
    if not before:
        return False
    opening = re.sub(r"^[\d\s年月日]*[，,]?\s*", "", before[0].text)
    return any(form in rewritten and form not in text and opening.startswith(form)
               for form in documents.topic_words)


def leans(text: str, people: tuple[str, ...] = ()) -> bool:
    """Whether a sentence needs what came before it to be understood: 他 or 她 counts only
    when none of `people` (whom the sentence names) comes before it."""
    if DANGLING.match(text) or OBJECT_PRONOUN.search(unquoted(text)) or \
            any(not named_here(text, m) for m in (*LEANING.finditer(text), *UNOWNED.finditer(text))):
        return True
    return any(not any(0 <= text.find(name) < m.start() for name in people)
               for m in PERSONAL.finditer(text))


HEADS = "行国党市省州县局部院校社台报团会署厅军司队"  # 汇丰银行 … 该行, 中国 … 该国


def named_here(text: str, match: re.Match) -> bool:
    """Whether what a reference points at is named before it in the same sentence: 该行 or
    该银行 after 汇丰银行 (…汇丰银行…压力，因该行试图…), 后者 after a pair (美国和英国立法者…，后者…)."""
    before = text[:match.start()]
    if match[0] in ("后者", "前者"):
        return bool(re.search(r"[\u4e00-\u9fff](?:和|与|及)[\u4e00-\u9fff][^。；;]*[，,]$", before))
    if not match[0].startswith("该") or not before:
        return False
    noun = text[match.start() + 1:match.start() + 3]
    return bool(len(noun) == 2 and noun[-1] not in "者员人家手官长士" and  # not 该记者: which one
                re.search(rf"[\u4e00-\u9fff]{re.escape(noun)}", before) or
                noun[:1] and noun[0] in HEADS and re.search(rf"[\u4e00-\u9fff]{noun[0]}", before))


def unquoted(text: str) -> str:
    """The writer's own words: `text` without what it quotes."""
    return re.sub(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"", "", text)


def opinion(documents: Documents, article) -> bool:
    """An opinion piece (a column, a commentary): its title says so, or its writer speaks
    in the first person before its closing lines (a 我们 in someone's words, 蔡英文表示，…我们…,
    or in a 《title》 is theirs; a feature's last lines, 让我们一起道一声…, address its readers)."""
    if OPINION_TITLE.search(article.title or "") or \
            any(COLUMNIST.search(credit) for credit in article.credits or ()):
        return True
    sentences = documents.analysis.by_article.get(article.id, [])
    own = [s.text for s in sentences[:len(sentences) - len(sentences) // 7]
           if s.speech is None and not SPEECH.search(s.text)]
    return len(VOICE.findall(re.sub(r"《[^《》]*》", "", unquoted("".join(own) if sentences else article.body)))) >= 3


# A paragraph that opens on who reports it (据港台各大媒体报道，/ 根据…媒体 / 韩联社报导指，): what follows
# is theirs.
REPORTED_BY = re.compile(r"^(?:(?:据|根据|按照)[^，,。]{1,24}?(?:报道|报导|消息|媒体|传媒|网站|披露)|"
                         r"[^，,。]{2,14}?(?:报道|报导)(?:指|称|说)?[，,])")  # 韩联社报导指，


def reported_before(documents: Documents, sentence: Sentence) -> bool:
    """Whether the sentence goes on in a paragraph whose first sentence says who reports it."""
    if sentence.index == 0:
        return False
    first = next((s for s in documents.analysis.by_article.get(sentence.article.id, [])
                  if s.paragraph == sentence.paragraph and s.index == 0), None)
    return first is not None and REPORTED_BY.match(first.text) is not None


ANALYSIS_OPENS = re.compile(r"^[^，,。]{0,12}分析(?:认为|指出|称|人士认为)[，,]")  # 一些媒体分析认为，…


def analysed_before(documents: Documents, sentence: Sentence) -> bool:
    """Whether the paragraph before opens on whose analysis it tells (一些媒体分析认为，…): the
    analysis runs on into this paragraph (中方在当地的投资承诺未有兑现…), no fact of the outlet's."""
    before = documents.analysis.paragraph_before(sentence)
    return bool(before) and ANALYSIS_OPENS.match(before[0].text) is not None


def said_by_the_next(documents: Documents, sentence: Sentence) -> bool:
    """Whether the next sentence of its paragraph goes on with a speaker (…官员还指责): then
    this one is that speaker's too, though it does not say so."""
    paragraph = documents.analysis.paragraph(sentence)
    after = paragraph[sentence.index + 1] if sentence.index + 1 < len(paragraph) else None
    return after is not None and SAME_SPEAKER_ON.match(after.text) is not None


def said_before(documents: Documents, sentence: Sentence) -> bool:
    """Whether an earlier sentence of its paragraph reports someone's words (蔡英文回应表示，…)
    or forecast (中央气象台预计，…) that run on into this one with no new cue: then this one is
    that speaker's too (台湾是个民主蓬勃发展的国家…), neither the outlet's judgement nor a fact. A direct quote closed
    at its sentence's end (…：“…。”) has ended; so has speech a sentence citing a source of its
    own (根据…宣言，…) follows."""
    if OWN_SOURCE.match(sentence.text):
        return False
    for earlier in reversed(documents.analysis.paragraph(sentence)[:sentence.index]):
        if OWN_SOURCE.match(earlier.text):
            return False
        speech = earlier.speech
        speaks = SPEAKER_CUE.match(earlier.text) is not None or speech is not None and \
            bool(speech.speaker) and 0 < speech.claim_start <= len(earlier.text) and \
            earlier.text[speech.claim_start - 1] in "，,：:"  # 表示，…: not 指出新政策的问题
        if speaks:  # (…是巴西经济的“火车头”。: a word quoted at the end closes no quote)
            quoted = speech is None or earlier.text[speech.claim_start:].lstrip()[:1] in "“「"
            return not (quoted and re.search(r"[”」][。！？]?$", earlier.text.strip()))
    return False


def attribute(documents: Documents, sentence: Sentence, text: str) -> str:
    """Commentary said by whom: 美国之音刊文认为，… or 有分析认为，… (unless it says so)."""
    if ATTRIBUTION.match(text) or re.match(r"^据[^，,。]{1,24}?(?:说法|看法|分析)[，,]", text):
        return text
    publisher = sentence.article.publisher
    who = f"{publisher}刊文" if publisher else "有分析"
    return f"{who}认为，{text}"


# A clause that only gives a condition, a concession or a purpose (the chronology's), or a cause.
SUBORDINATE = re.compile(rf"{CONDITIONAL.pattern}|^由于")


def cleaned(text: str) -> str:
    return PREFIX.sub("", text).strip()


def consider(documents: Documents, sentence: Sentence, defines: re.Pattern | None,
             opinion_pieces: set[int], text: str | None = None) -> Candidate | str:
    """The sentence (or `text`, its opening clauses) as a background candidate, or why it
    is not one."""
    text = cleaned(sentence.text if text is None else text)
    if not (MIN_CHARS <= len(text) <= MAX_CHARS) or len(sentence.words) < 4:
        return "length"
    text = defined_here(documents, sentence, text)
    defining = bool(defines and defines.search(text))
    if all(SUBORDINATE.match(clause) for clause in re.split(r"[，,；;]\s*", text.rstrip("。")) if clause):
        return "no main clause"  # 因为距离地球很近，由于地球引力而改变了轨道: what did
    if not defining and (sentence.speech is not None or SPEECH.search(text) or
                         QUESTION.search(text) or text.startswith(("“", "「"))):
        return "speech or question"
    quoted = sum(len(q) for q in re.findall(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"", text))
    if not defining and quoted > 0.4 * len(text):
        return "mostly quotes"
    if REPORT_DAY.search(text):
        return "a day counted from the report's"
    if STAMP.search(text) or CLOCK.search(text) or LIST_INTRO.search(text) or HEADLINE.search(text) or \
            not re.search(r"[，,；;。！？!?…”」]", sentence.text):
        return "a detail, a stamp or a list"  # (…登船路线抢先看, no mark in it: a page's heading)
    if not (documents.on_story(sentence) or defining and documents.names_topic(text)):
        return "off topic"
    if sentence.article.id in opinion_pieces and not defining:
        return "opinion piece"
    framed = ATTRIBUTION.match(text)
    said = unquoted(text[framed.end():] if framed else text)
    if VOICE.search(said):
        return "the writer's or reader's voice"
    judged = bool(COMMENTARY.search(said))
    if STANCE.search(said):
        return "someone's stance"
    if said_by_the_next(documents, sentence):
        return "the words of whom the next sentence quotes"
    if not framed and said_before(documents, sentence):
        return "the words of whom a sentence before quotes"
    if HEDGE.search(said):
        if not framed:
            return "a guess or a feeling"
        judged = True  # 英国《金融时报》报导指，…令澳洲关注…: commentary, and says whose
    plan = ITINERARY.search(said)
    if plan and not re.search(r"宣布|宣言|承诺|同意|决定|协议|声明", said[:plan.start()]):
        return "a plan of what was to come"  # (what a declaration announced is its content)
    if not framed and analysed_before(documents, sentence):
        return "the analysis of whom the paragraph before names"
    if not framed and reported_before(documents, sentence):
        return "reported by others, said in the sentence before"
    frame = ""
    if framed and not judged:  # a fact as others report it: told with who reports it (a
        if not defining:       # term's meaning is no one's claim)
            frame = documents.analysis.polish(text[:framed.end()])
        text = text[framed.end():]
    rewritten = documents.analysis.standalone(sentence, text)
    if not rewritten:
        return "leans on what it lost"
    rewritten = frame + rewritten
    if any(r.kind == "pronoun" and r.text in ("他", "她") and r.text in text
           for r in sentence.leans_on) and not subject_before(documents, sentence, text, rewritten):
        return "leans on what it lost"  # 他 filled in from the sentences before: unsure
    text = introduced(documents, sentence, rewritten)
    recent = RECENT_SPAN.match(text)
    if recent and not DONE.search(text[recent.end():]):
        text = text[recent.end():]  # 近几个月来，汇丰…面临着…压力: what stands as the story breaks
    text = STANDING.sub("", text)  # 博尔特目前为…世界纪录保持人: who he is, no moment
    teaser = TEASER.search(text)
    if teaser and teaser.start() >= ENOUGH_TOLD:
        text = text[:teaser.start()] + "。"  # …，但这个“名校长”却做了一个决定，让很多人看不明白: not told
    text = _quarter_dated(documents.reference_times.get(sentence.article.id), text)
    if VAGUE_TIME.search(unquoted(text)):
        return "a time counted from an unknown day"
    opener = tuple(w for w in documents.topic_words if text.startswith(w))  # 梅西（…）13岁…，…他
    if leans(text, tuple(m.text for m in sentence.mentions if m.kind == "person") + opener) or \
            COMPELLED.search(text):
        return "leans on what it lost"
    lost = lost_context(documents, sentence, text)
    if lost:
        return lost
    if garbled(text):
        return "muddled in its source"
    text = laid_down(documents, sentence, titled(documents, sentence, written_once(sentence, text)))
    text = text if ATTRIBUTION.match(text) else reported_finding(documents, sentence, text)
    if unanchored(text) or documents.written_after(sentence, text):
        return "a date without its year"
    theme = 0 if defining else 2 if judged else 1
    when, _ = described_time(documents, sentence)
    days = frozenset(t.iso for t in documents.times(sentence)
                     if t.precision in ("day", "hour", "minute"))
    earlier = flashback(documents, sentence)
    if earlier is not None and theme == 1 and DONE.search(text):
        # 8月1日，成千上万的人曾走上柏林街头。许多示威者…因此警察驱散了一场集会的参与者: of 8月1日
        text = f"{earlier.start.month}月{earlier.start.day}日，{text}"
        when, days = earlier.start, frozenset([earlier.iso])
    if theme == 1 and not any(t.precision in ("day", "hour", "minute", "month", "season", "year")
                              for t in documents.times(sentence)) and not DONE.search(text) \
            and sentence.paragraph > 0:  # a lede tells the news
        theme = 3  # no time of its own and nothing done: who is who, what stands (成蕾是…女主播)
    if LONG_RUN.search(text):
        theme = 0  # 近年来, 多年来: the story's history
    topic = documents.topic_words
    weights = {w: documents.idf.get(w, 1.0) for w in sentence.words
               if not any(t in w or w in t for t in topic)}
    dates = frozenset(t.iso for t in documents.times(sentence)
                      if t.precision in ("day", "hour", "minute", "month")) | frozenset(
        month for t in documents.times(sentence)  # 2019年秋季: 2019-09, 2019-10, 2019-11
        if t.precision in ("season", "half", "quarter", "year_part") for month in months(t))
    return Candidate(sentence, text, documents.vector(sentence.words), when, days, theme,
                     weights=weights, dates=dates)


FLASHBACK_DAYS = 3  # a day this long before its report's is an earlier moment, not the news


def flashback(documents: Documents, sentence: Sentence):
    """The day a sentence that names no time of its own goes on telling: the day the sentence
    before it in its paragraph opens on, when that day is earlier than its report's (8月1日，
    成千上万的人曾走上柏林街头。 in a report of 8月30日); else None."""
    if documents.times(sentence) or sentence.index == 0 or not sentence.article.published:
        return None
    before = documents.analysis.paragraph(sentence)[sentence.index - 1]
    opening = next((t for t in documents.times(before) if t.precision == "day" and
                    before.text[:t.offset].strip(" ，,") == ""), None)
    if opening is None:
        return None
    published = sentence.article.published.replace(tzinfo=None)
    return opening if (published - opening.start).days > FLASHBACK_DAYS else None


class Story:
    """What the central sources say beside the topic's own terms: each one's title and lead
    (its first two paragraphs), and its whole body, as words weighted by rarity."""

    def __init__(self, documents: Documents) -> None:
        self.documents = documents
        self.topical: dict[str, bool] = {}  # word → shares a topic term (asked per word once)
        self.leads: dict[int, dict[str, float]] = {}
        self.bodies: dict[int, dict[str, float]] = {}
        for choice in documents.selected:
            article = choice.article
            if not documents.central(article):
                continue
            sentences = documents.analysis.by_article.get(article.id, [])
            lead = documents.segmenter.content_words(article.title or "") + tuple(
                w for s in sentences if s.paragraph <= 1 for w in s.words)
            self.leads[article.id] = documents.vector(self._untopical(lead))
            self.bodies[article.id] = documents.vector(
                self._untopical(tuple(w for s in sentences for w in s.words)))
        # each source's norm once, not once for every sentence compared with it
        self.norms = {id(v): math.sqrt(sum(x * x for x in v.values()))
                      for v in (*self.leads.values(), *self.bodies.values())}

    def _untopical(self, words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w for w in words if not self._topical(w))

    def _topical(self, word: str) -> bool:
        known = self.topical.get(word)
        if known is None:
            known = self.topical[word] = any(t in word or word in t
                                             for t in self.documents.topic_words)
        return known

    def support(self, sentence: Sentence, of: dict[int, dict[str, float]]) -> float:
        """How much the other central sources (`leads` or `bodies`) say what `sentence` says,
        on average (cosine of word weights); its own source when it is the only one."""
        vector = self.documents.vector(self._untopical(sentence.words))
        others = [v for i, v in of.items() if i != sentence.article.id] or list(of.values())
        if not others:
            return 0.0
        norm = math.sqrt(sum(x * x for x in vector.values()))
        total = 0.0
        for other in others:
            if vector and other and norm and self.norms[id(other)]:
                dot = sum(value * other.get(word, 0.0) for word, value in vector.items())
                total += dot / (norm * self.norms[id(other)])
        return total / len(others)

    def aside(self, candidate: Candidate) -> bool:
        """Whether a sentence is about something else than the story, though its article is
        not: next to nothing of it in the other sources. A definition or the story's long
        run (theme 0) is kept. With too few sources to tell, only a sentence sharing no word
        with any lead, in a paragraph that names nothing of the topic, is (大流行已经给需求造成了
        打击… in an oil-market report beside a hurricane)."""
        if candidate.theme == 0:
            return False
        if len(self.leads) < ASIDE_SOURCES:
            paragraph = "".join(s.text for s in self.documents.analysis.paragraph(candidate.sentence))
            return candidate.agreement == 0 and not any(w in paragraph for w in self.documents.topic_words)
        return candidate.agreement < ASIDE_LEAD and \
            self.support(candidate.sentence, self.bodies) < ASIDE_BODY


class BackgroundSummarizer:
    def summarize(self, documents: Documents, section: Section) -> list[Item]:
        defines = definition_pattern(documents.topic_words)
        opinion_pieces = {choice.article.id for choice in documents.selected
                          if opinion(documents, choice.article)}
        candidates = [c for c in (consider(documents, s, defines, opinion_pieces)
                                  for s in documents.sentences) if not isinstance(c, str)]
        story = Story(documents)
        for candidate in candidates:
            candidate.agreement = story.support(candidate.sentence, story.leads)
        candidates = [c for c in candidates if not story.aside(c)]
        if not candidates:
            return []
        most = max(c.agreement for c in candidates) or 1.0
        centroid: dict[str, float] = {}
        for candidate in candidates:
            for word, value in candidate.vector.items():
                centroid[word] = centroid.get(word, 0.0) + value
        for candidate in candidates:
            topical = sum(1 for form in documents.topic_words if form in candidate.text)
            early = 1.0 / (1 + candidate.sentence.paragraph)
            candidate.score = (cosine(candidate.vector, centroid) + 0.15 * min(topical, 2) +
                               0.1 * early + (1.0 if candidate.theme == 0 else 0.0) -
                               (0.1 if candidate.theme == 2 else 0.0) +
                               (0.1 if candidate.days else 0.0) +  # an event of a known day
                               (CORE_WEIGHT * candidate.agreement / most
                                if candidate.theme in (1, 3) else 0.0))
        ranked = sorted(candidates, key=lambda c: (-c.score, c.sentence.order))
        opener = opening(documents, story, defines, opinion_pieces)
        if opener is not None and opener.agreement < OPENER_AGREEMENT * most:
            opener = None  # no lead tells what the others agree on
        if opener is None and len(story.leads) >= 2:  # …the act of a known day the leads of
            opener = dated_act(documents, candidates, most)  # two sources or more agree on opens
        if opener is not None and retold(documents, opener, days_only=True):
            opener = None  # the story's news is the chronology's, not its background
        if opener is not None:
            ranked = [c for c in ranked if c.sentence is not opener.sentence]
        return self._paragraphs(documents, self._choose(documents, section, ranked, opener),
                                opener)

    def _choose(self, documents: Documents, section: Section,
                ranked: list[Candidate], opener: Candidate | None = None) -> list[Candidate]:
        """The opener, then the best candidates that say nothing twice and nothing the
        chronology says (the opener may, in other words: it tells what the story is)."""
        chosen: list[Candidate] = [opener] if opener is not None else []
        length = len(opener.text) if opener is not None else 0
        for candidate in ranked:
            if len(chosen) >= section.max_items:
                break
            if candidate.theme == 0 and any(c.theme == 0 for c in chosen):
                continue  # one definition is enough
            if length + len(candidate.text) > section.max_chars:
                continue
            if any(self._same(candidate, other) for other in chosen):
                continue
            if told_word_for_word(documents, candidate.text):
                continue  # the chronology or a viewpoint tells it already
            if retold(documents, candidate):
                continue
            chosen.append(candidate)
            length += len(candidate.text)
        return chosen

    @staticmethod
    def _same(a: Candidate, b: Candidate) -> bool:
        """Whether two sentences say the same thing: alike in words, or alike enough while
        naming the same document or the same day."""
        likeness = cosine(a.vector, b.vector)
        if likeness >= NEAR_REPEAT or a.text == b.text:
            return True
        shared_title = set(TITLE.findall(a.text)) & set(TITLE.findall(b.text))
        same_day = bool(a.days & b.days)
        same_count = set(COUNT.findall(a.text)) & set(COUNT.findall(b.text))  # 24家公司
        if same_count and likeness >= 0.1:
            return True
        if a.when is not None and a.when == b.when and pair_overlap(  # (…报告指出，: whose, not what)
                SAYS_OPENING.sub("", a.text), SAYS_OPENING.sub("", b.text)) >= SAME_TIME_WORDING:
            return True  # 2018年 … 布拉格市长 … 台北, told by two sources
        if a.shared_with(b) >= SAME_WORDS:
            return True  # 签署复交协议 … 阿联酋, told twice in other words
        for one, other in ((a, b), (b, a)):
            subject = defined_subject(one.text)
            if subject is not None and (subject == defined_subject(other.text) or
                                        one.theme == other.theme == 3 and other.text.startswith(subject)):
                return True  # 实体清单是… beside 实体清单被认为是…; 纳瓦尔尼是…批评者 beside 纳瓦尔尼因…声名鹊起
        undated = any(c.sentence is not None and not c.sentence.times for c in (a, b))
        one_year = undated or a.when is not None and b.when is not None and a.when.year == b.when.year
        if one_year and likeness >= SAME_NAME and \
                any(name in other.text for one, other in ((a, b), (b, a))
                    for name in QUOTED_NAME.findall(one.text)):
            return True  # 2023年，美韩成立…“核咨商小组” beside …宣布设立核咨商小组 (that year, or undated)
        return likeness >= SAME_THING and bool(shared_title) or likeness >= 0.06 and same_day

    @staticmethod
    def _paragraphs(documents: Documents, chosen: list[Candidate],
                    opener: Candidate | None = None) -> list[Item]:
        """Up to three paragraphs of one theme each: what the story is about (what the key
        term means, the situation most sources' leads agree on, who is who and what stands);
        how it came about, in the order things happened (its history first); commentary,
        attributed."""
        dated = [c.sentence.article.published for c in chosen if c.sentence.article.published]
        earliest = min(dated).replace(tzinfo=None) if dated else None
        for candidate in chosen:
            if candidate.theme == 1 and candidate is not opener and earliest and candidate.when and \
                    (earliest - candidate.when).days > HISTORY_DAYS:
                candidate.theme = 0  # the story's history
        defines = definition_pattern(documents.topic_words)
        defining = {id(c) for c in chosen if c.theme == 0 and defines and defines.search(c.text)}
        current = [c for c in chosen if c.theme in (1, 3)]
        core = opener if opener is not None else \
            max(current, key=lambda c: (c.agreement, -chosen.index(c))) if current else None
        first = sorted((c for c in chosen if id(c) in defining or c is core or c.theme == 3),
                       key=lambda c: (id(c) not in defining, c is not core, c.sentence.order))
        standing = [c for c in first if c.theme == 3 and c is not core and id(c) not in defining] \
            if len(first) > PARAGRAPH_SENTENCES else []  # what stands opens the second paragraph
        groups = (
            [c for c in first if c not in standing],
            standing + sorted((c for c in chosen if c.theme in (0, 1) and id(c) not in defining and
                               c is not core), key=lambda c: (c.theme != 0, c.when is None,
                                                              c.when or datetime.min, c.sentence.order)),
            sorted((c for c in chosen if c.theme == 2), key=lambda c: c.sentence.order))
        years = {t.start.year for c in chosen for t in documents.times(c.sentence)
                 if t.precision in ("day", "hour", "minute", "month")}
        items = []
        for members in groups:
            if not members:
                continue
            texts = [attribute(documents, c.sentence, c.text) if c.theme == 2 else c.text
                     for c in members]
            if len(years) > 1:  # 2019年7月21日 beside 7月1日: which year is 7月1日
                texts = [with_years(documents, c.sentence, t) for c, t in zip(members, texts)]
            texts = [month_with_year(documents, c.sentence, t) for c, t in zip(members, texts)]
            items.append(Item(text="".join(_ended(t) for t in texts),
                              sources=sorted({c.sentence.article.id for c in members})))
        return items


CLAUSE = re.compile(r"[，,；;]")
# What a lead's later clauses add that its opening ones can do without: the writer's guess
# (预计这将…), a clause that leans on the one before (这将…).
CUT_MENDS = ("a guess or a feeling", "leans on what it lost", "a time counted from an unknown day")
# A cut that leaves a clause unfinished: a verb whose object followed (…8月29日说), a
# connective (与此同时), who reported it (据报道).
UNFINISHED = re.compile(r"(?:说|称|表示|指出|透露|报道|报导|宣布|认为|强调|警告|显示|获悉|与此同时|同时|"
                        r"此外|然而|但是?|不过|而且|并且|因此|所以)$")
# What an opening cannot yet name as known: 新举措将使… (which new measure), 此举, 这一决定.
PRESUPPOSES = re.compile(r"新(?:举措|措施|政策|规定|规则|法规|法案|方案|禁令|制裁)|此举|这一(?:决定|举动|做法)|"
                         r"该(?:决定|举动|做法)")
OPENER_AGREEMENT = 0.4  # share of the best agreement a lead needs to open the background
DATED_OPENER = 0.9  # …and another sentence, an act of a known day, when no lead can
# …or falls inside what an announcement governs (…在记者会上宣布，因…恶化，…已决定辞任).
GOVERNS = re.compile(r"(?:宣布|表示|说|称|指出|透露|强调|认为)[，,：:]")
# …and one that drops who says or reports it (…封禁了更多中国手机应用，据报道).
SOURCED = re.compile(r"据|报道|报导|消息|称|说|表示|指出|透露")


def opening(documents: Documents, story: "Story", defines: re.Pattern | None,
            opinion_pieces: set[int]) -> Candidate | None:
    """The sentence that introduces the story: the lead of a central source that stands
    alone, names the topic and tells an act or a time (周五 written out as 8月28日), or its
    opening clauses when what follows is the writer's forecast or aside (…宣布因健康
    原因辞职，预计这将…); the one the other sources' leads agree with most. It may tell the
    chronology's event in other words, not in the entry's (a near-repeat across sections)."""
    best: tuple[float, float] | None = None
    chosen = None
    for sentence in documents.sentences:
        if sentence.paragraph > 0 or sentence.index > 0 or not documents.central(sentence.article):
            continue
        text = cleaned(sentence.text)
        cuts = [m.start() for m in CLAUSE.finditer(text)]
        whole = consider(documents, sentence, defines, opinion_pieces, text)
        told = not isinstance(whole, str) and told_word_for_word(documents, whole.text)
        cut = [text[:end] for end in reversed(cuts) if not UNFINISHED.search(text[:end]) and
               not SOURCED.search(text[end:]) and not GOVERNS.search(text[:end]) and not verbless(documents, text[:end])] \
            if told or isinstance(whole, str) and whole in CUT_MENDS else []
        for candidate in [whole, *(consider(documents, sentence, defines, opinion_pieces, t)
                                   for t in cut)]:
            if isinstance(candidate, str):
                continue
            if told_word_for_word(documents, candidate.text):
                continue  # …the entry's words with a clause beside them (与此同时，…): the clauses
            if candidate.theme != 1 or not documents.names_topic(candidate.text) or \
                    PRESUPPOSES.search(candidate.text):  # before it may not be
                break
            agreement = story.support(sentence, story.leads)
            key = (agreement, documents.relevance.get(sentence.article.id, 0.0))
            if best is None or key > best:
                best, chosen = key, candidate
                candidate.agreement = agreement
            break
    return chosen


def dated_act(documents: Documents, candidates: list[Candidate], most: float) -> Candidate | None:
    """When no lead can open (each one guesses, quotes, or is the chronology's entry word for
    word), the sentence the leads (of two sources or more) agree with most, when it tells an act
    of a known day naming the topic in a central source: 日本历史上任职时间最长的首相…安倍晋三8月28日宣布因为身体
    状况不佳辞职, not a remark that presupposes it (安倍晋三得到了时间…)."""
    acts = [c for c in candidates if c.theme == 1 and c.days and
            documents.central(c.sentence.article) and documents.names_topic(c.text) and
            not PRESUPPOSES.search(c.text) and c.agreement >= DATED_OPENER * most and
            not told_word_for_word(documents, c.text)]
    return min(acts, key=lambda c: (-c.agreement, c.sentence.order), default=None)


def months(time) -> list[str]:
    """The months a part of a year spans (YYYY-MM)."""
    found, at = [], time.start.replace(day=1)
    while at < time.end and len(found) < 12:
        found.append(f"{at.year:04d}-{at.month:02d}")
        at = at.replace(year=at.year + at.month // 12, month=at.month % 12 + 1)
    return found


def _ended(text: str) -> str:
    text = text.rstrip("；;，,、：: ")  # (…开启4晚5天之旅；: a list item ends the sentence)
    return text if text.endswith(("。", "！", "？", "”", "」", "…")) else text + "。"
