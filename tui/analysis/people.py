"""Person mentions found in Sudachi tokens: names with their titles.

Core module (no Textual). :func:`find_people` turns mode-C tokens into
:class:`Mention` objects: the name span without any title, plus the title or
honorific written right after it (``山田氏``, ``山田一郎環境大臣``) or right
before it (``防衛大臣…``). Titles are evidence that a word is a name, never
part of the name. Used by the term finder (person terms) and the quotes reader
(speakers and their aliases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..text import is_hiragana, is_kana, is_kanji, is_katakana, katakana_to_hiragana
from .titles import HONORIFICS, TITLE_SUFFIXES, TITLES, title_part
from .terms import BODY_WORDS
from .tokens import Token, dictionary

#: Separators inside foreign names written in katakana.
NAME_JOINERS = frozenset({"・", "＝", "="})
#: How the name of a post ends: 責任者, 補佐官, 部長, 職員, 取締役.
POST_ENDINGS = ("者", "官", "長", "員", "役")
#: A middle initial between ・: ジョン・F・ケネディ, ジェームズ・Ｌ・カートライト.
INITIAL_RE = re.compile(r"[A-ZＡ-Ｚ][.．]?")

#: Longest noun chain read as one compound title (防衛大臣, 経済担当副大臣).
MAX_TITLE_TOKENS = 8

#: Last words of a school or team name before ・ and a player's surname
#: (明星学園・石垣, 東海大相模・山田): sports reports name players so.
TEAM_ENDINGS = ("義塾", "学院", "学園", "高", "高校", "大付", "付", "工", "商", "実", "大")
#: Positions and roles in a line-up, written where a player's surname could be (1番・中堅).
POSITIONS = frozenset({
    "投手", "捕手", "一塁", "二塁", "三塁", "遊撃", "左翼", "中堅", "右翼", "外野", "内野", "指名", "代打", "代走",
    "主将", "先発", "中継", "抑え", "控え", "打者", "走者", "野手", "一塁手", "二塁手", "三塁手", "遊撃手",
})
#: A player's position in letters, glued before the name (FWチネドゥ・オケケ, WTBシオネ):
#: football, rugby and basketball as Japanese reports write them.
FIELD_POSITIONS = frozenset({
    "FW", "MF", "DF", "GK", "CB", "SB", "WB", "CF", "ST", "WTB", "CTB", "SO", "SH", "FB", "PR", "HO", "LO", "FL",
    "PG", "SG", "SF", "PF", "ＦＷ", "ＭＦ", "ＤＦ", "ＧＫ",
})
#: What follows a player's surname in a report (石垣の打球, 石垣が).
_AFTER_PLAYER = frozenset({"の", "が", "は", "も", "を", "に", "、", "。", "と"})
#: Longest parenthesis searched for an affiliation with a title (野村真珠（○○連盟理事）).
_BRACKET_TOKENS = 16
#: The commonest one-character family names of Chinese and Korean people, the
#: start of a kanji name that Sudachi cuts into single characters (王明副報道局長,
#: 朴正民（パク・ジョンミン）大統領): read as a name only with a title after it.
CJK_SURNAMES = frozenset(
    "王李張劉陳楊黄趙呉周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾肖田董袁潘于蒋蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范"
    "金石廖賈夏韋方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬銭厳武戴莫孔向湯習温胡朴申権安柳洪全文盧"
)


@dataclass(frozen=True)
class Mention:
    """One mention of a person: the name and the titles around it."""

    start: int
    end: int
    name: str
    """``text[start:end]``: the name without any title."""
    title: str = ""
    """The title or honorific after the name, else the one before it, else ""."""
    title_start: int = 0
    title_end: int = 0
    before: str = ""
    """A title written right before the name (防衛大臣 in 防衛大臣…大将)."""
    before_start: int = 0
    after: str = ""
    """A title or honorific written right after the name."""
    after_end: int = 0
    parts: tuple[str, ...] = ()
    """The name's parts: (surname, given name) or the katakana pieces between ・."""
    weak: bool = False
    """A surname alone with nothing else saying it is a person's (大立・永浜: a
    list of places whose names are also surnames): a person only if the
    article names someone so with more evidence."""

    @property
    def span_start(self) -> int:
        """Where the mention starts, titles included."""
        return self.before_start if self.before else self.start

    @property
    def span_end(self) -> int:
        """Where the mention ends, titles included."""
        return self.after_end if self.after else self.end

    @property
    def titles(self) -> tuple[str, ...]:
        """The titles around the name, in reading order."""
        return tuple(t for t in (self.before, self.after) if t)


# --- token classes ------------------------------------------------------------


def _is_person(t: Token) -> bool:
    return len(t.pos) > 2 and t.pos[1] == "固有名詞" and t.pos[2] == "人名"


def _is_place_or_org(t: Token) -> bool:
    return t.pos[1] == "固有名詞" and len(t.pos) > 2 and t.pos[2] != "人名"


@lru_cache(maxsize=8192)
def is_common_word(surface: str) -> bool:
    """Whether the dictionary also lists ``surface`` as a common noun (誠, 太郎)."""
    return any(m.part_of_speech()[1] == "普通名詞" for m in dictionary().lookup(surface))


def _title_token(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` ends a title (大臣, 環境大臣, or 部+長)."""
    t = tokens[i]
    if title_part(t.surface):
        return True
    return (
        t.surface in TITLE_SUFFIXES
        and t.pos[0] == "接尾辞"
        and i > 0
        and tokens[i - 1].end == t.start
        and tokens[i - 1].pos[0] == "名詞"
    )


def _chain_token(t: Token) -> bool:
    """A token that can be part of a compound title (nouns, prefixes, suffixes; no numbers)."""
    if t.pos[0] == "名詞":
        return t.pos[1] != "数詞" and not _is_person(t)
    return t.pos[0] in ("接頭辞", "接尾辞") and t.surface not in HONORIFICS


# --- titles around a name -------------------------------------------------------


def _title_after(text: str, tokens: Sequence[Token], j: int) -> tuple[str, int]:
    """The honorific or longest compound title starting at token ``j`` (adjacent to the name)."""
    if j >= len(tokens):
        return "", 0
    t = tokens[j]
    if t.surface in HONORIFICS:
        return t.surface, t.end
    end = _title_end(tokens, j)
    return (text[t.start : end], end) if end else ("", 0)


def _title_end(tokens: Sequence[Token], j: int) -> int:
    """The end offset of the longest compound title starting at token ``j``
    (副報道局長, 事務 + 総長 cut into words, 海洋・環境担当特使 with offices
    joined by ・, 大臣 before a glued bracket), else 0."""
    end = 0
    k = j
    prev_end = tokens[j].start
    words = ""  # the text from token j on (the tokens are adjacent)
    while k < len(tokens) and k - j < MAX_TITLE_TOKENS:
        tk = tokens[k]
        if tk.surface == "・" and k > j and tk.start == prev_end and k + 1 < len(tokens) and _chain_token(tokens[k + 1]):
            prev_end = tk.end  # 海洋・環境担当特使: offices joined inside one title
            words += tk.surface
            k += 1
            continue
        if tk.start != prev_end or not _chain_token(tk):
            break
        cut = title_part(tk.surface)
        if cut and cut != tk.surface:  # a bracket glued to the title ends the chain
            return tk.start + len(cut)
        words += tk.surface
        if _title_token(tokens, k) or (k > j and title_part(words)):
            end = tk.end  # a title, or one cut into words (事務 + 総長)
        prev_end = tk.end
        k += 1
    return end


def _title_before(text: str, tokens: Sequence[Token], i: int) -> tuple[str, int]:
    """The compound title ending right before token ``i`` (防衛大臣 before a name)."""
    k = i - 1
    if k < 0 or tokens[k].end != tokens[i].start or not _chain_token(tokens[k]) or not _title_token(tokens, k):
        return "", 0
    start = tokens[k].start
    while k - 1 >= 0 and i - k < MAX_TITLE_TOKENS and tokens[k - 1].end == tokens[k].start and _chain_token(tokens[k - 1]):
        k -= 1
        start = tokens[k].start
    return text[start : tokens[i].start], start


# --- names ----------------------------------------------------------------------


def _katakana_name(tokens: Sequence[Token], i: int) -> tuple[int, list[list[Token]]]:
    """The katakana pieces from token ``i`` joined by ・ or ＝: (next index, parts)."""
    parts: list[list[Token]] = [[tokens[i]]]
    j = i + 1
    n = len(tokens)
    while j < n:
        t = tokens[j]
        if t.start != tokens[j - 1].end:
            break
        if is_katakana(t.surface) and t.pos[0] == "名詞" and t.surface not in TITLES:
            parts[-1].append(t)  # a name Sudachi cut into two known words (not マクファーレン|ヘッドコーチ)
            j += 1
        elif t.surface in NAME_JOINERS and j + 1 < n and tokens[j + 1].start == t.end and is_katakana(tokens[j + 1].surface) and (
                tokens[j + 1].pos[0] in ("名詞", "接頭辞")):  # ハク of ナスリン・ハク: Sudachi's prefix
            parts.append([tokens[j + 1]])
            j += 2
        elif t.surface == "・" and (k := _initial_end(tokens, j + 1)) > j + 1:
            parts.append(list(tokens[j + 1 : k]))  # ジェームズ・L・カートライト: a middle initial
            j = k
        else:
            break
    return j, parts


def _initial_end(tokens: Sequence[Token], i: int) -> int:
    """The index after a middle initial starting at token ``i`` (L, Ｌ．),
    followed by ・ and a katakana word; else ``i``."""
    k, written = i, ""
    while k < len(tokens) and len(written) < 2 and tokens[k].start == tokens[k - 1].end:
        written += tokens[k].surface
        k += 1
        if INITIAL_RE.fullmatch(written):
            break
    if not INITIAL_RE.fullmatch(written) or k + 1 >= len(tokens):
        return i
    dot, word = tokens[k], tokens[k + 1]
    ok = dot.surface == "・" and dot.start == tokens[k - 1].end and word.start == dot.end and is_katakana(word.surface)
    return k if ok else i


def _kanji_name(tokens: Sequence[Token], i: int, surname: bool = False) -> int:
    """The end index of a surname + given name starting at ``i`` (or ``i + 1``).
    ``surname``: token ``i`` is not tagged as a surname but the dictionary
    also lists it as one (野村, also a company); then only an affiliation in
    brackets after the full name makes it a name (野村真珠（○○連盟理事）)."""
    n = len(tokens)
    if not (surname or tokens[i].pos[3] == "姓") or i + 1 >= n:
        return i + 1
    nxt = tokens[i + 1]
    if not surname and nxt.start == tokens[i].end and _is_person(nxt) and nxt.pos[3] in ("名", "一般"):
        # a given name in katakana (山田ハナさん) only with an honorific or a
        # bracket after it: alone it can be a foreign name's part or a word
        if not is_katakana(nxt.surface) or _closed_name(tokens, i + 2):
            return i + 2
    if is_hiragana(nxt.surface) and nxt.start == tokens[i].end:
        # 松尾こころさん: a given name in hiragana that is a word too (心)
        return max(i + 1, _kana_given_name(tokens, i))
    # a given name Sudachi does not know, cut into odd pieces: accepted only
    # when a parenthesis or an honorific closes it (山田 + 典 + 匡 + （), or
    # read as common words (真珠) when the brackets hold a title
    j, length, odd = i + 1, 0, False
    while j < n and j - i <= 2 and tokens[j].start == tokens[j - 1].end and is_kanji(tokens[j].surface):
        t = tokens[j]
        if title_part(t.surface) or t.pos[0] != "名詞":
            break
        odd = odd or not (t.pos[1] == "固有名詞" or len(t.surface) == 1)
        length += len(t.surface)
        j += 1
    if j == i + 1 or length > 3 or j >= n or tokens[j].start != tokens[j - 1].end:
        return i + 1
    closer = tokens[j].surface
    if closer in ("（", "("):
        return j if not (odd or surname) or _bracketed_title(tokens, j) else i + 1
    return j if closer in HONORIFICS and not (odd or surname) else i + 1


def _closed_name(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` closes a name glued to it: an honorific, a title
    or an opening parenthesis (an age, an affiliation)."""
    glued = j < len(tokens) and tokens[j].start == tokens[j - 1].end
    return glued and tokens[j].surface in ("（", "(") or _titled_at(tokens, j)


def _bracketed_title(tokens: Sequence[Token], j: int) -> bool:
    """Whether the parenthesis opening at token ``j`` holds a title (（○○連盟理事、…）)."""
    for k in range(j + 1, min(j + 1 + _BRACKET_TOKENS, len(tokens))):
        s = tokens[k].surface
        if s in ("）", ")"):
            return False
        if title_part(s):
            return True
    return False


@lru_cache(maxsize=8192)
def could_be_given_name(surface: str) -> bool:
    """Whether the dictionary also lists ``surface`` as a given name (正和)."""
    return any(m.part_of_speech()[3] == "名" for m in dictionary().lookup(surface))


def _place_surname_name(tokens: Sequence[Token], i: int) -> int:
    """The end index of a surname Sudachi read as a place (石動, a town too) and
    the given name glued after it, else ``i``: a proper noun, not a place,
    that the dictionary lists as a given name (正和, 太郎); kanji Sudachi cut
    into pieces that together are one (湊川 + 直 + 人: 直人); or a given name
    in hiragana read as words (汐見 + かれん: :func:`_kana_given_name`). Only a
    title or an honorific after it makes it a name (the caller's rule): 石動正和首相,
    石動太郎氏; not 札幌+中央+区長, 大阪+光+会長, 奈良+大和+会長, 名古屋+名鉄+社長."""
    t = tokens[i]
    if i + 1 >= len(tokens):
        return i
    given = tokens[i + 1]
    if given.start != t.end or given.pos[2] == "地名":
        return i
    if _common_surname(tokens, i):
        # 葦原 + 惟人 + 特任教授: a surname Sudachi reads as a common word (葦原, a reed
        # plain), before a word it knows only as a given name
        return i + 2 if given.pos[1:4] == ("固有名詞", "人名", "名") and could_be_given_name(given.surface) else i
    if not (t.pos[1] == "固有名詞" and t.pos[2] == "地名"):
        return i
    if given.pos[1] == "固有名詞":
        return i + 2 if could_be_given_name(given.surface) else i
    j, pieces = i + 1, ""
    while j < len(tokens) and j - i <= 2 and tokens[j].start == tokens[j - 1].end and is_kanji(tokens[j].surface):
        if tokens[j].pos[0] not in ("名詞", "接尾辞") or title_part(tokens[j].surface):
            break
        pieces += tokens[j].surface
        j += 1
    if j - i > 2 and len(pieces) <= 3 and could_be_given_name(pieces):
        return j
    return _kana_given_name(tokens, i)


def _common_surname(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` may be a surname read as a common word: two or three
    kanji, no title, starting a noun phrase (not the end of a compound:
    大学葦原)."""
    t = tokens[i]
    if t.pos[1] != "普通名詞" or not 2 <= len(t.surface) <= 3 or not is_kanji(t.surface) or title_part(t.surface):
        return False
    return i == 0 or tokens[i - 1].end != t.start or tokens[i - 1].pos[0] not in ("名詞", "接頭辞", "接尾辞")


def _kana_given_name(tokens: Sequence[Token], i: int) -> int:
    """The end index of a given name in hiragana that Sudachi reads as one
    or two words (かれん, ひかり), glued after token ``i``, when an honorific
    or an age in brackets, with or without a title before it, closes it
    (汐見かれんさん, 汐見かれん選手（24）, 汐見かれん（24）); else ``i``. A title alone is not enough: 神戸まつり会長 is a festival's."""
    n, j, kana = len(tokens), i + 1, ""
    while j < n and j - i <= 2 and tokens[j].start == tokens[j - 1].end and is_hiragana(tokens[j].surface):
        if tokens[j].pos[0] in ("助詞", "助動詞", "接尾辞"):
            break
        kana += tokens[j].surface
        j += 1
    if not 2 <= len(kana) <= 4 or j >= n or tokens[j].start != tokens[j - 1].end:
        return i
    if tokens[j].surface in HONORIFICS or _age_at(tokens, j):
        return j  # 汐見かれんさん; 瀬名川あかり（28）, as sport pages write an athlete
    end = _title_end(tokens, j)
    k = next((k for k in range(j, min(n, j + MAX_TITLE_TOKENS)) if tokens[k].start == end), n)
    return j if end and _age_at(tokens, k) else i


def _age_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens ``k`` on are an age in brackets glued to what is before: （24）."""
    return (k + 2 < len(tokens) and tokens[k].surface in ("（", "(") and tokens[k].start == tokens[k - 1].end
            and tokens[k + 1].surface.isdigit() and tokens[k + 2].surface in ("）", ")"))


@lru_cache(maxsize=8192)
def could_be_surname(surface: str) -> bool:
    """Whether the dictionary also lists ``surface`` as a surname (野村, 石垣)."""
    return any(m.part_of_speech()[3] == "姓" for m in dictionary().lookup(surface))


def _team_player(tokens: Sequence[Token], i: int) -> bool:
    """A surname written after a batting order or a team and ・ (2番・石垣の3ラン,
    明星学園・石垣の打球), which Sudachi may read as a common word."""
    t = tokens[i]
    s = t.surface
    if i < 2 or not 2 <= len(s) <= 3 or t.pos[2] == "地名" or s in POSITIONS or not is_kanji(s) or title_part(s):
        return False
    dot, team = tokens[i - 1], tokens[i - 2]
    if dot.surface != "・" or dot.end != t.start or team.end != dot.start:
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].surface not in _AFTER_PLAYER:
        return False
    if team.surface == "番":
        return i >= 3 and tokens[i - 3].pos[1] == "数詞"
    return team.surface.endswith(TEAM_ENDINGS) and len(team.surface) >= 2 or bool(title_part(team.surface))


def _glued_noun_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a noun or prefix that is not a title is written right before token ``i``."""
    before = tokens[i - 1] if i > 0 and tokens[i - 1].end == tokens[i].start else None
    return before is not None and before.pos[0] in ("名詞", "接頭辞") and not title_part(before.surface) and before.surface not in NAME_JOINERS


#: Endings of nouns for a role a person has (裁判官, 運転士, チェアマン): written
#: right after a full name, they are a title the lists do not know, not the
#: rest of a company's name (上海福喜+食品).
ROLE_ENDINGS = ("官", "員", "者", "士", "師", "長", "手", "マン", "役", "家", "人", "将", "生", "主")


def _glued_noun_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether a noun that is not a title nor a role is written right after token ``j - 1``."""
    after = tokens[j] if j < len(tokens) and tokens[j].start == tokens[j - 1].end else None
    return (
        after is not None and after.pos[0] == "名詞" and after.pos[1] != "数詞" and not title_part(after.surface)
        and after.surface not in HONORIFICS and not after.surface.endswith(ROLE_ENDINGS)
    )


def _post_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether the nouns glued after token ``j - 1`` end as a post does
    (最高法務責任者, 首席補佐官): with a word for a person by their office."""
    k = j
    while k < len(tokens) and tokens[k].start == tokens[k - 1].end and tokens[k].pos[0] in ("名詞", "接尾辞"):
        k += 1
    return k > j and text[tokens[j].start : tokens[k - 1].end].endswith(POST_ENDINGS)


def _in_compound(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether tokens ``i``..``j`` are glued to nouns on either side (富士+見坂,
    妙清+寺, ノーベル+平和賞): part of a place, award or organisation name."""
    after = tokens[j] if j < len(tokens) and tokens[j].start == tokens[j - 1].end else None
    glued_after = after is not None and after.pos[0] in ("名詞", "接尾辞") and after.pos[1] != "数詞"
    return _glued_noun_before(tokens, i) or glued_after


def _split_titled(tokens: Sequence[Token]) -> Sequence[Token]:
    """Tokens with a name the dictionary knows together with its title
    (a name and its title Sudachi lists as one word) cut into the name and the title, so the name
    joins its other parts (the given name before a ・) and the title is evidence."""
    out: list[Token] | None = None
    for k, t in enumerate(tokens):
        pos = t.pos
        cut = 0
        if len(t.surface) >= 4 and pos[0] == "名詞" and len(pos) > 2 and (
                pos[2] == "人名" or k >= 2 and tokens[k - 1].surface == "・" and is_katakana(t.surface) and is_katakana(tokens[k - 2].surface)):
            # (ヘンドリック・ストレイダムヘッドコーチ: the last part of a ・-joined name read
            # as one common word with its title)
            cut = next((n for n in range(2, len(t.surface) - 1) if t.surface[n:] in TITLES), 0)
        if not cut:
            if out is not None:
                out.append(t)
            continue
        if out is None:
            out = list(tokens[:k])
        name, title = t.surface[:cut], t.surface[cut:]
        reading = katakana_to_hiragana(name) if is_katakana(name) else ""
        out.append(Token(t.start, t.start + cut, name, pos, name, name, reading))
        out.append(Token(t.start + cut, t.end, title, ("名詞", "普通名詞", "一般", "*", "*", "*"), title, title, ""))
    return tokens if out is None else out


def _reading_bracket(tokens: Sequence[Token], j: int) -> int:
    """The index after a reading in brackets at token ``j`` (山田隆星（りゅうせい）氏,
    朴正民（パク・ジョンミン）大統領), else ``j``: kana only, then the closing bracket."""
    n = len(tokens)
    if j >= n or tokens[j].surface not in ("（", "(") or tokens[j].start != tokens[j - 1].end:
        return j
    k = j + 1
    while k < n and k - j <= 6 and (is_kana(tokens[k].surface) and tokens[k].surface not in ("（", "(")):
        k += 1
    if k == j + 1 or k >= n or tokens[k].surface not in ("）", ")"):
        return j
    return k + 1


def _cjk_name(tokens: Sequence[Token], i: int) -> int:
    """The end index of a Chinese or Korean name in kanji starting at ``i``
    (王明, 朴正民, 鄭永康: a family name of :data:`CJK_SURNAMES` and one or two
    more characters, words of one character or one proper noun of two; or a
    family and given name Sudachi glued into one word before a last character,
    金正+民), when a title or an honorific follows; else ``i``."""
    n = len(tokens)
    t = tokens[i]
    if not t.surface or t.surface[0] not in CJK_SURNAMES or _glued_noun_before(tokens, i):
        return i
    if len(t.surface) == 2:
        if not (_is_person(t) and t.pos[3] == "名" and is_kanji(t.surface)):
            return i  # only a given name Sudachi misread (金正): 王明 is a name it knows
        ends: tuple[int, ...] = (i + 2,)  # 金正 + 民: the given name's last character
    elif len(t.surface) == 1:
        ends = (i + 2, i + 3)
    else:
        return i
    for j in ends:
        if j > n or not _given_name_piece(tokens, i, j):
            break
        if len(t.surface) == 1 and j < n and len(tokens[j].surface) == 1 and tokens[j].pos[0] == "名詞" and not title_part(tokens[j].surface) and tokens[j].surface not in HONORIFICS:
            continue  # 文在 + 寅大統領: the name goes on
        after = _reading_bracket(tokens, j)
        if j < n and (_titled_at(tokens, after) or (after > j and is_katakana(tokens[j + 1].surface))):
            return j  # 王明副報道局長, 鄭永康氏, 李正浩（イ・ジョンホ）: a title, an honorific or a reading in katakana
    return i


def _given_name_piece(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether tokens ``i + 1``..``j - 1`` can be the given name of a Chinese or
    Korean name: glued kanji words of one character, or one proper noun of
    two (永康), or one common noun of two before an honorific or a reading
    (海洋 of 周海洋氏, 明哲 of 朴明哲（パク・ミョンチョル）);
    never a common word of two before a title (全+加盟+国代表)."""
    rest = tokens[i + 1 : j]
    if not all(tokens[k].start == tokens[k - 1].end and is_kanji(tokens[k].surface) for k in range(i + 1, j)):
        return False
    if len(rest) == 1 and len(rest[0].surface) == 2 and len(tokens[i].surface) == 1:
        sure = j < len(tokens) and tokens[j].surface in HONORIFICS or _reading_bracket(tokens, j) > j
        return rest[0].pos[0] == "名詞" and (rest[0].pos[1] == "固有名詞" or sure and rest[0].pos[1] == "普通名詞")
    return all(len(p.surface) == 1 and p.pos[0] in ("名詞", "接頭辞", "接尾辞") for p in rest)


def _titled_at(tokens: Sequence[Token], j: int) -> bool:
    """Whether an honorific or a compound title starts at token ``j``."""
    if j < len(tokens) and tokens[j].surface in HONORIFICS and tokens[j].start == tokens[j - 1].end:
        return True
    if _dot_before_title(tokens, j):
        return True  # 金正民・統一相
    return _title_after_text(tokens, j)


def _dot_before_title(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is a ・ glued between a name and the title after it
    (山田太郎・外相, 金正民・統一相): news writes a title so, as a label."""
    return (
        j + 1 < len(tokens) and tokens[j].surface == "・" and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end and _title_after_text(tokens, j + 1)
    )


def _affiliated_post(tokens: Sequence[Token], j: int) -> int:
    """The index after a post that ends a run of nouns glued after the ・ at
    token ``j`` (・翠嶺大学准教授, ・日本地雷基金理事長), else -1."""
    if j + 1 >= len(tokens) or tokens[j].surface != "・" or tokens[j].start != tokens[j - 1].end:
        return -1
    k = j + 1
    while k < len(tokens) and k - j <= MAX_TITLE_TOKENS and tokens[k].start == tokens[k - 1].end and tokens[k].pos[0] in ("名詞", "接尾辞", "接頭辞"):
        if k > j + 1 and _title_token(tokens, k):
            return k + 1
        k += 1
    return -1


def _title_after_text(tokens: Sequence[Token], j: int) -> bool:
    """Whether a compound title starts at token ``j``, right after the name or
    after a reading in brackets (副報道局長, 大統領, 朴正民（パク・ジョンミン）大統領)."""
    if j >= len(tokens) or tokens[j].start != tokens[j - 1].end and tokens[j - 1].surface not in ("）", ")"):
        return False
    return _title_end(tokens, j) > 0


#: What a company's or a school's seat in brackets ends with: （東京都渋谷区）, （本社・大阪市）.
_SEAT_RE = re.compile(r"(?:本社[・･:：]?)?[^（）()、。]{1,14}[都道府県市区町村]")


def _located_body(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` opens a bracket glued to the name before it that
    holds a seat, a prefecture, city or ward (ルミナ（東京都渋谷区）): how news
    introduces a company or a school, never a person (a person's bracket
    holds an age, a post, a reading or a country: レイテ（ブラジル））."""
    if j >= len(tokens) or tokens[j].surface not in ("（", "(") or tokens[j].start != tokens[j - 1].end:
        return False
    close = text.find("）" if tokens[j].surface == "（" else ")", tokens[j].end)
    return close != -1 and _SEAT_RE.fullmatch(text, tokens[j].end, close) is not None


def find_people(text: str, tokens: Sequence[Token]) -> list[Mention]:
    """Person mentions in ``text`` (tokenised as ``tokens``), in text order.

    A name needs evidence unless Sudachi's dictionary knows it only as a name:
    a title or honorific next to it, a surname before a given name, or other
    name parts joined to it with ・ or ＝.
    """
    out: list[Mention] = []
    tokens = _split_titled(tokens)
    place_surnames: set[str] = set()
    """Surnames of the full names found so far that Sudachi may read as places
    or common words alone (桐ヶ谷 of 桐ヶ谷修さん, 葦原 of 葦原惟人特任教授, 高岡
    of 高岡咲良課長補佐)."""
    foreign_parts: set[str] = set()
    """The parts of the names joined by ・ found so far (バルディビア of エルネスト・バルディビア)."""
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        pos = t.pos
        if pos[0] != "名詞":
            i += 1
            continue
        weak = placed = country = False
        person = len(pos) > 2 and pos[1] == "固有名詞" and pos[2] == "人名"  # _is_person, inline: every noun asks
        katakana = is_katakana(t.surface) or (person and is_katakana(t.surface.replace("・", "")))
        cjk = _cjk_name(tokens, i) if len(t.surface) <= 2 and t.surface[:1] in CJK_SURNAMES else i
        if cjk > i:
            whole = "".join(tokens[k].surface for k in range(i, cjk))
            j, names, sure = cjk, [whole[0], whole[1:]], True  # family name: the first character
        elif katakana:
            j, parts = _katakana_name(tokens, i)
            last = parts[-1]
            if (len(parts) > 2 and len(last) == 1 and last[0].pos[2:4] == ("地名", "国") and j < n
                    and tokens[j].start == last[0].end and tokens[j].pos[0] == "名詞"):
                # ケオ・ラタナー・カンボジア政府報道官: the country starts the title, not the name
                j, parts, country = j - 2, parts[:-1], True
            if "".join(x.surface for x in last) in BODY_WORDS or (
                    i > 0 and tokens[i - 1].pos[0] == "名詞"
                    and is_kanji(tokens[i - 1].surface) and tokens[i - 1].pos[2] in ("地名", "人名")):
                # ハルステッド・モーターズ, アトラス・スポーツ: a company's name; 金沢サンダーバーズ,
                # 伊勢崎ファイアーバーズ: a team named after its town (no name is glued to a place)
                i = j
                continue
            flat = [p for part in parts for p in part]
            persons = sum(_is_person(p) for p in flat)
            places = sum(_is_place_or_org(p) for p in flat)
            names = ["".join(p.surface for p in part) for part in parts]
            # バルディビア氏 after エルネスト・バルディビア: the part of a name
            # found before, though Sudachi reads it as a place (only with a title, below)
            again = len(names) == 1 and names[0] in foreign_parts
            # オリンダ・バルカルセ氏: parts Sudachi reads as places, joined and honoured as a person
            honoured = len(parts) > 1 and j < n and tokens[j].surface in HONORIFICS and tokens[j].start == tokens[j - 1].end
            # カラム・ホワイトフィールド（21）: parts that are common words, joined and given an age
            aged = len(parts) > 1 and _age_at(tokens, j)
            if not persons and not any(p.oov for p in flat) and not again and not honoured and not aged:
                i = j
                continue
            joined = len(parts) > 1 or "・" in t.surface
            sure = persons > 0 and persons >= places and (joined or not any(is_common_word(x) for x in names))
            # ママドゥ・ディアロ: parts the dictionary knows nothing of, joined by ・, read as a name;
            # not after the kind of thing it names (有力紙ガゼタ・ヴィスワ) nor as a reading in
            # brackets (蕭文傑（シャオ・ウェンジエ）)
            sure = sure or (len(parts) > 1 and all(p.oov for p in flat) and not places and not (
                i > 0 and (tokens[i - 1].surface in ("（", "(") or tokens[i - 1].end == t.start
                           and tokens[i - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and tokens[i - 1].pos[1] != "数詞"
                           and tokens[i - 1].surface.upper() not in FIELD_POSITIONS)))
            # (a number glued before is a position or a shirt: No.8シオネ・ヴァイプル; so is a
            # position's letters: FWチネドゥ・オケケ)
            # ホワイトフィールド after カラム・ホワイトフィールド（21）: the part of a name found
            # before, when it is no word of the dictionary (ホワイト alone would be a colour) nor a
            # place (バルディビア is a city too: a person so only with a title)
            sure = sure or aged or (again and not places and not is_common_word(names[0]))
        elif person:
            j = _kanji_name(tokens, i)
            names = [t.surface] + (["".join(tokens[k].surface for k in range(i + 1, j))] if j - i > 1 else [])
            sure = j - i > 1 or not is_common_word(t.surface)
            # a surname alone in a list joined by ・ (赤崎町の大立・永浜・長崎): maybe places
            weak = j - i == 1 and t.pos[3] == "姓" and (
                (i > 0 and tokens[i - 1].surface == "・") or (j < n and tokens[j].surface == "・")
            )
            if t.pos[3] == "名" and j - i == 1 and i > 0 and tokens[i - 1].end == t.start and tokens[i - 1].surface in NAME_JOINERS:
                sure = True  # 母・花子さん: a given name introduced by a relation
        elif i > 1 and tokens[i - 1].surface == "・" and _team_player(tokens, i):
            j, names, sure = i + 1, [t.surface], True
        elif (j := _place_surname_name(tokens, i)) > i:
            # 石動正和首相: only with a title (below), or an age (瀬名川あかり（28）)
            names, sure, placed = [t.surface, "".join(tokens[k].surface for k in range(i + 1, j))], _age_at(tokens, j), True
        elif t.surface in place_surnames:
            j, names, sure = i + 1, [t.surface], False  # 桐ヶ谷さん after 桐ヶ谷修さん: only with a title or honorific (below)
        elif pos[1] == "固有名詞" and pos[2] == "一般" and is_kanji(t.surface) and could_be_surname(t.surface):
            j = _kanji_name(tokens, i, surname=True)
            if j == i + 1:
                i += 1
                continue
            names, sure = [t.surface, "".join(tokens[k].surface for k in range(i + 1, j))], True
        else:
            i += 1
            continue
        start, end = tokens[i].start, tokens[j - 1].end
        after, after_end = _title_after(text, tokens, j)
        if not after and (not katakana or country) and _dot_before_title(tokens, j):
            after, after_end = _title_after(text, tokens, j + 1)  # 山田太郎・外相: the title after a ・
        resume = j
        if not after and not katakana and j - i > 1 and (post := _affiliated_post(tokens, j)) > j:
            # 三雲紗希・翠嶺大学准教授: a full name, ・, then where they work and their post
            # (翠 is a given name to Sudachi, never a name of its own there)
            after, after_end, resume = text[tokens[j + 1].start : tokens[post - 1].end], tokens[post - 1].end, post
        if not after and (read := _reading_bracket(tokens, j)) > j:
            after, after_end = _title_after(text, tokens, read)  # 山田隆星（りゅうせい）氏: a reading, then the title
            after = text[tokens[read].start : after_end] if after else ""
            resume = read  # the reading is the name's, never a name of its own
            sure = sure or person  # 朴秀珍（パク・スジン）: a name glossed with its reading
        before, before_start = _title_before(text, tokens, i)
        if after and j - i == 1 and not _title_token(tokens, j) and _glued_noun_before(tokens, i):
            after, after_end = "", 0  # 日本福音+基督+教団牧師: a name inside an organisation's, titled after it
        if sure and not (after or before) and (_in_compound(tokens, i, j) if j - i == 1 else _glued_noun_after(tokens, j)):
            # 上海福喜+食品: a name inside a company's; but a name of ・-joined
            # names keeps before a post kiji does not know (エミリー・チャン最高法務責任者)
            sure = katakana and joined and persons == len(flat) and _post_after(text, tokens, j)
        if not (sure or after or before) or (not (after or before) and _located_body(text, tokens, j)):
            i = j
            continue
        weak = weak and not (after or before)
        title, t_start, t_end = (after, end, after_end) if after else (before, before_start, start) if before else ("", 0, 0)
        out.append(
            Mention(
                start=start,
                end=end,
                name=text[start:end],
                title=title,
                title_start=t_start,
                title_end=t_end,
                before=before,
                before_start=before_start,
                after=after,
                after_end=after_end,
                parts=tuple(x for name in names for x in re.split("[・＝=]", name) if x),
                weak=weak,
            )
        )
        if placed or person and j - i > 1 and t.pos[3] == "姓" and not katakana:
            place_surnames.add(t.surface)  # 高岡 of 高岡咲良: 高岡課長補佐 later, though read as a place
        if katakana and len(out[-1].parts) > 1:
            foreign_parts.update(out[-1].parts)
        i = resume
    return out


def people_in(text: str) -> list[Mention]:
    """Tokenise ``text`` and find its person mentions."""
    from .tokens import tokenize

    return find_people(text, tokenize(text))
