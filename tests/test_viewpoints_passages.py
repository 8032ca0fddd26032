"""Viewpoints on passages of real feed items (tests/data/viewpoints/passages.yaml): each kind
of defect an analyst found in the briefs, on the sentence that showed it: the expected
speaker, camp and claim, or the expected refusal."""

from __future__ import annotations

from datetime import datetime
from functools import cache

import yaml

from briefgen.model import Article
from briefgen.selection import Selected
from briefgen.spec import Section, load_spec
from briefgen.summarizers import Documents
from briefgen.summarizers.viewpoints import ViewpointsSummarizer, takes_stance
from conftest import ROOT

PASSAGES = ROOT / "tests" / "data" / "viewpoints" / "passages.yaml"
SPECS = ROOT / "examples" / "briefs"


@cache
def passage(file: str) -> tuple:
    entry = next(e for e in yaml.safe_load(PASSAGES.read_text("utf-8")) if e["file"] == file)
    article = Article(title=entry["title"], paragraphs=entry["paragraphs"], source_path=file,
                      format="text", id=1, published=datetime.fromisoformat(entry["published"]))
    documents = Documents([Selected(article, 10.0, [])], load_spec(SPECS / entry["spec"]))
    items = ViewpointsSummarizer().summarize(documents, Section("viewpoints", "", 20, 5000))
    return documents, items


def speech_of(file: str, start: str):
    documents, _ = passage(file)
    return next(s.speech for s in documents.sentences if s.text.startswith(start))


def test_what_she_warned_against_stays_with_the_warning():
    speech = speech_of("dw_1047055.md", "此间，联邦德国总理默克尔")
    assert (speech.speaker, speech.camp) == ("默克尔", "德国")
    assert speech.claim == "警告俄罗斯可能从外部干预，并赞同由欧安组织进行斡旋。"


def test_straight_quotes_leave_no_stray_mark_and_he_is_the_speaker():
    _, items = passage("dw_1047055.md")
    putin = [i.text for i in items if i.speaker == "普京"]
    assert putin and all('"' not in t and t.count("“") == t.count("”") for t in putin)
    assert "承认卢卡申科胜选。" in putin  # 他承认…: 普京 himself, not the man named after


def test_a_paper_citing_a_named_officer_gives_his_words():
    speech = speech_of("dw_1047030.md", "但几天后，印度媒体援引")
    assert (speech.speaker, speech.camp) == ("拉瓦特", "印度")
    _, items = passage("dw_1047030.md")
    assert [i.speaker for i in items] == ["拉瓦特"]  # one statement over two sentences: once


def test_the_speaker_going_on_with_but_keeps_his_rebuke():
    speech = speech_of("bbc_1047702.md", "捷克外长佩特里切克")
    assert "但王毅这番言论过火" in speech.claim and "他同时指出" not in speech.claim


def test_a_balanced_sentence_is_not_halved_and_an_old_quote_is_no_view():
    speech = speech_of("bbc_1047779.md", "一些分析人士说")
    assert speech.claim.endswith("但是也有人指出，原来大选之后他曾同样面临巨大的压力，但都化险为夷。")
    _, items = passage("bbc_1047779.md")
    assert not any("专制的领导风格" in i.text for i in items)  # said in 2002


def test_a_group_takes_the_country_its_title_gives():
    _, items = passage("dw_1047061.md")
    assert [(i.speaker, i.actor) for i in items] == [("三名议员", "德国")]


def test_a_hospital_named_before_and_the_man_a_critic_is():
    speech = speech_of("bbc_1047790.md", "该医院的副主任医师")
    assert speech.speaker == "鄂木斯克市医院的副主任医师" and speech.camp == "俄罗斯"
    _, items = passage("bbc_1047790.md")
    assert not any("呼吸机" in i.text for i in items)  # a bulletin: no stance
    assert all("这位" not in i.text for i in items)


def test_a_critic_of_the_president_is_the_opposition():
    speech = speech_of("cdt_395155.md", "总统亚历山大卢卡申科的批评者")
    assert speech.camp == "白俄罗斯反对派"


def test_an_embassy_spokeswoman_is_named_with_her_embassy(publishers):
    from test_viewpoints_real import speeches

    found = speeches("navalny-poisoning.yaml", ["analysis/voa_1046900.md"], publishers)
    ross = next(s.speech for s in found if s.text.startswith("使馆女发言人罗斯"))
    assert (ross.speaker, ross.role, ross.camp) == ("罗斯", "美国驻俄罗斯大使馆女发言人", "美国")


def test_a_former_journalist_speaks_with_the_camp_that_introduced_her(publishers):
    from test_viewpoints_real import speeches

    found = speeches("hong-kong-lawmakers.yaml", ["summary/bbc_1047755.md"], publishers)
    ho = next(s.speech for s in found if s.speech.speaker == "何桂蓝")
    assert ho.role == "《立场新闻》前记者" and ho.camp == "香港民主派"  # 以抗争派人士身份参与民主派初选


def test_a_seat_of_government_the_actors_know_speaks_for_its_state():
    # 克里姆林宫表示，…: the Kremlin is Russia's voice, not a stray clause
    speech = speech_of("bbc_1047790.md", "克里姆林宫表示")
    assert (speech.speaker, speech.camp) == ("克里姆林宫", "俄罗斯")
    _, items = passage("bbc_1047790.md")
    assert any(i.speaker == "克里姆林宫" and "早日康复" in i.text for i in items)


def test_the_writer_telling_what_the_speaker_did_not_say_is_no_part_of_the_claim():
    from briefgen.analysis.speech import balanced_claim
    from briefgen.summarizers.viewpoints import told_of_speaker
    # 佩恩还在声明中说，会继续帮助成蕾以及她的家人，但佩恩没有说明成蕾被拘的原因…
    speech = speech_of("dw_1047009.md", "佩恩还在声明中说")
    assert speech.speaker == "佩恩"
    assert told_of_speaker(speech, balanced_claim(speech.claim)) == "会继续帮助成蕾以及她的家人。"
    _, items = passage("dw_1047009.md")
    assert not any("没有说明" in i.text for i in items)


def test_a_remark_told_first_gives_way_to_the_stance_of_the_same_statement():
    _, items = passage("reuters_1046165.md")
    oliver = [i.text for i in items if i.speaker == "Shane Oliver"]
    assert oliver and "安倍经济学没有真正的替代品" in oliver[0]
    assert "短期内市场会有点紧张" not in oliver[0]


def test_a_government_statement_without_stance_words_is_heard_when_room_is_left():
    _, items = passage("reuters_1046248.md")
    assert [(i.actor, i.speaker) for i in items] == [("英国", "英国外交及联邦事务部发言人")]
    assert items[0].text.startswith("我们正与香港各行各业的企业保持密切联系")


def test_an_unnamed_official_telling_where_missiles_flew_is_no_viewpoint():
    documents, items = passage("dw_1047074.md")
    assert any(s.speech and "国防官员" in s.speech.speaker for s in documents.sentences)
    assert not any("发射" in i.text for i in items)


def test_a_call_made_at_the_other_side_s_request_is_no_stance():
    documents, items = passage("reuters_1046325.md")
    speech = next(s.speech for s in documents.sentences if s.speech)
    assert speech.speaker == "中国商务部" and not takes_stance(speech.claim)
    assert items == []  # a call held, told as done: the chronology's, not a view


def test_a_claim_opening_on_this_goes_on_with_what_the_speaker_said_just_before():
    _, items = passage("nyt_1047912.md")
    assert [(i.speaker, i.text) for i in items] == [
        ("胡志伟", "林卓廷已经从受害人变成了被告。这是一个完全不合理的情况。")]


def test_a_speech_keeps_what_stands_before_a_closing_question_that_leans_and_a_role_drops_the_writer_s_story():
    documents, items = passage("rfa_1047974.md")
    lam = next(i for i in items if i.speaker == "林卓廷")
    assert lam.text == ("我参与暴动？721暴动？香港现在真是荒谬！现在香港警察，已经沦为政治工具，"
                        "721这么离谱的事，可以将一个受害人诬蔑成被告。")  # not 这个执法行动, whose
    assert lam.role == "民主派立法会议员" and lam.actor == "香港民主派"  # act the item lost


def test_a_reference_the_writer_glossed_in_brackets_reads_as_the_gloss():
    _, items = passage("cdt_394367.md")
    petricek = next(i for i in items if i.speaker == "佩特里切克")
    assert "王毅的代价说已经过头了" in petricek.text and "(" not in petricek.text


def test_a_department_of_a_body_speaks_under_the_body_s_name():
    _, items = passage("bbc_1047688.md")
    assert [i.speaker for i in items] == ["PPTV"]  # PPTV体育部 and PPTV的声明: one voice


def test_they_opening_the_claim_of_a_group_or_a_body_is_the_speakers_themselves():
    _, items = passage("nyt_1047893.md")
    assert [(i.speaker, i.actor) for i in items] == [("分析人士", "专家学者")]
    assert items[0].text.startswith("希望下一任日本首相能着力解决与韩国的紧张关系")


def test_no_information_to_give_says_nothing():
    from briefgen.summarizers.viewpoints import SAYS_LITTLE
    documents, items = passage("nyt_1047896.md")  # 他们没有任何关于拘留的信息可以提供
    assert [s.speech.speaker for s in documents.sentences if s.speech] == ["广东省公安厅和广东省政府发言人"]
    assert items == [] and SAYS_LITTLE.search("没有任何关于拘留的信息可以提供。")
    assert not SAYS_LITTLE.search("没有任何证据显示他们参与暴动。")


def test_they_whom_the_police_speak_of_are_not_the_police():
    _, items = passage("voa_1046841.md")  # 警方说他们是自杀: the two men found dead
    assert not any(i.text.startswith("是自杀") for i in items)


def test_an_answer_is_printed_with_what_the_writer_says_was_asked():
    _, items = passage("nyt_1047904.md")
    conn = [i.text for i in items if i.speaker.endswith("康恩")]
    assert "（被问及8月26日的导弹发射）美国不会被吓倒。" in conn, conn  # not 周三, nor the bare answer


def test_words_before_a_speaker_that_say_when_or_that_one_did_are_no_role():
    """此前曾有运营商称 (a page of the shared pages, gne/163_5.html, as ingested): 曾有 says that
    one operator once said it, not who the operator is."""
    documents, items = passage("163_5.html")
    [speech] = [s.speech for s in documents.sentences if s.speech and s.speech.speaker == "运营商"]
    assert speech.role is None
    assert all(i.role != "曾有" for i in items)


def test_the_topic_s_own_person_saying_how_often_is_a_view_not_a_count():
    """董又霖's apology (a page of the shared pages, gne/ifeng_ifeng.html, its first paragraph as
    ingested): 都不如上台感受一次 says once, no count of anything, and he is the brief's subject;
    his quote goes on past 再次为我的不足向大家说声抱歉 (说声: no one else speaks) to its end."""
    _, items = passage("ifeng_ifeng.html")
    assert [(i.speaker, i.text) for i in items] == [("董又霖", "台下排练多少次，都不如上台感受一次。"
                                                   "再次为我的不足向大家说声抱歉，感谢媒体们还有我粉丝的"
                                                   "鼓励包容，以及所有的批评和建议，会继续努力。")]


def test_she_in_a_story_about_one_person_the_topic_names_is_that_person():
    """彭静旋 (a page of the shared pages, gne/baijiahao_4.html, its fifth paragraph as
    ingested): a name the spec gives that a clause goes on with as 她 is a person's, and 她说
    with no one else just named is hers."""
    documents, items = passage("baijiahao_4.html")
    [speech] = [s.speech for s in documents.sentences if s.text.startswith("她说")]
    assert speech.speaker == "彭静旋"
    assert any(i.speaker == "彭静旋" and "把古筝带到法国来了" in i.text for i in items)


def test_a_person_named_after_a_post_speaks_though_how_comes_between():
    """余弦 (gne/csdn_1.html, its first and eighteenth paragraphs as ingested): named after
    his post (副总裁余弦主持了…), then …，余弦骄傲地说道: 骄傲地 says how, not who."""
    _, items = passage("csdn_1.html")
    assert [(i.speaker, i.role) for i in items] == [("余弦", "北京知道创宇副总裁")]


def test_what_he_said_goes_on_into_a_sentence_with_no_subject():
    # 刘明坦言，3000元…，难。不得已才想离开…: the second sentence has no subject of its own;
    # it goes on with what he said, and why 3000元 matters is in it.
    _, items = passage("ifeng_2.html")
    liu = [i.text for i in items if i.speaker == "刘明"]
    assert liu == ["3000元要养活家里六口人，难。不得已才想离开工作了15年的民族中学，去薪水更高的民办中学。"]
    assert sum("不得已" in i.text for i in items) == 1  # told once, with its speaker


def test_a_sentence_with_its_own_subject_does_not_go_on_with_the_claim_before():
    documents, _ = passage("ifeng_2.html")
    after = next(s for s in documents.sentences if s.text.startswith("听了这"))
    assert after.speech is None
