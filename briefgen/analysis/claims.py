"""Claims: what a speaker said, as printed. Quotes that frame it dropped, quotes balanced,
a speech of many sentences cut to its first ones, and the writer's gloss or someone else's
words after it (作为替代方案，…; 他们说，…) left out."""

from __future__ import annotations

import re

# Verbs that attribute speech: 说 and 称 guarded so that 说明, 称为 and 对称 are not read as speech.
SAY = r"(?<![解小传听演游学据虽再或])说(?![明服法]|不通|得通|不过去)"
CALL = r"(?<![对自简堪俗通统著名昵别职又并号人之])称(?![为作赞号性职霸])"

GLOSS = re.compile(r"^(?:作为(?:替代|回应|回报|补偿|交换|结果)|因此|所以|于是|从而|由此|结果|可见|"
                   r"换言之|也就是说)")
OTHER_VOICE = re.compile(rf"^(?:(?:但|而|不过|然而)?[^，,“”]{{2,24}}?|(?:他|她)?(?:还|并|又|也))"
                         rf"(?:{SAY}|表示|{CALL}|认为|指出|声称|宣称|强调)(?!声)")  # (向大家说声抱歉: no one speaks)
SAME_VOICE = re.compile(rf"^(?P<link>(?:但是?|而|不过|然而)?)(?:(?:他|她)(?:同时|也|还|并|又|则|更)*|"
                        rf"(?:同时|也|还|并|又)+)(?:{SAY}|表示|{CALL}|认为|指出|强调)(?:道)?[，,：:]?")
COUNTER_VOICE = re.compile(r"^(?:但是?|而|不过|然而)?(?:也|另|亦|还)有(?:人|一些人|分析|专家|学者|观察)")
CAUSE = re.compile(r"^(?:由于|因为|既然|鉴于)")

def _curly_quotes(text: str) -> str:
    """Straight quotes as the house style prints them: "…" → “…”, and a straight quote left
    unpaired (an opening one whose close fell in the next sentence) dropped."""
    if '"' not in text:
        return text
    parts = text.split('"')
    if len(parts) % 2 == 0:  # an odd number of quotes: the last one has no partner
        parts[-2:] = [parts[-2] + parts[-1]]
    return "".join(part + ("“" if n % 2 == 0 else "”") if n < len(parts) - 1 else part
                   for n, part in enumerate(parts))


def clean_claim(claim: str) -> str:
    """A claim as printed: quotes that frame it dropped, one end mark."""
    claim = _curly_quotes(claim.strip())
    claim = re.sub(r"[”」]\s*[,，]\s*(?:并|还|又)?(?:称|表示|说|指出|强调)\s*[“「]", "；", claim)
    claim = re.sub(r"(?<!\s)\s++([。，！？])", r"\1", claim)  # a run of spaces entered at its start
    if claim.count("“") < claim.count("”"):
        claim = claim.replace("”", "", claim.count("”") - claim.count("“"))
    claim = re.sub(r"^[“「](.*)[”」][。！!]?$", r"\1", claim).strip("“”「」 ")
    claim = balanced_claim(claim)
    if not claim.endswith(("。", "！", "？", "!", "?")):
        claim = claim.rstrip("，,；;、") + "。"
    return claim


LONG_CLAIM = 120  # a viewpoint is one claim, not a speech: whole sentences up to this length


def balanced_claim(claim: str) -> str:
    """A claim whose quotes close: a “ never closed is dropped, or the claim ends before it
    when a sentence ends there (…不明朗。“鄂木斯克的医生…); a speech of many sentences keeps
    its first ones, and stops where someone else's words begin (他们说，…)."""
    opened: list[int] = []
    for at, char in enumerate(claim):
        if char in "“「":
            opened.append(at)
        elif char in "”」" and opened:
            opened.pop()
        elif char in "”」" and at >= 6:  # …完全无法接受”，称他…: the quote ended, a report goes on
            head = claim[:at].rstrip("，,；;")
            return balanced_claim(head if head.endswith(("。", "！", "？")) else head + "。")
    for at in reversed(opened):
        if at >= 6 and claim[at - 1] in "。！？!?":
            claim = claim[:at]
        else:
            claim = claim[:at] + claim[at + 1:]
    parts = re.findall(r"[^。！？!?]+[。！？!?]*", claim)
    kept = ""
    for part in parts:
        if kept and (len(kept) + len(part) > LONG_CLAIM or OTHER_VOICE.match(part) or
                     part.count("“") != part.count("”")):
            break
        kept += part
    kept = kept or claim
    if len(kept) > LONG_CLAIM and "；" in kept[:LONG_CLAIM]:  # one long sentence: its first part
        kept = kept[:kept.rindex("；", 0, LONG_CLAIM)] + "。"
    return kept


def _without_gloss(claim: str) -> str:
    """The reported claim without a clause the writer adds after it (作为替代方案，…) or
    someone else's words; the speaker going on (…，但他同时指出…) stays, without the cue,
    and so does a counter-view the writer sets against it (…；但是也有人指出，…), so that
    a balanced sentence is not halved."""
    if claim.startswith(("“", "「")):
        return claim
    kept, depth = "", 0
    for part in re.split(r"(?<=[，,；;])", claim):
        bare = part.lstrip("“「")
        same = SAME_VOICE.match(bare)
        if kept and depth == 0 and same:  # 但他同时指出X: 但X; 并表示X: X; 他认为，X: X
            part = same["link"] + bare[same.end():] if len(bare) > same.end() + 2 else ""
        elif kept and depth == 0 and not COUNTER_VOICE.match(bare) and (
                (GLOSS.match(bare) and not CAUSE.match(claim)) or OTHER_VOICE.match(bare)):
            return kept  # the writer's conclusion, or someone else speaking
        depth += part.count("“") + part.count("「") - part.count("”") - part.count("」")
        kept += part
    return kept
