"""Who speaks in real sentences of the feed corpus (tests/data/viewpoints/speakers.yaml):
the person named after a role, not a word of the role's body read as an adverbial, nor the
country the body is in."""

from __future__ import annotations

import yaml

from conftest import ROOT
from test_speech_names import spoken

CASES = yaml.safe_load((ROOT / "tests" / "data" / "viewpoints" / "speakers.yaml").read_text("utf-8"))


def test_a_body_named_for_foreign_trade_is_no_adverbial_of_whom_one_speaks_to():
    """对外经济贸易大学教授崔凡: 对外 opens a university's name, not 对… (to whom one speaks);
    read as an adverbial it left 中国 as the speaker."""
    found = spoken("x", [CASES["university_named_after_foreign_trade"]["text"]])
    assert found == [("崔凡", "中国对外经济贸易大学教授", "专家学者")]
    # to whom one speaks still goes: 对记者
    assert spoken("x", ["外交部发言人对记者表示，中方坚决反对任何形式的官方往来。"])[0][0] == "外交部发言人"
    # …nor 对外 ending the phrase (又对外宣称: publicly; a sentence written for the test)
    assert spoken("x", ["七月份，金与正又对外宣称，今年内举行朝美首脑会谈的可能性不大。"])[0][0] == "金与正"


def test_a_body_whose_name_opens_on_a_time_word_keeps_it():
    """未来论坛理事会的轮值主席: 未来 (the future) opens the forum's name, not a time the role
    starts with."""
    found = spoken("x", [CASES["forum_named_future"]["text"]])
    assert [(name, role) for name, role, _ in found] == [("张磊", "未来论坛理事会的轮值主席、高瓴资本集团创始人兼首席执行官")]


def test_a_report_speaks_for_whoever_issued_it():
    """报告认为, 今年的报告写道: the report is the issuing body's voice (美国国防部, 五角大楼),
    not a fragment (的报告) of no side, nor a title read as the media (《中国军力报告》)."""
    found = spoken("x", CASES["report_issued_by_a_ministry"]["paragraphs"])
    assert [(name, camp) for name, _, camp in found if "报告" in name] == [
        ("美国国防部报告", "美国"), ("美国国防部报告", "美国")]
    found = spoken("x", CASES["report_of_the_pentagon"]["paragraphs"])
    assert [(name, camp) for name, _, camp in found] == [("美国国防部报告", "美国")]  # one body, one name
    # a report whose issuer the article never names stays a report
    assert spoken("x", CASES["report_of_the_pentagon"]["paragraphs"][1:]) == [("报告", None, "其他")]


def test_people_introduced_with_a_role_speak_under_the_name_they_were_given():
    """A quote before a speaker glossed in English (兰德公司(RAND Corporation)的分析师…), a
    speaker who goes on after the cue (…说，尽管如此，…), a name with an initial (希拉·A·史密斯),
    a strategist, and the surname alone afterwards (史密斯说, 松井说): all speak."""
    found = spoken("x", CASES["analysts_of_a_resignation"]["paragraphs"])
    assert found == [
        ("杰弗里·霍恩", "兰德公司的分析师", "专家学者"),
        ("希拉·A·史密斯", "华盛顿外交关系委员会研究日本问题的高级研究员", "专家学者"),
        ("希拉·A·史密斯", "华盛顿外交关系委员会研究日本问题的高级研究员", "专家学者"),
        ("凯西·松井", "日本股票策略师", "专家学者"), ("凯西·松井", "日本股票策略师", "专家学者")]


def test_a_name_left_in_latin_letters_is_a_name():
    """发言人Judd Deere, then Deere说; an analyst posted abroad (驻新加坡) speaks for no
    country: the bank's research department makes him an analyst."""
    found = spoken("x", CASES["spokesman_named_in_latin"]["paragraphs"])
    assert found == [("Judd Deere", "白宫发言人", "美国")] * 2
    found = spoken("x", CASES["analysts_of_the_markets"]["paragraphs"])
    assert [(name, camp) for name, _, camp in found] == [
        ("Rob Carnell", "专家学者"), ("Takatoshi Itoshima", "专家学者")]


def test_a_commander_with_two_roles_and_a_rank_after_his_name():
    """司令、演习指挥官斯科特·D·康恩…中将: the name between the roles and the rank; 演习 is a
    word of the second role, not a verb the role starts after; 他 is him."""
    found = spoken("x", CASES["admiral_with_two_roles"]["paragraphs"])
    assert found == [("斯科特·D·康恩", "美国第三舰队司令、演习指挥官中将", "美国")] * 2


def test_a_name_speaks_with_the_role_it_was_introduced_by():
    """A name of no known form introduced by its role in a sentence that is not itself
    speech (捷克外长佩特里切克第一时间透过推特回应, 首席医师穆拉霍夫斯基否认…, 发言人张水利大校更进一步):
    when it later speaks alone, it is that person, with that role and side."""
    assert spoken("x", CASES["minister_introduced_without_a_cue"]["paragraphs"])[-1] == (
        "佩特里切克", "捷克外长", "捷克")
    assert spoken("x", CASES["doctor_introduced_denying"]["paragraphs"])[-1] == (
        "穆拉霍夫斯基", "鄂木斯克医院的首席医师", "俄罗斯")
    assert spoken("x", CASES["spokesman_with_a_rank"]["paragraphs"]) == [
        ("张水利", "中国人民解放军西部战区发言人", "中国")]
    # a name the article never introduces stays unknown
    assert spoken("x", CASES["minister_introduced_without_a_cue"]["paragraphs"][1:]) == []


def test_a_role_of_two_fields_joined_by_yu_is_one_role():
    """经济与科技政策分析师: 与 joins two fields of one post; the role is not cut to its second
    half (科技政策分析师), which would lose the think tank and misdescribe the analyst."""
    found = spoken("x", CASES["analyst_of_two_fields"]["paragraphs"])
    assert found[-1] == ("华特斯", "美国智库传统基金会经济与科技政策分析师", "专家学者")


def test_ordinary_people_named_with_what_they_do_speak():
    """捷克籍老板皮哈, 内蒙古牧民达古拉, 微信网民乌云格勒: an owner, a herder, a netizen named
    with what they are speak as themselves (the side their role names, else none)."""
    assert spoken("x", CASES["owner_introduced_without_a_cue"]["paragraphs"]) == [
        ("皮哈", "捷克籍老板", "捷克")]
    assert spoken("x", CASES["herder_speaking_to_an_outlet"]["paragraphs"]) == [
        ("达古拉", "内蒙古牧民", "中国"), ("乌云格勒", "微信网民", "其他")]

    # 美国之音打电话给内蒙古的牧民巴达克: whom the outlet called is a herder, not the outlet's side
    assert spoken("x", CASES["herder_an_outlet_called"]["paragraphs"]) == [
        ("巴达克", "内蒙古的牧民", "中国")]



def test_a_body_only_one_side_has_gives_its_camp_without_the_side_named():
    """国家通讯传播委员会主委: the commission is Taiwan's (gazetteer data), though the role does
    not say 台湾."""
    assert spoken("x", [CASES["body_of_taiwan_named_alone"]["text"]]) == [
        ("陈耀祥", "国家通讯传播委员会主委", "台湾")]


def test_who_speaks_to_an_outlet_is_a_speaker():
    """X向美国之音表示, X对南蒙古人权信息中心说: speaking to the media or a body that reports
    is speaking, though the article gives no role (a name the tagger does not know)."""
    found = spoken("x", ["吉格木德向美国之音表示，当局的做法违背了宪法。",  # written for the test
                         "吉格木德表示，当局的做法违背了宪法。"])
    assert [name for name, _, _ in found] == ["吉格木德", "吉格木德"]
    assert spoken("x", ["吉格木德表示，当局的做法违背了宪法。"]) == []  # no sign it is a name


def test_judgements_accusations_and_warnings_are_stances_and_reports_are_not():
    """霸权行径…更加反感, 不排除上街抗议, 欺骗的游戏, 殃及…生命: views a brief
    quotes; 外交官上周获准…进行了交谈: a report of what happened, no view."""
    from briefgen.summarizers.viewpoints import takes_stance

    def claims(key: str) -> list[tuple[str, str]]:
        found = []
        for case in CASES[key]:
            found += [(s.speech.claim, s.speech.cue) for s in _sentences(case["text"]) if s.speech]
        return found

    stances, reports = claims("stances"), claims("reports")
    assert len(stances) == len(CASES["stances"]) and len(reports) == 1
    assert all(takes_stance(claim, cue) for claim, cue in stances)
    assert not any(takes_stance(claim, cue) for claim, cue in reports)


def _sentences(text: str):
    from datetime import datetime, timezone

    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.spec import load_spec
    from briefgen.summarizers import Documents
    article = Article(title="x", paragraphs=[text], source_path="x", format="text", id=3,
                      published=datetime(2020, 9, 1, tzinfo=timezone.utc))
    return Documents([Selected(article, 10.0, [])], load_spec(
        ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml")).sentences


def test_a_transcript_line_is_its_speakers_words():
    """柳俊江： “…” and 陈天柱： “…”: a name, a colon and a quotation is the named person
    speaking (as introduced before); a label that names no one (背景：“…”) is not."""
    paragraphs = CASES["transcript_lines"]["paragraphs"]
    found = spoken("x", paragraphs)
    by_paragraph = [name for name, _, _ in found]
    assert by_paragraph.count("柳俊江") >= 2 and by_paragraph.count("陈天柱") >= 2
    assert ("陈天柱", "新界北总区刑事部高级警司") in [(name, role) for name, role, _ in found]
    assert spoken("x", ["背景：“这是一场危机，各方都应克制。”"]) == []  # written for the test


def test_he_speaking_to_an_outlet_is_no_evidence_for_whom_he_was_taken():
    """吉日木图是…职员。他对BBC记者说: the tagger reads 吉日 (an auspicious day) out of the
    name; 他 taken for it is not made a speaker because he spoke to a reporter."""
    assert "吉日" not in [name for name, _, _ in spoken("x", CASES["name_the_tagger_cuts"]["paragraphs"])]


def test_he_in_a_later_clause_is_the_person_the_sentence_opens_on():
    """哈伦·拉希德·库雷希…是…一位店主，他说…: the shopkeeper speaks, not the embassy's
    spokeswoman two sentences back (his son's gaming was put in her mouth)."""
    found = spoken("x", CASES["he_after_the_sentence_subject"]["paragraphs"])
    assert found[0][0] == "嵇蓉" and found[-1][0] == "哈伦·拉希德·库雷希"
    assert [name for name, _, _ in found].count("嵇蓉") == 1


def test_a_person_named_by_mingjiao_and_a_time_word_as_speaker():
    """这位名叫苏锡的学生家长: 苏锡 speaks, a parent; 之前 (after a typo's stray comma) is a
    time, never a speaker."""
    assert spoken("x", CASES["named_by_mingjiao"]["paragraphs"]) == [("苏锡", "学生家长", "其他")]
    assert spoken("x", CASES["time_word_after_a_typo"]["paragraphs"]) == []


def claims(paragraph: str) -> list[tuple[str, str]]:
    from datetime import datetime, timezone

    from briefgen.model import Article
    from briefgen.selection import Selected
    from briefgen.spec import load_spec
    from briefgen.summarizers import Documents
    article = Article(title="x", paragraphs=[paragraph], source_path="x", format="text", id=3,
                      published=datetime(2020, 9, 4, tzinfo=timezone.utc))
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml"))
    return [(s.speech.speaker, s.speech.claim) for s in documents.sentences if s.speech]


def test_the_occasion_one_speaks_at_is_not_the_speaker():
    """在发布…的记者会上致词说: 郦英杰 of 美国在台协会 speaks (not 会上致词, a 记者); the 在 of
    美国在台协会 is no place phrase before a name."""
    assert spoken("x", [CASES["speaker_at_a_press_event"]["text"]]) == [
        ("郦英杰", "美国在台协会处长", "美国")]
    # …and 在记者会向民众解释 is all occasion: 蔡英文 speaks
    assert [name for name, _, _ in spoken("x", [CASES["speaker_at_a_press_conference"]["text"]])] \
        == ["蔡英文"]


def test_an_adverb_before_a_colon_is_not_part_of_the_name():
    """总统施泰因迈尔还说：“…”: 施泰因迈尔, not 施泰因迈尔还 (one person, one name)."""
    assert [name for name, _, _ in spoken("x", [CASES["adverb_after_a_name_before_a_colon"]["text"]])] \
        == ["施泰因迈尔"]


def test_a_statement_speaks_for_who_issued_it():
    """PPTV的声明说, 苏宁的声明说: the company speaks, not its 声明 (a document)."""
    found = [spoken("x", [case["text"]]) for case in CASES["statement_of_a_company"]]
    assert [[name for name, _, _ in one] for one in found] == [["PPTV"], ["苏宁"]]
    # a statement no one is named for still has no speaker
    assert spoken("x", ["“我们对此深表遗憾，”这份声明说。"]) == []


def test_a_bare_act_is_no_claim_without_what_was_said():
    """表示关注，说中国的行动… (五角大楼, printed 美国国防部): the claim is what follows 说, not 关注，说…; 表示赞扬，并敦促…:
    the act keeps its verb (表示赞扬), not a claim opening on a bare 赞扬."""
    pentagon, cruz = (claims(case["text"]) for case in CASES["bare_act_before_the_claim"])
    assert pentagon[0][0] == "美国国防部" and pentagon[0][1].startswith("中国的行动")
    assert cruz[0][0] == "克鲁兹" and cruz[0][1].startswith("表示赞扬，并敦促")
    # a claim with a subject of its own is untouched (a sentence written for the test)
    assert claims("外交部发言人表示，中方坚决反对任何形式的官方往来。")[0][1].startswith("中方坚决反对")


def test_a_role_keeps_the_firm_it_is_held_in():
    """关注贸易方面的雅各布森伯顿凯利律师事务所的合伙人道格·雅各布森: a 合伙人 of the firm, not a
    bare 合伙人; the clause before the firm (关注贸易方面的) still goes."""
    found = spoken("x", [CASES["role_in_a_firm"]["text"]])
    assert [(name, role) for name, role, _ in found] == [
        ("道格·雅各布森", "雅各布森伯顿凯利律师事务所的合伙人")]


def test_a_body_speaking_through_its_own_channel_is_the_speaker():
    """voa_1046833 (白宫国安会8月15日还透过推特表示) and nyt_1047896.md (海警周三在其官方社交媒体页面上表示):
    透过 a channel is how the body speaks, like 通过; the National Security Council and the
    coast guard are bodies that speak."""
    found = spoken("x", ["白宫国安会8月15日还透过推特表示，乐见美国的坚实伙伴台湾与捷克共同合作、分享专业。"])
    assert [name for name, _, _ in found] == ["白宫国安会"]
    found = spoken("x", ["海警周三在其官方社交媒体页面上表示，警方扣留了十余名涉嫌非法越境的人，但没有提供更多细节。"])
    assert [name for name, _, _ in found] == ["海警"]


def test_a_speakers_age_is_no_part_of_who_speaks():
    """nyt_1047935: “我个人认为，这会让人们感到更不舒服，尤其是对女性来说，”29岁的哈里斯周二接受电话
    采访时说 — her age before her name left no speaker; 65岁的安倍晋三 the same (written for
    the test)."""
    text = "“我个人认为，这会让人们感到更不舒服，尤其是对女性来说，”29岁的哈里斯周二接受电话采访时说。"
    assert [name for name, _, _ in spoken("x", [text])] == ["哈里斯"]
    assert [name for name, _, _ in spoken("x", ["“我们必须有所准备，”65岁的安倍晋三在记者会上说。"])] == ["安倍晋三"]


def test_an_expert_keeps_the_institute_a_modifier_of_his_post_names():
    """麻省理工学院…负责安全研究项目的中国军事专家傅泰林: the modifier goes, not where he works;
    中国军事专家 alone read as an expert from China."""
    found = spoken("x", [CASES["expert_at_an_institute"]["text"]])
    assert found == [("傅泰林", "麻省理工学院中国军事专家", "专家学者")]


def test_a_title_written_after_a_name_is_the_speakers_role():
    """pages/gne/ifeng_2.html, paragraphs 19 and 21 (cut): 这突如其来的辞职信是刘明老师写的, then
    刘明坦言，…: nothing before the name says what he is, the title after it does. Without the
    title he has no role."""
    letter = "新学期开学，他收到一封辞职信： “我是铁了心要走。” 这突如其来的辞职信是刘明老师写的。"
    said = "刘明坦言， 3000元要养活家里六口人，难。"
    assert [(name, role) for name, role, _ in spoken("x", [letter, said])] == [("刘明", "老师")]
    untitled = letter.replace("刘明老师", "刘明")
    assert not any(role for _, role, _ in spoken("x", [untitled, said]))
