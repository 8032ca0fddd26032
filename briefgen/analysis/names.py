"""Names the dictionary does not know (潘|振声, 马|莉): read from how the sources use them,
so the segmenter keeps them whole and the tagger calls them people."""

from __future__ import annotations

import re

from briefgen.chinese import Segmenter, segmenter

# Common Chinese surnames: a name jieba does not know opens on one (潘振声, 马莉).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
            "龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
SPEAKS = re.compile(rf"(?=[{SURNAMES}])(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:也|还|则|又|曾)?"
                    r"(?:表示|说|称|透露|坦言|写道|回忆|告诉|指出|介绍)")


def speaking_names(text: str, known: Segmenter) -> tuple[str, ...]:
    """Names the segmenter would cut (潘|振声, 马|莉) that the text shows speaking (马莉表示,
    潘振声说) and names twice or more: a surname, one or two characters, no word of its own."""
    found, judged = set(), set()
    for match in SPEAKS.finditer(text):
        name = match["name"]
        if name in judged:
            continue
        judged.add(name)
        if known.tokenizer.FREQ.get(name) or len(known.words(name)) < 2 or \
                re.search(r"[的了是在和与对向说称也还都被时今同没她他人士方党宫国体记本]", name[1:]):
            continue
        at = [m.start() for m in re.finditer(re.escape(name), text)]
        opened = [text[n - 1:n] for n in at]
        if len(at) >= 2 and any(not c or NAME_OPENS.match(c) for c in opened) and \
                not any(TRANSLITERATED.match(text, n + len(name)) for n in at):
            found.add(name)  # (卢卡申科表示: 申科 is no one, 卡 runs into it)
    return tuple(sorted(found))


# A transliteration running on (马斯|克): the name is longer than the surname-first reading.
TRANSLITERATED = re.compile(r"[克斯尔特德夫娃卡基科诺兰姆奇维]")
# What may stand before a name: a mark, a space, or the end of a post or a kinship (女儿马莉).
NAME_OPENS = re.compile(r"[\W\d]|[长员家师授席士儿女子亲妻夫官者]")


# A person's kin after a name (潘晓颖父母, 潘晓颖的家人): the name is a person's.
KIN = re.compile(r"的?(?:父母|家人|家属|母亲|父亲|女儿|儿子|丈夫|妻子|男友|女友)")


def kin_names(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The spec's words that are a person's name (a surname, two or three characters) and
    that the text gives kin (为他们（潘晓颖父母）…): people, though the spec says not."""
    return tuple(sorted({w for w in words if 2 <= len(w) <= 3 and w[0] in SURNAMES and
                         any(KIN.match(text, at + len(w)) for at in _found_at(text, w))}))


# A clause going on with 她/他 after a name (彭静旋主修音乐，…但她依旧执着于古筝): a person's.
GOES_ON_AS_PRONOUN = re.compile(r"[^。！？!?\n]{0,40}?[，,；;]\s*(?:但|而|可|却|并|也|还)?\s*[她他](?![们們])")


def pronoun_names(words: tuple[str, ...], text: str, known: Segmenter) -> tuple[str, ...]:
    """The spec's words that are a person's name (a surname, two or three characters, no
    word of the dictionary: not 古筝) opening a clause that a later clause of the sentence
    goes on with as 她 or 他: people, though the spec says not."""
    return tuple(sorted({w for w in words if 2 <= len(w) <= 3 and w[0] in SURNAMES and
                         not known.tokenizer.FREQ.get(w) and
                         any(CLAUSE_OPENS.search(text[max(0, at - 2):at]) and
                             GOES_ON_AS_PRONOUN.match(text, at + len(w)) for at in _found_at(text, w))}))


CLAUSE_OPENS = re.compile(r"(?:^|[，,。；;！？!?\s]|虽说|虽然|但|而|可是|然而)$")


def _found_at(text: str, word: str):
    """Where `word` stands in `text` (no pattern compiled for it: one per word a build)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def segmenter_for(articles: list, spec) -> Segmenter:
    """The segmenter of a build: the spec's dictionary and topic terms kept whole, and the
    names its articles show speaking, or with kin, kept whole as people."""
    words = tuple(spec.dictionary) + tuple(form for keyword in spec.topic.keywords
                                           for form in keyword.forms)
    text = "\n".join(p for article in articles for p in article.paragraphs)  # read once, by both
    people = speaking_names(text, segmenter(words)) + kin_names(words, text) + pronoun_names(words, text, segmenter(()))
    return segmenter(words, tuple(sorted(set(people))))
