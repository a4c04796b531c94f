"""Titles and honorifics: the words around a name that say it is a person's.

Core module (no Textual, no Sudachi). :data:`TITLES` and :data:`HONORIFICS`
are general Japanese word lists; :func:`title_part` tells whether a word is
a title, :func:`title_head` which office it names (大臣 of 環境大臣) and
:func:`title_group` which offices may be called by one another's words.
"""

from __future__ import annotations

from functools import lru_cache

#: Honorifics: suffixes that only ever follow a person's name.
HONORIFICS = frozenset({"氏", "さん", "君", "くん", "様", "さま", "ちゃん", "殿", "女史", "夫人", "翁", "両氏"})

#: Titles and posts. A token equal to one of these, or ending with one of at
#: least two characters (環境大臣, 元大統領, 官房長官), is a title.
TITLES = frozenset(
    {
        # government
        "大臣", "副大臣", "政務官", "首相", "総理", "総理大臣", "大統領", "副大統領", "首席", "主席", "国家主席",
        "長官", "次官", "報道官", "補佐官", "審議官", "参事官", "外交官", "特使", "顧問", "参与", "官房長官", "知事", "副知事", "市長", "町長", "村長", "区長", "議長", "議員",
        # members of local assemblies, as news shortens them (山田県議, 鈴木市議)
        "県議", "市議", "都議", "府議", "道議", "区議", "町議", "村議",
        "委員長", "委員", "総裁", "副総裁", "代表", "幹事長", "党首", "大使", "公使", "領事", "書記長", "総書記",
        "総統", "副総統", "国王", "女王", "王子", "王女", "皇太子", "首長", "外相", "蔵相", "農相", "法相", "文科相", "厚労相",
        "経産相", "国交相", "防衛相", "財務相", "環境相", "総務相", "外務相", "内相", "国防相", "保健相", "経済相",
        "国務長官", "事務総長", "事務局長", "長老", "判事", "裁判長", "検事", "検事総長", "弁護士",
        # the accused in court and crime reports (山田一郎被告, 山田容疑者)
        "被告", "被告人", "容疑者",
        # military and police
        "将軍", "元帥", "大将", "中将", "少将", "准将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉",
        "司令官", "司令", "総司令官", "署長", "警部", "巡査", "本部長",
        # business and institutions
        "社長", "副社長", "会長", "副会長", "理事長", "理事", "頭取", "専務", "常務", "取締役", "部長", "課長",
        "局長", "室長", "所長", "院長", "校長", "学長", "園長", "館長", "会頭", "組合長", "相談役", "教諭", "教頭",
        "団長", "隊長", "座長", "船長", "機長", "艦長", "駅長", "支配人", "店長", "CEO", "最高経営責任者",
        "COO", "CFO", "CTO",
        # posts in firms, funds and labs written in katakana (代表パートナー, ゼネラルマネジャー,
        # プロジェクトリーダー)
        "パートナー", "マネジャー", "マネージャー", "リーダー",
        "教授", "准教授", "助教", "講師", "研究員", "博士", "医師", "記者", "編集長", "主任", "担当者",
        # who comments on markets and the economy (山田太郎アナリスト, チーフエコノミスト)
        "アナリスト", "エコノミスト", "ストラテジスト",
        # religion
        "宮司", "住職", "神父", "牧師", "法王", "教皇", "司教", "大司教", "僧侶",
        # sport and the arts
        "選手", "監督", "コーチ", "ヘッドコーチ", "HC", "主将", "投手", "捕手", "騎手", "力士", "横綱", "大関", "関脇", "小結",
        "棋士", "名人", "竜王", "棋聖", "王位", "王座", "棋王", "王将", "叡王", "碁聖", "天元", "九段", "八段", "七段", "六段", "五段", "四段", "作家", "画家", "俳優", "歌手", "親方",
        "プロデューサー", "ディレクター", "アナウンサー", "キャスター", "脚本家", "演出家", "小説家", "評論家", "声優",
    }
)

#: What makes a deputy's title of a title before it (課長補佐, 部長代理, 社長代行).
DEPUTY_SUFFIXES = ("補佐", "代理", "代行")

#: One-character suffixes that make a title of the noun before them (部+長, 青葉町+長).
TITLE_SUFFIXES = frozenset({"長", "相", "官"})

#: Words ending in 相 that are not ministers' titles.
NOT_MINISTERS = frozenset({"様相", "真相", "世相", "位相", "手相", "人相", "形相", "皮相", "相", "実相", "血相", "滑稽相"})


@lru_cache(maxsize=1 << 14)
def title_part(surface: str) -> str:
    """The title in a token's surface ("" if none). Sudachi sometimes glues a
    parenthesis to a title (``選手（カナダ）``): the part before it counts.
    Cached: the person and term rules ask it of the same few words again and again."""
    for bracket in ("（", "("):
        if bracket in surface[1:]:
            surface = surface[: surface.index(bracket)]
    if surface in TITLES:
        return surface
    if surface.startswith("最高") and surface.endswith("責任者") and len(surface) > 5:
        return surface  # 最高執行責任者, 最高財務責任者: an officer of the board, as 最高経営責任者
    if surface.endswith(DEPUTY_SUFFIXES) and len(surface) > 2 and title_part(surface[:-2]):
        return surface  # 課長補佐, 部長代理, 社長代行: one standing in for the post
    for n in range(len(surface) - 1, 1, -1):
        if surface[-n:] in TITLES:
            return surface
    if surface.endswith("相") and len(surface) >= 2 and surface not in NOT_MINISTERS:
        return surface  # 環境相, 農相: a minister
    return ""


#: Titles that can name the same office in different words (経済次官 for a 経済副大臣).
TITLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"大臣", "副大臣", "次官", "政務官", "相", "長官"}),
    frozenset({"首相", "総理", "総理大臣"}),
    frozenset({"大統領", "副大統領"}),
    frozenset({"知事", "副知事"}),
    frozenset({"社長", "副社長", "会長", "副会長", "最高経営責任者", "CEO"}),
    frozenset({"教授", "准教授"}),
)


@lru_cache(maxsize=1 << 14)
def title_head(title: str) -> str:
    """The office a title ends with: 大臣 for 環境大臣, 副大臣 for 経済担当副大臣,
    相 for 環境相, 町長 for 青葉町長; "" for no title. Cached: the quotes
    reader asks it of every speaker phrase (~19,000 times in 1 MB)."""
    if title.startswith("元"):
        title = title[1:]  # a former office is still the office's word
    if title.endswith(DEPUTY_SUFFIXES) and len(title) > 2 and (office := title_head(title[:-2])):
        return office + title[-2:]  # 捜査課の課長補佐: a 課長補佐, never the 課長
    best = ""
    for n in range(min(len(title), 7), 1, -1):
        if title[-n:] in TITLES:
            best = title[-n:]
            break
    if best in ("首相", "外相", "蔵相", "農相", "法相", "文科相", "厚労相", "経産相", "国交相", "防衛相", "財務相", "環境相", "総務相", "外務相", "内相", "国防相", "保健相", "経済相"):
        return "首相" if best == "首相" else "相"
    if best:
        return best
    if title.endswith("相") and title not in NOT_MINISTERS:
        return "相"
    if title[-1:] in TITLE_SUFFIXES or title[-1:] in TITLES or title in HONORIFICS:
        return title[-1:]
    return ""


def title_group(head: str) -> frozenset[str]:
    """The heads that may name the same office as ``head``."""
    for group in TITLE_GROUPS:
        if head in group:
            return group
    return frozenset({head})
