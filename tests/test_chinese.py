"""Sentences that respect quotes; words with a domain dictionary."""

from __future__ import annotations

from briefgen.chinese import segmenter, sentences


def test_sentence_ends_inside_quotes_do_not_split():
    text = ("“这意味着美国的核武器被专门派用于朝鲜半岛的任务中，”韩国国家安保室第一次长金泰孝表示。"
            "他补充道，明文规定尚属首次。“我们会回应。”他说。韩方称：「甲。乙！」随后离开。")
    assert sentences(text) == [
        "“这意味着美国的核武器被专门派用于朝鲜半岛的任务中，”韩国国家安保室第一次长金泰孝表示。",
        "他补充道，明文规定尚属首次。", "“我们会回应。”他说。", "韩方称：「甲。乙！」", "随后离开。"]


def test_a_round_bracket_closed_in_the_other_width_still_closes():
    """voa_1046853: 星期二（8月25日) opens full-width and closes half-width; the sentence after
    it is one of its own, not the speaker's claim."""
    text = ("台湾行政院长苏贞昌星期二（8月25日) 表示，中资公司不得利用间接方式绕过台湾的法规进入台湾市场。"
            "一天前，台湾经济部判定台湾电商“淘宝台湾”具有陆资性质。")
    assert len(sentences(text)) == 2


def test_a_quote_introduced_by_a_colon_ends_its_sentence():
    assert sentences("官员说：“我们仍在磋商。”该官员解释说，协商需要时间。") == \
        ["官员说：“我们仍在磋商。”", "该官员解释说，协商需要时间。"]


def test_a_quote_after_a_saying_verb_and_a_comma_ends_its_sentence():
    """Reuters on Bolt: what follows the quote is another sentence, so the quote keeps its
    speaker (博尔特…表示) and the next sentence is read on its own."""
    assert sentences("博尔特发布视频讯息表示，“为了安全起见，我已经自行隔离，轻松以对。”"
                     "当中看来他是躺在床上录制这段视频。") == [
        "博尔特发布视频讯息表示，“为了安全起见，我已经自行隔离，轻松以对。”",
        "当中看来他是躺在床上录制这段视频。"]
    # a quote opening the sentence, or one after a comma with no saying verb, stays whole
    assert sentences("“我们会回应。”他说。他们喊出，“自由。”随后散去。") == [
        "“我们会回应。”他说。", "他们喊出，“自由。”随后散去。"]


def test_a_quote_ending_in_a_space_before_its_closing_mark_still_ends_its_sentence():
    """观察者网 (a real page): …表示，“…都是错误的。 ”同时，苹果公司表示，“…”: two quotes, two
    sentences, though a space stands between 。 and ”."""
    assert sentences("苹果公司9日对记者表示，“我们调查了中国劳工观察的说法，大多数指控都是错误的。 ”"
                     "同时，苹果公司表示，“我们正在与富士康密切合作解决这个问题。”") == [
        "苹果公司9日对记者表示，“我们调查了中国劳工观察的说法，大多数指控都是错误的。 ”",
        "同时，苹果公司表示，“我们正在与富士康密切合作解决这个问题。”"]


def test_a_quote_right_after_a_verb_of_saying_ends_its_sentence_in_straight_quotes_too():
    """dw_1047074: 中国军方宣布"…能力。" 8月26日，中国军队…: the announcement and the launch are
    two sentences, so each keeps its own date."""
    text = ('8月13日，中国军方宣布"东部战区多军种多方向成体系出动兵力，在台湾海峡及南北两端连续组织实战化演练，'
            '进一步检验提升多军种联合作战能力。" 8月26日，中国军队在西沙群岛周围进行军事演习期间发射4枚弹道导弹。')
    assert sentences(text) == [text[:text.index(" ")], text[text.index(" ") + 1:]]
    assert sentences("他表示“我们会去。”随后离开。") == ["他表示“我们会去。”", "随后离开。"]
    # a quote with no verb of saying before it stays in its sentence
    assert sentences('他们喊出"自由。"随后散去。') == ['他们喊出"自由。"随后散去。']


def test_every_sentence_end():
    assert sentences("真的吗？是的！好……走吧。最后一句") == ["真的吗？", "是的！", "好……", "走吧。", "最后一句"]


def test_domain_words_stay_whole_and_specs_add_their_own():
    words = segmenter().words("尹锡悦的副国家安全顾问金泰孝表示，美韩核咨商小组成立")
    assert {"尹锡悦", "金泰孝", "核咨商小组"} <= set(words)
    assert "乙支自由盾牌" not in segmenter().words("两国举行乙支自由盾牌演习")
    assert "乙支自由盾牌" in segmenter(("乙支自由盾牌",)).words("两国举行乙支自由盾牌演习")


def test_a_spec_word_given_kin_is_a_persons_name():
    """sina_5: 潘晓颖, a word of the spec (kept whole, no person to the tagger), has parents
    (为他们（潘晓颖父母）带来好大的伤痛): a person. A word with no kin, or no surname, is none."""
    from briefgen.analysis.names import kin_names

    texts = ["陈同佳…表示：“因为我自己做了些无可挽救的错事，为他们（潘晓颖父母）带来好大的伤痛。”",
             "陈同佳今日在西贡壁屋监狱刑满出狱，并向潘晓颖家人鞠躬致歉。"]
    assert kin_names(("陈同佳", "潘晓颖", "出狱", "刑满出狱"), "\n".join(texts)) == ("潘晓颖",)
    assert kin_names(("王毅", "刑满出狱"), "\n".join(texts)) == ()


def test_a_name_the_segmenter_cuts_is_kept_whole_where_the_sources_show_it_speaking():
    """qq_qq.html (Yangtse Evening Post, sentences cut short): 潘|振声 and 马|莉 are cut by the
    dictionary; the text shows each speaking and names each again, after a mark or a kinship
    word. What only looks like a surname and a word before a cue is no name."""
    from briefgen.analysis.names import speaking_names

    texts = ["潘振声女儿马莉表示，改成这样，唱起来不觉得拗口吗？",
             "潘振声生于上海，1991年调任江苏省文联党组成员、副主席，1995年退休。",
             "“我觉得正规出版社不会去做这样的事情”，马莉说。",
             "结果潘振声说：“孩子把一分钱交给警察叔叔，这份手稿，我当然也要交给警察叔叔。”",
             # written for the test: a transliteration, a pair of sides, a state medium, each twice
             "卢卡申科表示将举行新选举。卢卡申科表示不会下台。双方今天表示同意。双方今天表示满意。",
             "官方媒体称会议成功。官方媒体称谈判顺利。马斯克说会上市。马斯克说不会。"]
    known = segmenter(())
    assert speaking_names("\n".join(texts), known) == ("潘振声", "马莉")
    tokens = [w for w in segmenter((), ("潘振声", "马莉")).words("潘振声女儿马莉表示")]
    assert tokens[:3] == ["潘振声", "女儿", "马莉"]
