"""Speaker names, roles and camps on sentences written in the shapes news uses: a name
followed by an adverb or a time expression, a headline run into a role, a role naming
another country's body, a national body named without its country."""

from __future__ import annotations

from datetime import datetime, timezone

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import load_spec
from briefgen.summarizers import Documents
from conftest import ROOT


def spoken(title: str, paragraphs: list[str]) -> list[tuple[str, str | None, str]]:
    article = Article(title=title, paragraphs=paragraphs, source_path="x", format="text", id=3,
                      published=datetime(2024, 7, 14, tzinfo=timezone.utc))
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "examples" / "briefs" / "czech-taiwan-visit.yaml"))
    return [(s.speech.speaker, s.speech.role, s.speech.camp)
            for s in documents.sentences if s.speech]


def test_a_name_ends_before_an_adverb():
    found = spoken("欧洲谈移民", ["法国总统马克龙(Emmanuel Macron)就说，欧洲必须团结起来应对危机。",
                               "意大利总理孔特也表示，各国应当分担责任。"])
    assert [(name, role) for name, role, _ in found] == [("马克龙", "法国总统"), ("孔特", "意大利总理")]


def test_a_name_ends_before_a_time_expression():
    for when in ("上周三", "昨天", "本月", "上个星期五", "本星期"):
        found = spoken("社运", [f"社运人士罗冠聪{when}写道，自由不会轻易被夺走。"])
        assert [name for name, _, _ in found] == ["罗冠聪"], when


def test_a_headline_run_into_a_role_is_not_part_of_it():
    found = spoken("x", ["严禁游客非法入境台湾陆委会副主委梁文杰表示，大陆的做法令人遗憾。",
                         "日本公布调查结果香港入境处处长郭俊峯表示，入境管制将会加强。",
                         "美国驻俄罗斯大使馆发言人蔡斯表示，签证业务将暂停。",
                         "英国剑桥大学东亚研究所日本项目主任林恩表示，双方很难妥协。"])
    assert found == [("梁文杰", "台湾陆委会副主委", "台湾"), ("郭俊峯", "香港入境处处长", "香港"),
                     ("蔡斯", "美国驻俄罗斯大使馆发言人", "美国"),  # where the post is
                     ("林恩", "英国剑桥大学东亚研究所日本项目主任", "专家学者")]  # a body in a body


def national_voices(title: str, paragraphs: list[str]) -> list[tuple[str, str]]:
    from briefgen.spec import Section
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer
    article = Article(title=title, paragraphs=paragraphs, source_path="x", format="text", id=4,
                      published=datetime(2020, 9, 14, tzinfo=timezone.utc))
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "examples" / "briefs" / "navalny-poisoning.yaml"))
    items = ViewpointsSummarizer().summarize(documents, Section("viewpoints", "各方观点", 20, 2000))
    return [(item.speaker, item.actor) for item in items]


def test_a_national_body_named_without_its_country_takes_the_article_country():
    lead = "奥地利总理库尔茨表示，俄罗斯必须对纳瓦尔尼中毒案作出解释。"
    party = ["奥地利人民党议会党团主席沃尔纳表示，政府应当冻结与俄罗斯的能源合作。",
             "社会民主党秘书长多伊奇认为，执政党对纳瓦尔尼事件的反应过于软弱。"]
    found = national_voices("奥地利议会激辩纳瓦尔尼中毒案", [lead, *party])
    assert ("沃尔纳", "奥地利") in found  # the role names the country's party
    assert ("多伊奇", "奥地利") in found  # the article's country: 奥地利 already speaks
    # with no voice of that country in the brief, the article's country is no evidence enough
    alone = national_voices("奥地利议会激辩纳瓦尔尼中毒案", party[1:])
    assert ("多伊奇", "奥地利") not in alone


def test_a_body_and_its_abbreviation_are_one_speaker():
    from briefgen.spec import Section
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer
    articles = [Article(title="情报界评估纳瓦尔尼中毒案", paragraphs=[paragraph], source_path=str(n),
                        format="text", id=n, published=datetime(2020, 9, 14, tzinfo=timezone.utc))
                for n, paragraph in enumerate([
                    "美国情报机构中央情报局表示，纳瓦尔尼中毒案显然是俄罗斯安全部门所为。",
                    "美国情报部门美国中情局认为，纳瓦尔尼中毒案的责任在于克里姆林宫。",
                    "美国联邦调查局认为，纳瓦尔尼中毒案必须由国际机构调查。"], 1)]
    documents = Documents([Selected(a, 10.0, []) for a in articles],
                          load_spec(ROOT / "examples" / "briefs" / "navalny-poisoning.yaml"))
    items = ViewpointsSummarizer().summarize(documents, Section("viewpoints", "各方观点", 20, 2000))
    speakers = [item.speaker for item in items]
    assert speakers.count("美国情报机构中央情报局") == 1 and "美国情报部门美国中情局" not in speakers
    cia = next(item for item in items if item.speaker == "美国情报机构中央情报局")
    assert "安全部门" in cia.text and "克里姆林宫" in cia.text  # both points, under one heading
    assert "美国联邦调查局" in speakers  # another 局 of the same camp stays apart


def test_a_headline_clause_before_a_role_names_no_side():
    found = spoken("x", ["坚决反对以欺骗方式赴台台湾陆委会发言人林飞帆表示，大陆的做法令人遗憾。",
                         "绝不容许以非法方式入境香港保安局局长李家超表示，入境管制将会加强。"])
    assert found == [("林飞帆", "台湾陆委会发言人", "台湾"), ("李家超", "香港保安局局长", "香港")]


def test_a_side_word_inside_another_word_names_no_country():
    from briefgen.analysis.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    assert gazetteer.countries("警方以非法方式拘押示威者") == []  # 法方 in 非法方式
    assert gazetteer.countries("法方表示反对，美方则表示支持") == ["法国", "美国"]


def test_a_concessive_connective_is_not_part_of_who_speaks():
    """nyt_1047895: 尽管专家表示，… — the experts speak, not 尽管专家."""
    found = spoken("x", ["将规则改变和官媒评论结合在一起，说明中国有意对可能的交易发号施令，尽管专家表示，"
                         "目前尚不清楚中国政府是否会不惜一切代价加以阻挠。"])
    assert [name for name, _, _ in found] == ["专家"]


def test_a_members_name_inside_a_longer_transliterated_name_is_someone_else():
    """bbc_1047731: 马斯克之前曾多次表示…。因此，他认为… — Musk, not Germany's foreign minister 马斯
    (a gazetteer member): the name goes on (克). 德国外长马斯表示 is still Maas."""
    found = spoken("x", ["马斯克之前曾多次表示过对人工智能（AI)的担忧。",
                         "因此，他认为人类需要与人工智能结合为一体以避免未来AI变得过于强大。"])
    assert all(name != "马斯" for name, _, _ in found), found
    assert spoken("x", ["德国外长马斯表示，欧洲需要团结起来应对挑战。"])[0][0] == "马斯"


def test_a_video_message_is_a_statement_its_poster_speaks_in():
    """发布视频讯息表示 (Reuters on Bolt): the one who posted the video speaks, as in 发表声明表示."""
    found = spoken("博尔特确诊", [
        "短跑世界纪录保持人、拥有八枚奥运金牌的名将博尔特(Usain Bolt)在他的家乡牙买加确诊感染新冠病毒。",
        "牙买加卫生部周一稍晚证实博尔特新冠病毒检测结果为阳性。博尔特目前为100米及200米短跑世界纪录保持人。",
        "博尔特发布视频讯息表示，“为了安全起见，我已经自行隔离，轻松以对。”"])
    assert [name for name, _, _ in found] == ["博尔特"]



def test_a_person_told_by_the_body_they_belong_to_has_it_for_a_role():
    """BBC: 宾夕法尼亚大学的本杰明（Ari Benjamin）对BBC表示 — 本杰明 of the university, a
    scholar, also when he speaks again as 本杰明; 德国医院的初步调查结果 is no person."""
    found = spoken("脑机对接", [
        "而另外一位专家，宾夕法尼亚大学的本杰明（Ari Benjamin）对BBC表示，该技术真正的难点可能全完取决于人脑的复杂性。",
        "本杰明表示，关键是如何对脑机对接后所记录下来的信息进行解码。",
        "德国医院的初步调查结果认为纳瓦尔尼被人投毒。"])
    assert found[:2] == [("本杰明", "宾夕法尼亚大学", "专家学者")] * 2
    assert all(name != "初步调查结果" for name, _, _ in found)


def test_a_surname_the_article_gave_a_whole_name_is_not_the_known_person_of_that_surname():
    """NYT on Tokyo's toilets: 自由撰稿人塔利亚·哈里斯 and then 29岁的哈里斯 are one freelance
    writer, not the American vice-president the gazetteer knows as 哈里斯 (the article names
    New York and Washington, so an American context alone does not make her American)."""
    found = spoken("东京透明公厕", [
        "2015年的世界厕所日，纽约一个非营利组织在华盛顿广场公园安装了一种可冲水的马桶，这个马桶四周都是单向镜子，"
        "可以向外看到广场公园，模拟在公众视野下小便的体验。",
        "但是，已经在东京生活了七年的自由撰稿人塔利亚·哈里斯(Thalia Harris)说，她不认为这个项目在解决厕所安全问题方面切实可行。",
        "“我个人认为，这会让人们感到更不舒服，尤其是对女性来说，”29岁的哈里斯周二接受电话采访时说。"])
    assert [(name, role, camp) for name, role, camp in found] == [
        ("塔利亚·哈里斯", "自由撰稿人", "其他")] * 2


def test_what_a_speaker_answers_opening_the_sentence_is_not_who_speaks():
    """观察者网 (a real page): 据中新网9月9日报道，针对外媒“苹果公司违反中国劳动法”的报道，苹果公司
    9日对记者表示，“…”: the quoted charge it answers stands before the speaker, who is 苹果公司."""
    found = spoken("苹果回应", [
        "据中新网9月9日报道，针对外媒“苹果公司违反中国劳动法”的报道，苹果公司9日对记者表示，"
        "“我们调查了中国劳工观察的说法，大多数指控都是错误的。 ”同时，苹果公司表示，"
        "“我们在调查期间确实发现派遣工人的比例超过了我们的标准，我们正在与富士康密切合作解决这个问题。”"])
    assert [name for name, _, _ in found] == ["苹果公司", "苹果公司"]


def test_an_artist_is_told_by_her_trade():
    """VOA: 艺术家卡拉·芬德伯克说：“…” — 艺术家 is her role, 卡拉·芬德伯克 her name."""
    found = spoken("折纸鹤", ["艺术家卡拉·芬德伯克说：“我感觉到生命的丧失，而应付这种感觉的方式之一是，我开始折纸鹤。”"])
    assert [(name, role) for name, role, _ in found] == [("卡拉·芬德伯克", "艺术家")]


def test_a_speaker_named_in_full_speaks_again_under_her_surname_and_as_she():
    """VOA on origami cranes: 艺术家卡拉·芬德伯克说：… then 芬德伯克说：… and 她说：…: one artist
    throughout, her role kept; before, only the first quotation had a speaker."""
    found = spoken("折纸鹤", [
        "艺术家卡拉·芬德伯克说：“我感觉到生命的丧失，而应付这种感觉的方式之一是，我开始折纸鹤。”",
        "她尝试每天晚上制作十只纸鹤。",
        "芬德伯克说：“就这样，我开始收到盒子和袋子，有时候，我收到上面写着一个姓名的一只纸鹤。”",
        "她说：“我觉得这个空间容纳了纪念我们失去的这些灵魂的地方。”"])
    assert found == [("卡拉·芬德伯克", "艺术家", "其他")] * 3


def test_this_feeling_named_just_before_in_its_own_sentence_is_no_lost_reference():
    """VOA: 我感觉到生命的丧失，而应付这种感觉的方式之一是，…: 这种 is of 感觉, named just
    before in the same sentence, so the artist's claim stands as her view."""
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer
    from briefgen.spec import Section

    article = Article(title="新冠疫情中艺术家折纸鹤缅怀逝者", source_path="x", format="text", id=3,
                      published=datetime(2020, 8, 24, tzinfo=timezone.utc), paragraphs=[
                          "洛杉矶的一名艺术家用精致的折纸鹤来纪念美国所有因新冠病毒而死的人。",
                          "艺术家卡拉·芬德伯克说：“我感觉到生命的丧失，而应付这种感觉的方式之一是，我开始折纸鹤，"
                          "因为在日本，鹤是把灵魂送上天堂的一个非常传统的象征。”"])
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "benchmarks" / "fresh3" / "origami-cranes-covid.yaml"))
    items = ViewpointsSummarizer().summarize(documents, Section("viewpoints", "", 10, 2000))
    assert [(i.speaker, i.text[:13]) for i in items] == [("卡拉·芬德伯克", "我感觉到生命的丧失，而应付")]


def test_the_briefs_own_subject_is_a_person_and_speaks_on_after_what_he_did():
    """sina_5 (a real page): 陈同佳, a keyword of the spec, speaks (陈同佳表示), so he is a
    person 他 can stand for; 他首先面对媒体镜头鞠躬，然后表示：“…”: who bowed goes on to speak.
    His apology, the story's core quotation, was read as no one's."""
    article = Article(title="陈同佳刑满出狱 向潘晓颖家人鞠躬致歉", source_path="x", format="text", id=3,
                      published=datetime(2019, 10, 23, 9, tzinfo=timezone.utc), paragraphs=[
                          "香港媒体直播显示，陈同佳走出监狱后，在劝他赴台自首的牧师管浩鸣的白色汽车停下。"
                          "陈同佳没有戴口罩，也没有遮蔽样貌。他首先面对媒体镜头鞠躬，然后表示：“因为我自己做了些"
                          "无可挽救的错事，为他们（潘晓颖父母）带来好大的伤痛，我自己的内心受责，所以我愿意为自己的"
                          "冲动，犯下的错事，返去台湾自首，服刑受审，希望她的家人释怀，晓颖安息。”",
                          "被问到还有没有别的话想讲，陈同佳表示，想感谢自己的父母一直不离不弃。"])
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "benchmarks" / "fresh3" / "chan-tong-kai-release.yaml"))
    said = [(s.speech.speaker, s.speech.claim[:8]) for s in documents.sentences if s.speech]
    assert ("陈同佳", "因为我自己做了些") in said, said
    # 她的家人 in it is 潘晓颖's, whose parents it names (a person, though a word of the spec):
    # the apology stands as his view
    from briefgen.spec import Section
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer
    items = ViewpointsSummarizer().summarize(documents, Section("viewpoints", "", 10, 2000))
    assert any("返去台湾自首" in i.text for i in items if i.speaker == "陈同佳"), items


def test_a_posted_message_is_the_posters_view():
    """rfi_1045002: 17岁的童贝里在推特上传…的照片，留言写道：「…」: who posted the picture
    wrote the words (the clause before the cue has no subject of its own), and how it feels
    to be back (感觉很棒) is a view of hers, the item's only first-hand quotation."""
    from briefgen.spec import Section
    from briefgen.summarizers.viewpoints import ViewpointsSummarizer

    article = Article(title="开启人生新篇章 瑞典环保少女壮游一年重返校园 – 法国国际广播电台 - RFI",
                      source_path="x", format="text", id=3,
                      published=datetime(2020, 8, 25, 7, 20, tzinfo=timezone.utc), paragraphs=[
                          "瑞典环保斗士童贝里（Greta Thunberg）今天表示，她在休学一年发起对抗气候变迁的运动后，"
                          "如今已返回校园。",
                          "17岁的童贝里在推特（Twitter）上传自己背着书包、双手倚在脚踏车上对镜头微笑的照片，"
                          "留言写道：「我的『空档年』已经结束，重返校园的感觉很棒！」",
                          "不过，童贝里没有提及她未来将到哪座城市、哪间学校继续学业。"])
    documents = Documents([Selected(article, 10.0, [])],
                          load_spec(ROOT / "benchmarks" / "fresh2" / "greta-back-to-school.yaml"))
    said = [(s.speech.speaker, s.speech.cue, s.speech.claim[:6]) for s in documents.sentences if s.speech]
    assert ("童贝里", "写道", "我的『空档年") in said, said
    items = ViewpointsSummarizer().summarize(documents, Section("viewpoints", "", 10, 2000))
    assert [(i.speaker, i.text[:6]) for i in items] == [("童贝里", "我的“空档年")], items


def test_a_name_after_a_post_ends_before_what_the_person_is_about_to_do_or_does_not():
    """pages/gne/ifeng_2.html: 校长陈立群要退休了, 而台江县教育局局长龙峰不知道 (the
    connective 而 is no part of the post)."""
    from briefgen.analysis.speech import known_roles

    assert known_roles("杭州市学军中学校长陈立群要退休了， 作为全国重点高中校长") == {"陈立群": "杭州市学军中学校长"}
    assert known_roles("而台江县教育局局长龙峰不知道， 他大胆的邀请") == {"龙峰": "台江县教育局局长"}
