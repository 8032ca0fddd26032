"""The clause that tells one dated event, cut from a real sentence (pure text work)."""

from datetime import datetime

from briefgen import timex
from briefgen.summarizers.clauses import COMMENT, compact


def _event_of(sentence: str, published: datetime, date_text: str) -> str:
    times = timex.parse(sentence, published)
    [found] = [t for t in times if t.text == date_text]
    return COMMENT.sub("", compact(sentence, found, times))


def test_what_happened_before_the_event_is_not_part_of_it():
    """reuters_1046289 (2020-08-26): 此前加拿大警方逮捕孟晚舟 is the arrest, not the
    worsening of relations the date tells."""
    text = _event_of("中加关系于2018年12月恶化，此前加拿大警方逮捕孟晚舟。",
                     datetime(2020, 8, 26, 1, 16), "2018年12月")
    assert text == "中加关系恶化", text


def test_an_evening_reached_leaves_no_particle_before_the_act():
    """dw_1047046 (2020-08-30): 到了周六晚间，一部分极端示威者开始冲击…国会大厦."""
    text = _event_of("到了周六晚间，一部分极端示威者开始冲击警力部署相对薄弱的德国国会大厦，"
                     "其中不少人甚至高举着德意志帝国时期的黑白红三色国旗。",
                     datetime(2020, 8, 30, 8, 28), "周六晚间")
    assert text.startswith("一部分极端示威者开始冲击"), text


def test_a_notice_received_goes_on_to_what_it_said():
    """bbc_1047736 (2020-08-28): 公布接到中国大陆方面通知 alone does not say what the notice was."""
    text = _event_of("香港警方星期五（8月28日）傍晚公布接到中国大陆方面通知，证实12名香港人涉嫌非法入境被拘留，"
                     "两地执法部门将“保持紧密联系及合作”。", datetime(2020, 8, 28, 14, 46), "8月28日")
    assert text.endswith("通知，证实12名香港人涉嫌非法入境被拘留"), text


def test_a_decision_goes_on_to_what_it_decided_and_its_later_day_stays_in_it():
    """dw_1047046 (2020-08-30): 本周六 is the day the decision of 周五 lets the protest happen."""
    text = _event_of("柏林行政法院周五（8月28日）做出决定，允许民众本周六上街抗议政府的防疫措施，"
                     "由此推翻了2天前柏林当局发布的禁令。", datetime(2020, 8, 30, 8, 28), "8月28日")
    assert text == "柏林行政法院做出决定，允许民众本周六上街抗议政府的防疫措施", text


def test_the_grounds_an_act_was_done_on_and_a_contrasting_then_are_cut():
    """dw_1047046 (2020-08-30): 警方则以…为由，强行驱散了集会 is the police breaking up the
    rally; the grounds are the police's claim, 则 sets them against the court before."""
    text = _event_of("周六下午(8月29日)，警方则以示威者没有按照法院的前提要求佩戴口罩、保持距离为由，"
                     "强行驱散了集会。", datetime(2020, 8, 30, 8, 28), "8月29日")
    assert text == "警方强行驱散了集会", text


def test_a_word_ending_in_the_character_of_then_keeps_it():
    """A 则 that ends a word (规则, 原则) is no contrast (written to break the rule)."""
    text = _event_of("8月29日，各方原则上同意恢复谈判。", datetime(2020, 8, 30, 8, 28), "8月29日")
    assert "原则上" in text, text


def test_an_entry_cut_before_what_it_told_is_completed_from_its_sentence_or_refused():
    """tests/data/chronology/wants_content.yaml: …发帖, …承诺, 发布了一项行政命令, a 由于 clause
    without what it caused, 批评“…” without whom: completed from the sentence, or None."""
    import yaml
    from pathlib import Path

    from briefgen.summarizers.clauses import completed, wants_content

    data = Path(__file__).parent / "data" / "chronology" / "wants_content.yaml"
    for case in yaml.safe_load(data.read_text("utf-8")):
        assert wants_content(case["entry"]), case["entry"]
        assert completed(case["sentence"], case["entry"]) == case["completed"], case
        if case["completed"]:
            assert not wants_content(case["completed"])
            assert completed(case["sentence"], case["completed"]) == case["completed"]


def test_entries_of_one_day_follow_the_times_of_day_their_reports_give():
    """dw_1047046: 周六下午(8月29日)，警方…强行驱散了集会 came before 到了周六晚间，…冲击…国会
    大厦; 柏林州内政部称，周六全天…拘捕了约300名 (no time of the day) comes after both."""
    from briefgen.summarizers.events import Event, time_of_day

    day = datetime(2020, 8, 29)
    told = ["到了周六晚间，一部分极端示威者开始冲击警力部署相对薄弱的德国国会大厦，其中不少人甚至"
            "高举着德意志帝国时期的黑白红三色国旗，遭致了德国政界除右翼民粹政党AfD之外的齐声谴责。",
            "柏林州内政部称，周六全天总共拘捕了约300名集会示威人士。",
            "周六下午(8月29日)，警方则以示威者没有按照法院的前提要求佩戴口罩、保持距离为由，强行驱散了集会。"]
    events = [Event(day, day, "day", "2020-08-29", text[:10], {}, told=text) for text in told]
    ordered = sorted(events, key=lambda e: (time_of_day(e), e.text))
    assert [e.told for e in ordered] == [told[2], told[0], told[1]]


def test_a_time_inside_a_title_stays_in_the_title_and_a_frame_keeps_its_preposition():
    """pages/gne/csdn_1.html (2014-08-24): 2013年的Kcon V2上，…《去年跨过的浏览器》: 去年 names
    the talk (and the tagger reads it as 2013 too); the occasion, its year gone, is 在Kcon V2上."""
    text = _event_of("2013年的Kcon V2上，Superhei（黑哥）分享了《去年跨过的浏览器》的议题。",
                     datetime(2014, 8, 24, 21, 30), "2013年")
    assert text.startswith("在Kcon V2上，") and "《去年跨过的浏览器》" in text, text


def test_a_cut_leaves_no_span_opening_behind():
    """pages/gne/gsc_1.html (2019-05-18): …创办于2011年，近年来，先后在…举办了8次会议, cut for
    its length, ends on the founding, not on 近年来."""
    text = _event_of("中国人文地理学术年会创办于2011年，近年来，先后在江苏南京、湖北武汉、甘肃兰州、湖南长沙、"
                     "陕西西安、吉林长春、广东广州、吉林珲春等地成功举办了8次会议。",
                     datetime(2019, 5, 18), "2011年")
    assert text == "中国人文地理学术年会创办", text


def test_a_quoted_slogan_keeps_the_spaces_that_part_its_phrases():
    """pages/gne/cjddsb_1.html of the shared pages (its lead as ingested): the activity's
    slogans, quoted and parted by spaces, do not run together; markup residue still goes."""
    from briefgen.summarizers.clauses import tidy

    assert tidy("2019“金融知识普及月 金融知识进万家 争做理性投资者 争做金融好网民”宣传活动") == \
        "2019“金融知识普及月 金融知识进万家 争做理性投资者 争做金融好网民”宣传活动"
    assert tidy("（后 被保释）") == "（后被保释）"
    assert tidy("称为“战狼 外交”的") == "称为“战狼外交”的"  # no phrase on either side


def test_a_latin_short_name_the_report_goes_on_to_use_stays_with_what_it_names():
    """pages/gne/csdn_1.html of the shared pages: the forum's short name, Kcon V3, is what
    its later entries say (在本次Kcon V3上…); a person's spelling (Lucas Giolito) is not."""
    from briefgen.summarizers.clauses import short_name_kept

    lead = "2014年8月22日，由北京知道创宇联合知乎网主办的第三届知道安全论坛（Kcon V3）在北京鸟巢·国家体育场举行。"
    body = [lead, "在本次Kcon V3上，来自邪红色信息安全组织的Evi1m0首先分享了…"]
    assert short_name_kept(lead, body, "第三届知道安全论坛在北京鸟巢·国家体育场举行") == \
        "第三届知道安全论坛（Kcon V3）在北京鸟巢·国家体育场举行"
    pitched = "芝加哥白袜投手吉欧里托（Lucas Giolito）投出本季第一场无安打比赛。"
    assert short_name_kept(pitched, [pitched, "吉欧里托（Lucas Giolito）说"], "吉欧里托投出本季第一场无安打比赛") == \
        "吉欧里托投出本季第一场无安打比赛"
