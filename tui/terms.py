"""Term rules for one text block: which token spans are places, organisations,
quantities and keyword candidates.

Sudachi tags place names (``固有名詞,地名``) and person names, but has no tag for
organisations, quantities or topic terms: those are built here from *noun
runs* (maximal sequences of nouns, prefixes and noun suffixes) with general
Japanese word lists (organisation heads, title words, counters). Person names
come from :mod:`tui.people`; this module only keeps its runs clear of them.

Everything is decided from the tokens of one block in one pass plus a little
work per noun run, so analysing costs little beside tokenising.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .chars import SENTENCE_ENDS, is_hiragana, katakana_to_hiragana
from .people import HONORIFICS, TITLE_SUFFIXES, title_part
from .tokens import Token, chunk_starts

# --- word lists (general Japanese, nothing article-specific) ----------------------

#: Heads that make a noun chain an organisation on their own (内務省, 教育委員会).
ORG_HEADS_STRONG = (
    "委員会", "協議会", "連合会", "審議会", "評議会", "理事会", "協会", "連盟", "連合", "学会",
    "大学", "学院", "学園", "義塾", "高校", "高等学校", "中学校", "小学校", "学校", "研究所",
    "病院", "銀行", "新聞社", "新聞", "通信社", "放送局", "株式会社", "有限会社", "財団", "法人",
    "組合", "教団", "教会", "神社", "神宮", "大社", "寺", "本部", "議会", "裁判所", "地裁", "高裁", "警察", "事務所", "事務局",
    "省", "庁", "府", "局", "署", "党", "軍", "隊", "社", "大", "警",
)
#: Heads that need a proper noun (or another organisation) before them:
#: 日本政府 and AP通信 are organisations, 国際機関 and 研究機関 are not.
ORG_HEADS_WEAK = (
    "機関", "組織", "団体", "政府", "企業", "会社", "通信", "放送", "グループ", "チーム",
    "センター", "部", "課", "室", "会", "会議", "省庁", "当局", "鉄道", "電鉄", "航空", "バス", "テレビ",
    "紙",  # ニューヨーク・タイムズ紙
)
#: Heads of religious bodies' names, read as such only after a religion word and
#: at least two words (全国仏教会, 神道大成派): イスラム教 is a religion, 保守派 a stance.
RELIGIOUS_HEADS = frozenset(("会", "派", "教", "宗"))
#: Words of religions and their schools.
RELIGION_WORDS = frozenset((
    "仏教", "神道", "基督", "キリスト", "キリスト教", "イスラム", "イスラム教", "真理", "天理", "浄土", "真宗",
    "日蓮", "法華", "真言", "天台", "禅", "曹洞", "臨済", "創価", "正教", "福音", "聖公", "教派", "修験", "佛教",
))
#: Last words of news media's names (共同通信, スポーツ報知, 産業経済jp): an
#: organisation where the text cites it as a source, see :data:`SOURCE_CUES`.
MEDIA_HEADS = (
    "通信", "新聞", "スポーツ", "放送", "テレビ", "ニュース", "プレス", "ポスト", "タイムズ", "タイムス",
    "ジャーナル", "ラジオ", "日報", "新報", "電子版", "紙", "jp",
)
#: Words after a cited source: 〜によると, 〜によれば, 〜が報じた, 〜の取材.
SOURCE_CUES = (
    ("に", "よる", "と"), ("に", "よれ", "ば"), ("が", "報じ"), ("は", "報じ"), ("も", "報じ"), ("が", "伝え"),
    ("は", "伝え"), ("の", "取材"), ("の", "報道"), ("の", "記者"), ("の", "電話取材"), ("の", "インタビュー"),
)
#: Words that describe a medium instead of naming it (地元テレビ, 米紙, 国営放送).
MEDIA_DESCRIPTORS = frozenset((
    "地元", "国営", "衛星", "現地", "民間", "公共", "地方", "全国", "国際", "海外", "外国", "大手", "有力", "主要",
    "複数", "一部", "国内", "在京", "系列", "民放", "英字", "経済", "政府系", "国営中央", "ケーブル", "ネット",
    "米", "英", "仏", "独", "露", "韓", "中", "台", "伊", "豪", "加", "印", "中国", "韓国", "米国", "英国",
))
#: Single nouns that name one institution on their own.
INSTITUTIONS = frozenset(("国会", "内閣", "衆院", "参院", "衆議院", "参議院", "都議会", "最高裁", "国連"))
#: Social media and web services: where an organisation speaks, not who (公式ツイッターで).
PLATFORMS = frozenset(("ツイッター", "フェイスブック", "インスタグラム", "ユーチューブ", "ティックトック", "ブログ", "ホームページ"))
#: Words that point back instead of naming (同省, 各党, 同市漁業組合): never an organisation.
DEICTIC_PREFIXES = frozenset("同両各当")
#: Heads of facility names: 横浜駅, 札幌ドーム.
FACILITY_HEADS = (
    "駅", "空港", "港", "球場", "競技場", "スタジアム", "アリーナ", "ドーム", "公園", "広場", "会館",
    "タワー", "ハウス", "モール", "ホール", "橋", "城",
)
#: Heads of facility and region names, joined to the place name before them (佐渡島, テキサス州).
PLACE_HEADS = FACILITY_HEADS + ("島", "半島", "湾", "川", "山", "湖", "州", "県", "府", "市", "町", "村", "区", "郡", "都", "道")
#: Words after a place name that make it a railway line's name (横浜線): not a place.
LINE_HEADS = frozenset(("線", "本線", "新幹線", "支線", "ライン"))
#: Stop names made of common nouns before 駅 (市役所通り駅) are places; these
#: words make a description instead (主要駅, 地下鉄駅, 最寄りの駅).
NOT_STATION_NAMES = frozenset(("主要", "ターミナル", "地下鉄", "最寄り", "始発", "終着", "乗換", "乗り換え", "無人",
                               "近く", "周辺", "前", "新", "旧", "臨時", "最寄", "隣", "次", "各", "全", "私鉄"))
#: Heads of named laws, treaties and events: ジュネーブ条約 is one term, not a place.
WORK_HEADS = (
    "条約", "協定", "議定書", "宣言", "憲章", "法", "条例", "大会", "選挙", "選", "賞", "五輪",
    "サミット", "万博", "博覧会", "選手権", "オリンピック", "パラリンピック", "ワールドカップ",
)
#: Counters that make a date or a time of day, not a quantity (2日間 and 3時間 stay quantities).
DATE_COUNTERS = frozenset(("年", "月", "日", "時", "分", "秒", "年度", "曜日", "世紀"))
#: Numerals that do not count anything (何件).
VAGUE_NUMERALS = frozenset(("何", "幾"))
#: Era names Sudachi tags as proper nouns.
ERA_NAMES = frozenset(("明治", "大正", "昭和", "平成", "令和"))

#: Longest term (in characters) a block can yield: a longer noun run (a wall of
#: Latin letters or digits, a pasted hash) is no name or topic a reader wants.
MAX_TERM_CHARS = 40

#: URLs and host names inside prose: never terms.
URL_RE = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[\x21-\x7e]+")
#: Titles of works in double corner brackets (『源氏物語』): names inside are not places.
WORK_TITLE_RE = re.compile(r"『[^』\n]{1,80}』")
#: A short 「」 (no nested brackets, no line break): a candidate name or slogan.
NAME_QUOTE_RE = re.compile(r"「([^「」\n]{1,30})」")
#: Longest 「」 content read as a name without a naming word after it.
NAME_QUOTE_MAX_CHARS = 20
#: Words after 「…」 that make it a name (「…」キャンペーン, 「…」という愛称, 「…」と名付けた).
NAMING_WORDS = (
    "キャンペーン", "プロジェクト", "ブランド", "シリーズ", "ツアー", "プラン", "愛称", "名称", "名前", "標語",
    "スローガン", "キャッチコピー", "コピー", "ロゴ",
)
#: Naming verbs right after 「…」と (「…」と名付けた, と銘打った, と題した, と呼ばれる).
NAMING_AFTER = ("と名付け", "と名づけ", "と命名", "と銘打", "と題", "と称", "と呼")
_DIGITS = re.compile(r"[0-9０-９]")
_LATIN_ACRONYM = re.compile(r"^[A-ZＡ-Ｚ&＆]{2,8}$")

# --- token classes ----------------------------------------------------------------

OTHER, NOUN, PLACE, PERSON, PROPER, NUMBER, COUNTER, PREFIX, SUFFIX, ADVERBIAL, DOT = range(11)
#: Classes that continue a noun run.
_RUN = frozenset((NOUN, PLACE, PERSON, PROPER, NUMBER, COUNTER, PREFIX, SUFFIX, ADVERBIAL, DOT))

_class_cache: dict[tuple[str, ...], int] = {}


def token_class(pos: tuple[str, ...]) -> int:
    """The coarse class of a part-of-speech tuple (cached: there are few distinct tuples)."""
    c = _class_cache.get(pos)
    if c is None:
        p0, p1, p2 = pos[0], pos[1], pos[2]
        if p0 == "名詞":
            if p1 == "固有名詞":
                c = PLACE if p2 == "地名" else PERSON if p2 == "人名" else PROPER
            elif p1 == "数詞":
                c = NUMBER
            elif p2 == "助数詞可能":
                c = COUNTER
            elif p2 == "副詞可能":
                c = ADVERBIAL
            else:
                c = NOUN
        elif p0 == "接頭辞":
            c = PREFIX
        elif p0 == "接尾辞":
            c = COUNTER if p2 == "助数詞" else SUFFIX
        elif p0 == "形状詞" and p1 == "一般":
            c = NOUN  # グローバル, ハイテク: modifiers inside compounds
        elif p0 == "補助記号" and pos[1] == "一般":
            c = DOT  # ・ inside a name; checked by surface below
        else:
            c = OTHER
        _class_cache[pos] = c
    return c


@dataclass(frozen=True, slots=True)
class Found:
    """A term occurrence in one block: ``text[start:end]`` and its category."""

    start: int
    end: int
    category: str
    base: str
    reading: str


# --- readings ---------------------------------------------------------------------

_ONES = ("", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_HUNDREDS = {3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}
_THOUSANDS = {3: "さんぜん", 8: "はっせん"}
_UNITS = ("", "まん", "おく", "ちょう", "けい")


def _under_10000(n: int) -> str:
    out = []
    th, h, t, o = n // 1000, n // 100 % 10, n // 10 % 10, n % 10
    if th:
        out.append(_THOUSANDS.get(th, ("" if th == 1 else _ONES[th]) + "せん"))
    if h:
        out.append(_HUNDREDS.get(h, ("" if h == 1 else _ONES[h]) + "ひゃく"))
    if t:
        out.append(("" if t == 1 else _ONES[t]) + "じゅう")
    if o:
        out.append(_ONES[o])
    return "".join(out)


def number_reading(n: int) -> str:
    """The hiragana reading of a non-negative integer (2500 → にせんごひゃく)."""
    if n == 0:
        return "ぜろ"
    parts = []
    for unit in _UNITS:
        n, group = divmod(n, 10000)
        if group:
            parts.append(_under_10000(group) + unit)
        if not n:
            break
    return "".join(reversed(parts)) if not n else ""


#: Native counting with つ, which Sudachi reads as よん + つ.
_TSU_READINGS = ("", "ひとつ", "ふたつ", "みっつ", "よっつ", "いつつ", "むっつ", "ななつ", "やっつ", "ここのつ")


def token_reading(tok: Token) -> str:
    """Sudachi's reading, except for numerals it does not know (120, 3,400),
    which it reads digit by digit; the ones it knows keep their reading in
    context (2日間: ふつか)."""
    if tok.oov and tok.normalized.isdigit() and _DIGITS.search(tok.surface):
        r = number_reading(int(tok.normalized))
        if r:
            return r
    return tok.reading


def span_reading(tokens: Sequence[Token], i: int, j: int, text: str, start: int, end: int) -> str:
    """Reading of ``text[start:end]`` covered by ``tokens[i:j]`` (partial tokens read as written)."""
    out = []
    for tok in tokens[i:j]:
        if tok.start >= start and tok.end <= end:
            out.append(token_reading(tok))
        else:
            out.append(katakana_to_hiragana(text[max(tok.start, start) : min(tok.end, end)]))
    return "".join(out)


def span_base(tokens: Sequence[Token], i: int, j: int, text: str, start: int, end: int) -> str:
    """Sudachi's normalised form of ``text[start:end]`` (partial tokens as written)."""
    out = []
    for tok in tokens[i:j]:
        if tok.start >= start and tok.end <= end:
            out.append(tok.normalized if tok.pos[0] != "補助記号" else tok.surface)
        else:
            out.append(text[max(tok.start, start) : min(tok.end, end)])
    return "".join(out)


# --- word-list helpers ------------------------------------------------------------


def _ends_with(surface: str, heads: Iterable[str], single_min: int = 3) -> str | None:
    """The head ``surface`` ends with. One-character heads need a longer word
    (外務省, not 反省 or 当局)."""
    for h in heads:
        if surface.endswith(h):
            if len(h) == 1 and len(surface) < single_min and surface != h:
                continue
            return h
    return None


#: Organisation head → strength: 2 names an organisation after any modifier,
#: 1 only after a proper noun or another organisation.
_ORG_HEADS = {**{h: 1 for h in ORG_HEADS_WEAK}, **{h: 2 for h in ORG_HEADS_STRONG}, "事務局": 1, "当局": 0, "省庁": 0}
_ORG_HEAD_LENGTHS = sorted({len(h) for h in _ORG_HEADS}, reverse=True)


def org_head_strength(surface: str) -> int:
    """0, 1 or 2: how ``surface`` can end an organisation name (longest head wins)."""
    strength = _strength_cache.get(surface)
    if strength is None:
        strength = _strength_cache[surface] = _org_head_strength(surface)
    return strength


_strength_cache: dict[str, int] = {}
_title_cache: dict[str, bool] = {}


def _org_head_strength(surface: str) -> int:
    if surface in INSTITUTIONS:
        return 2
    for n in _ORG_HEAD_LENGTHS:
        if len(surface) >= n:
            h = surface[-n:]
            strength = _ORG_HEADS.get(h)
            if strength is not None:
                if n == 1 and surface != h and len(surface) < 3:
                    continue  # 反省, 最大, 会社: ordinary words, not heads
                if len(surface) == 2 and surface[0] in DEICTIC_PREFIXES:
                    return 0  # 同省, 各党
                return strength
    return 0


def _org_head(run: Sequence[Token], k: int, cls: Sequence[int]) -> int:
    """How ``run[k]`` can end an organisation (see :func:`org_head_strength`)."""
    tok = run[k]
    s = tok.surface
    c = cls[k]
    if k + 1 < len(run) and run[k + 1].surface in TITLE_SUFFIXES:
        return 0  # 事務局長, 部長: a title, not the office
    if c == PROPER:
        if _ends_with(s, FACILITY_HEADS, 2) or is_work_head(s) or s in ERA_NAMES or s in PLATFORMS or s[-1] == "線":
            return 0  # 山手線, 北陸新幹線: a railway line, not its operator
        return 2
    if c == SUFFIX and s == "大" and k + 1 < len(run) and cls[k + 1] in (NOUN, PROPER) and not _is_title(run, k + 1):
        return 0  # 大阪大混乱: the prefix 大 of the next word, not a university
    if c in (NOUN, COUNTER, SUFFIX):
        return org_head_strength(s)
    if c == PREFIX and s == "大" and k > 0 and k + 1 < len(run) and _is_title(run, k + 1):
        return 2  # 早稲田大教授: Sudachi reads 大 as a prefix of the title
    return 0


_word_cache: dict[tuple[str, int], str] = {}
_work_cache: dict[str, bool] = {}


def is_work_head(s: str) -> bool:
    """Whether ``s`` ends a law or event name (条約, 選手権大会)."""
    work = _work_cache.get(s)
    if work is None:
        work = _work_cache[s] = _ends_with(s, WORK_HEADS, 2) is not None
    return work


def _single_word(s: str, c: int) -> str:
    """What a noun run of the one word ``s`` (class ``c``) is: a category or ""."""
    if c == PERSON:
        if not org_head_strength(s):
            return ""  # a name no person rule took: nothing else either
        c = NOUN
    if c == PROPER:
        if _ends_with(s, FACILITY_HEADS, 2):
            return "place"
        if not (is_work_head(s) or s in ERA_NAMES or s in PLATFORMS or s[-1] == "線"):
            return "organization"
    elif c in (NOUN, COUNTER) and org_head_strength(s) == 2 and s not in _ORG_HEADS:
        return "organization"
    if c not in (NOUN, PROPER) or len(s) < 2 or is_hiragana(s) or s in "・＝":
        return ""
    if bool(title_part(s)) or s in HONORIFICS or s in TITLE_SUFFIXES:
        return ""  # 報道官: a role, not a topic
    return "keyword"


def _deictic(tok: Token, c: int) -> bool:
    """同, 各 (as a prefix or a word of its own: 同 + 大学大学院), or a
    two-character word made with them (同市, 各国): a run starting so points
    back to an organisation already named instead of naming a new one."""
    s = tok.surface
    return s[0] in DEICTIC_PREFIXES and (c == PREFIX or len(s) <= 2)


def _is_title(run: Sequence[Token], k: int) -> bool:
    """Titles and honorifics (the person rules' lists): 報道官, 大臣, 部+長, 氏."""
    s = run[k].surface
    title = _title_cache.get(s)
    if title is None:
        title = _title_cache[s] = bool(title_part(s)) or s in HONORIFICS or s in TITLE_SUFFIXES
    return title


def _cited(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j:]`` begin with one of :data:`SOURCE_CUES`."""
    for cue in _CUES_BY_FIRST.get(tokens[j].surface, ()):
        if tuple([t.surface for t in tokens[j : j + len(cue)]]) == cue:
            return True
    return False


_CUES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _cue in SOURCE_CUES:
    _CUES_BY_FIRST.setdefault(_cue[0], []).append(_cue)
_CUES_AFTER = frozenset(_CUES_BY_FIRST)
_BRACKETS = frozenset(("（", "("))
#: How the last word of a medium's name can end (電子版 is two words: 版 ends it).
_MEDIA_TAILS = (*MEDIA_HEADS, "版")


# --- the block pass ---------------------------------------------------------------


def token_classes(tokens: Sequence[Token]) -> list[int]:
    """:func:`token_class` of every token."""
    get = _class_cache.get
    classes = [get(t.pos) for t in tokens]
    if None in classes:
        classes = [token_class(t.pos) for t in tokens]
    return classes


def noun_runs(
    tokens: Sequence[Token], classes: Sequence[int], blocked: bytearray | None, cuts: Iterable[int] = ()
) -> list[tuple[int, int]]:
    """``(i, j)`` index ranges of maximal noun runs, not crossing blocked
    characters (person names, URLs) nor the offsets ``cuts`` where the
    tokenizer cut the text into pieces (:func:`tui.tokens.chunk_starts`)."""
    runs = []
    i = None
    run_classes = _RUN
    cut_at = frozenset(cuts)
    for k, c in enumerate(classes):
        if cut_at and i is not None and tokens[k].start in cut_at:
            runs.append((i, k))
            i = None
        ok = c in run_classes and (c != DOT or tokens[k].surface in "・＝") and (blocked is None or not blocked[tokens[k].start])
        if ok:
            if i is None:
                i = k
        elif i is not None:
            runs.append((i, k))
            i = None
    if i is not None:
        runs.append((i, len(tokens)))
    return runs


def name_quotes(text: str) -> list[tuple[int, int, bool]]:
    """Contents of 「」 that are names or slogans, not speech: ``(start, end,
    named)`` with ``text[start:end]`` inside the brackets. ``named``: a naming
    word follows (「…」キャンペーン, 「…」という愛称, 「…」と名付けた); otherwise the
    content is a short noun phrase (no 、 or sentence end inside, not ending in
    hiragana) that no quotative follows (という may: 「…」という企画)."""
    if "「" not in text:
        return []
    out = []
    for m in NAME_QUOTE_RE.finditer(text):
        start, end = m.span(1)
        after = text[end + 1 : end + 12]
        rest = after.removeprefix("という").removeprefix("との").removeprefix("の")
        if rest.startswith(NAMING_WORDS) or after.startswith(NAMING_AFTER):
            out.append((start, end, True))
            continue
        inner = m.group(1)
        if (
            len(inner) <= NAME_QUOTE_MAX_CHARS and (after[:1] != "と" or after.startswith("という"))
            and not any(ch in inner for ch in SENTENCE_ENDS + "、") and not is_hiragana(inner[-1])
        ):
            out.append((start, end, False))
    return out


def part_of_name(text: str, names: Sequence[tuple[int, int, bool]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word inside one of ``names``
    (:func:`name_quotes`) without being all of it: in a name followed by a
    naming word, any such word (ニッポン in 「もっと、ニッポン。」キャンペーン);
    in a short noun phrase, a word glued to the rest (東京 in 「東京大改革」),
    not one set apart by spaces or brackets (北町駅 in 「北町駅 - 南町駅」)."""
    for s, e, named in names:
        if s <= start and end <= e and (start, end) != (s, e):
            if named:
                return True
            before = text[start - 1] if start > s else ""
            after = text[end] if end < e else ""
            return any(ch.isalnum() or ch in "・＝" for ch in before + after)
    return False


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Spans that yield no terms: URLs and titles of works in 『』."""
    if "/" not in text and "www" not in text and "『" not in text:
        return []
    return [m.span() for m in URL_RE.finditer(text)] + [m.span() for m in WORK_TITLE_RE.finditer(text)]


def _trim(toks: Sequence[Token], cls: Sequence[int], i: int, j: int, lead: frozenset, tail: frozenset) -> tuple[int, int]:
    """Drop classes ``lead``/``tail``, separators and hiragana-only words (なし, こと) from the ends."""
    while i < j and (cls[i] in lead or toks[i].surface in "・＝" or is_hiragana(toks[i].surface)):
        i += 1
    while j > i and (cls[j - 1] in tail or toks[j - 1].surface in "・＝" or is_hiragana(toks[j - 1].surface)):
        j -= 1
    return i, j


_LEAD_JUNK = frozenset((NUMBER, COUNTER, SUFFIX, ADVERBIAL, DOT))
_LEAD_KEY = frozenset((NUMBER, COUNTER, SUFFIX, ADVERBIAL, DOT, PREFIX))
_TAIL_KEY = frozenset((PREFIX, DOT, ADVERBIAL, NUMBER))
_KEY_BREAK = frozenset((PERSON, PLACE, NUMBER))


class BlockTerms:
    """The term occurrences of one block, in the order the rules claim them."""

    def __init__(self, text: str, tokens: Sequence[Token], people: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text
        self.tokens = tokens
        self.found: list[Found] = []
        #: Keyword candidates: ``(start, end, base, i, j, named)`` with ``tokens[i:j]`` the words.
        self.keywords: list[tuple[int, int, str, int, int, bool]] = []
        self.classes = classes = token_classes(tokens)
        skip = [*skipped_spans(text), *people]
        blocked = None
        if skip:
            blocked = bytearray(len(text) + 1)
            for s, e in skip:
                blocked[s:e] = b"\x01" * (e - s)
        #: Organisations named by their context (media cited as a source, school
        #: teams with their prefecture): the article's other mentions of them
        #: are the same organisation (:class:`tui.analysis.TermFinder`).
        self.learnt: list[Found] = []
        #: Whether the block has a station word: most have none, so the station rule is skipped.
        self._station = "駅" in text
        n = len(tokens)
        papers = "紙" in text
        for i, j in noun_runs(tokens, classes, blocked, chunk_starts(text)):
            # the context rules, asked only where the words around the run can fit them
            if j < n:
                after = tokens[j].surface
                if (
                    (after in _CUES_AFTER and tokens[j - 1].surface.endswith(_MEDIA_TAILS))
                    or (after in _BRACKETS and j + 1 < n and classes[j + 1] == PLACE)
                    or (papers and tokens[i].surface[-1:] == "紙")
                ) and self._named_by_context(i, j):
                    continue
            elif papers and tokens[i].surface[-1:] == "紙" and self._named_by_context(i, j):
                continue
            if j - i == 1:
                self._word(i, classes[i])
            else:
                self._run(i, j)

    def _named_by_context(self, i: int, j: int) -> bool:
        """Organisations that only their context names: a medium cited as a
        source (共同通信によると, スポーツ報知が報じた), a newspaper introduced by
        its country (英紙ガーディアン), a school team with its prefecture in
        brackets (仙台育英（宮城）). Claims the run and returns True if so."""
        toks, cls = self.tokens, self.classes
        nxt = toks[j].surface if j < len(toks) else ""
        a, b = _trim(toks, cls, i, j, _LEAD_JUNK, _TAIL_KEY)
        if b <= a or b - a > 6 or any(cls[x] == NUMBER for x in range(a, b)):
            return False
        first = toks[a].surface
        if b - a > 1 and first[-1:] == "紙" and first[:-1] in MEDIA_DESCRIPTORS:
            a, _ = _trim(toks, cls, a + 1, b, _LEAD_JUNK, _TAIL_KEY)  # 英紙 + ガーディアン
            return b > a and self._learn(a, b)
        named = any(cls[x] in (PLACE, PROPER) for x in range(a, b))
        surface = self.text[toks[a].start : toks[b - 1].end]
        if nxt in _CUES_AFTER and surface.endswith(MEDIA_HEADS) and _cited(toks, j):
            head = _ends_with(surface, MEDIA_HEADS, 2)
            if head and len(surface) > len(head):
                prefix = surface[: -len(head)]
                if named or not (prefix in MEDIA_DESCRIPTORS or prefix[0] in DEICTIC_PREFIXES):
                    return self._learn(a, b)
        if (
            b == j and b - a > 1 and named and j + 2 < len(toks)
            and nxt in _BRACKETS and toks[j].start == toks[j - 1].end
            and cls[j + 1] == PLACE and toks[j + 1].pos[3] != "国" and toks[j + 2].surface in ("）", ")")
            and toks[j + 1].surface[-1] not in "都道府県市区町村郡州"
            and cls[b - 1] in (NOUN, PLACE, PROPER) and toks[b - 1].surface not in PLACE_HEADS
        ):
            return self._learn(a, b)  # 仙台育英（宮城）, 智弁和歌山（和歌山）
        return False

    def _learn(self, a: int, b: int) -> bool:
        if not self._add(self.tokens, a, b, "organization", 0):
            return False
        self.learnt.append(self.found[-1])
        return True

    def _word(self, i: int, c: int) -> None:
        """A run of one word, the common case: the same rules as :meth:`_run`, kept short."""
        tok = self.tokens[i]
        if tok.end - tok.start > MAX_TERM_CHARS:
            return
        if c == PLACE:
            self.found.append(Found(tok.start, tok.end, "place", tok.normalized, token_reading(tok)))
            return
        key = (tok.surface, c)
        what = _word_cache.get(key)
        if what is None:
            what = _word_cache[key] = _single_word(tok.surface, c)
        if what == "keyword":
            self.keywords.append((tok.start, tok.end, tok.normalized, i, i + 1, False))
        elif what:
            self.found.append(Found(tok.start, tok.end, what, tok.normalized, token_reading(tok)))

    def _run(self, i: int, j: int) -> None:
        """A run of several words (``tokens[i:j]``): each rule claims words the
        rules before it left, in this order: a run that is one named law or
        event, organisations, named laws and events, places, stations named with
        common nouns, quantities, and keyword candidates from what is left."""
        run = self.tokens[i:j]
        cls = self.classes[i:j]
        for k, c in enumerate(cls):
            if c == PERSON:
                if org_head_strength(run[k].surface):
                    cls[k] = NOUN  # 神社 read as a given name, but no person rule took it
                elif k + 1 < len(run) and _org_head(run, k + 1, cls):
                    cls[k] = PROPER  # 柳沢+寺, 基督+教団: a name inside an organisation's name
        if self._whole_work(run, cls, i):
            return
        taken = [False] * len(run)
        self._organizations(run, cls, taken, i)
        self._works(run, cls, taken, i)
        self._places(run, cls, taken, i)
        if self._station:
            self._stations(run, cls, taken, i)
        self._quantities(run, cls, taken, i)
        self._keywords(run, cls, taken, i)

    def _whole_work(self, run: Sequence[Token], cls: list[int], offset: int) -> bool:
        """A run ending in a law or event name that holds a proper noun or an
        organisation (第10回全日本柔道選手権大会, 日本銀行法) is that name: one
        named keyword. True if the run was claimed so."""
        n = len(run)
        if n > 1 and cls[-1] in (NOUN, SUFFIX) and is_work_head(run[-1].surface):
            if any(cls[x] in (PLACE, PROPER) or _org_head(run, x, cls) for x in range(n - 1)):
                a, b = _trim(run, cls, 0, n, _LEAD_KEY, _TAIL_KEY)
                if b > a:
                    self._keyword(run, cls, a, b, True, offset)
                    return True
        return False

    def _organizations(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Organisations: from a run's start to the last valid head (内務省,
        教育委員会, a weak head after a proper noun), across titles only when
        another head follows (労働基準監督署), else cut before the title; never a
        bare head (委員会) nor a back-reference (同省)."""
        n = len(run)
        k = 0
        while k < n:
            if taken[k]:
                k += 1
                continue
            start = k
            while start < n and not taken[start] and cls[start] in _LEAD_JUNK:
                start += 1
            end = -1
            has_proper = False
            strong_inside = False
            religion = False
            m = start
            while m < n and not taken[m]:
                c = cls[m]
                if c == PERSON:
                    break
                if c in (NUMBER, COUNTER) and end < 0:
                    start, has_proper, strong_inside = m + 1, False, False  # 第89回…: no numbers in names
                if _is_title(run, m) and end >= 0 and not self._head_ahead(run, cls, m + 1, taken):
                    break
                h = _org_head(run, m, cls)
                if religion and m - start >= 2 and run[m].surface in RELIGIOUS_HEADS:
                    h = 2  # 全国仏教会, 神道大成派, 〇〇真理教
                religion = religion or run[m].surface in RELIGION_WORDS
                if h == 2 or (h == 1 and (has_proper or strong_inside)):
                    end = m + 1
                    strong_inside = True
                if c in (PLACE, PROPER):
                    has_proper = True
                m += 1
            bare = end - start == 1 and run[start].surface in _ORG_HEADS  # 委員会, 大学 alone
            if end > start and not bare and not _deictic(run[start], cls[start]):
                self._add(run, start, end, "organization", offset)
                for x in range(start, end):
                    taken[x] = True
                k = end
            else:
                k = max(m, k + 1)

    def _works(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Named laws and events inside a run (ジュネーブ条約): a proper noun
        before a work head, as one named keyword."""
        proper_at = -1
        seg = 0
        for k in range(len(run)):
            c = cls[k]
            if taken[k]:
                seg = k + 1
            elif c in (PLACE, PROPER):
                if proper_at < seg:
                    proper_at = k
            elif c in (NOUN, COUNTER, SUFFIX) and proper_at >= seg and is_work_head(run[k].surface):
                a, b = _trim(run, cls, seg, k + 1, _LEAD_KEY, _TAIL_KEY)
                if b > a:
                    self._keyword(run, cls, a, b, True, offset)
                    for x in range(seg, k + 1):
                        taken[x] = True
                seg = k + 1

    def _places(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Places: 地名 words with the place heads right after them (テキサス州),
        a facility named after a place (甲子園球場), and proper nouns ending in a
        facility head (横浜駅, 札幌ドーム); not a railway line (横浜線)."""
        n = len(run)
        k = 0
        while k < n:
            c = cls[k]
            if not taken[k] and (c == PLACE or (c == PROPER and _ends_with(run[k].surface, FACILITY_HEADS, 2))):
                m = k + 1
                if c == PROPER and k > 0 and not taken[k - 1] and cls[k - 1] == NOUN and len(run[k - 1].surface) == 1:
                    k -= 1  # 金 + 沢駅: Sudachi split a station's name
                while m < n and not taken[m] and (
                    cls[m] == PLACE or (cls[m] in (NOUN, SUFFIX) and run[m].surface in PLACE_HEADS)
                ):
                    m += 1
                if c == PLACE:
                    # 甲子園 + 球場, 神戸 + 港湾 + 駅: a facility named after the place
                    f = m
                    while f < n and f - m < 3 and not taken[f] and cls[f] in (NOUN, PROPER, COUNTER):
                        if _ends_with(run[f].surface, FACILITY_HEADS, 1):
                            m = f + 1
                            break
                        f += 1
                if m < n and run[m].surface in LINE_HEADS:
                    k = m  # 横浜線: a railway line, not the place
                    continue
                self._add(run, k, m, "place", offset)
                for x in range(k, m):
                    taken[x] = True
                k = m
            else:
                k += 1

    def _stations(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Stations named with common nouns (市役所通り駅): up to three nouns
        before 駅, unless one of them describes instead of naming (主要駅)."""
        for k in range(2, len(run)):
            if run[k].surface == "駅" and not taken[k]:
                a = k
                while a > 0 and k - a < 3 and not taken[a - 1] and cls[a - 1] in (NOUN, COUNTER, PROPER):
                    a -= 1
                if k - a >= 2 and not any(run[x].surface in NOT_STATION_NAMES for x in range(a, k)):
                    self._add(run, a, k + 1, "place", offset)
                    for x in range(a, k + 1):
                        taken[x] = True

    def _quantities(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Quantities: numerals and a counter (120か国, 3,400人, 第2回); not a
        date, not a vague numeral (何件), not digits glued to letters (H5N1)."""
        n = len(run)
        k = 0
        while k < n:
            if cls[k] == NUMBER and not taken[k]:
                a = k - 1 if k > 0 and run[k - 1].surface == "第" and not taken[k - 1] else k
                m = k
                while m < n and cls[m] == NUMBER and not taken[m]:
                    m += 1
                glued = (a > 0 and run[a - 1].end == run[a].start and run[a - 1].surface[-1:].isascii()
                         and run[a - 1].surface[-1:].isalpha()) or (m + 1 < n and cls[m + 1] == NUMBER)
                if m < n and not taken[m] and not glued and run[k].surface not in VAGUE_NUMERALS and self._is_counter(run[m], cls[m]):
                    self._add(run, a, m + 1, "quantity", offset)
                    for x in range(a, m + 1):
                        taken[x] = True
                    k = m + 1
                    continue
                k = m
            else:
                k += 1

    def _keywords(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Keyword candidates: what the other rules left, in maximal stretches
        without names or numbers, trimmed of affixes and hiragana at the ends."""
        n = len(run)
        k = 0
        while k < n:
            if taken[k] or cls[k] in _KEY_BREAK or (k > 0 and cls[k - 1] == NUMBER and cls[k] == COUNTER):
                k += 1
                continue
            m = k
            while m < n and not taken[m] and cls[m] not in _KEY_BREAK:
                m += 1
            a, b = _trim(run, cls, k, m, _LEAD_KEY, _TAIL_KEY)
            if b > a:
                self._keyword(run, cls, a, b, False, offset)
            k = m

    def _head_ahead(self, run: Sequence[Token], cls: Sequence[int], m: int, taken: list[bool]) -> bool:
        while m < len(run) and not taken[m] and cls[m] != PERSON:
            if _org_head(run, m, cls) == 2:
                return True
            m += 1
        return False

    @staticmethod
    def _is_counter(tok: Token, c: int) -> bool:
        if c == COUNTER:
            return tok.normalized not in DATE_COUNTERS and tok.surface not in DATE_COUNTERS
        return c == SUFFIX and tok.surface in ("人", "名", "件", "歳", "倍", "割", "分の")

    def _add(self, run: Sequence[Token], a: int, b: int, category: str, offset: int) -> bool:
        """Record ``run[a:b]`` as a term of ``category``; False if it is too long to be one."""
        start, end = run[a].start, run[b - 1].end
        if end - start > MAX_TERM_CHARS:
            return False
        base = span_base(run, a, b, self.text, start, end)
        if category == "quantity" and run[b - 1].surface == "つ" and base[:-1] in "123456789" and len(base) == 2:
            reading = _TSU_READINGS[int(base[0])]  # 4つ: よっつ
        else:
            reading = span_reading(run, a, b, self.text, start, end)
        self.found.append(Found(start, end, category, base, reading))
        return True

    def _keyword(self, run: Sequence[Token], cls: Sequence[int], a: int, b: int, named: bool, offset: int) -> None:
        start, end = run[a].start, run[b - 1].end
        if end - start < 2 or end - start > MAX_TERM_CHARS:
            return
        surface = self.text[start:end]
        if is_hiragana(surface):
            return
        if b - a == 1 and cls[a] not in (NOUN, PROPER):
            return
        if not named and _is_title(run, b - 1):
            return  # 国防大臣, 報道官: roles, not topics
        if run[a].surface in DEICTIC_PREFIXES:
            return  # 同 + 森林組合: a back-reference, not a topic
        base = run[a].normalized if b - a == 1 else "".join([t.normalized for t in run[a:b]])
        self.keywords.append((start, end, base, offset + a, offset + b, named))
