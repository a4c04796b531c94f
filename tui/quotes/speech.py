"""The speech-verb lexicon and the reporting predicates of Japanese news.

Core module (no Textual). Word lists of general Japanese: verbs and verbal
nouns that report speech (述べる, 強調する), nouns that carry a statement
(意見, 声明), nouns for unnamed speakers (担当者, 住民) and organisations, and
functions that read a reporting predicate from a token index (speech_head,
predicate_end, is_passive, view_phrase_end …), used by the quotes rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..analysis import Token, title_head

#: Verbs (dictionary form) that report speech.
SPEECH_VERBS = frozenset(
    {
        "述べる", "語る", "話す", "言う", "訴える", "振り返る", "答える", "呼びかける", "呼び掛ける", "明かす",
        "語り掛ける", "語りかける", "打ち明ける", "付け加える", "付け足す", "締めくくる", "言い切る", "言い放つ", "つぶやく", "叫ぶ", "漏らす", "説く", "誓う", "励ます", "たたえる",
        "称える", "讃える", "強める", "問う", "尋ねる", "話し合う", "求める", "切り返す", "言い返す", "つづる", "綴る", "脅す", "促す",
        "ただす", "質す",  # …のではないかとただした: pressed, in a question
        "嘆く",  # …なくなったと嘆いた: a lament is said
        "ねぎらう", "労う",  # 「…」とねぎらった: thanks said
        "こぼす", "零す",  # 「…」とこぼした: a complaint said
    }
)

#: Verbal nouns (サ変) that report speech when used as the predicate.
SPEECH_NOUNS = frozenset(
    {
        "強調", "指摘", "断言", "説明", "主張", "批判", "表明", "発表", "提案", "要請", "答弁", "釈明", "挨拶",
        "あいさつ", "コメント", "称賛", "賞賛", "絶賛", "力説", "発言", "証言", "回答", "報告", "反論", "否定", "言及",
        "要求", "要望", "述懐", "宣言", "警告", "質問", "謝罪", "抗議", "歓迎", "示唆", "明言", "約束", "吐露",
        "告白", "激励", "供述", "自供", "弁明", "強弁", "提言", "助言", "呼び掛け", "呼びかけ", "公言", "確約", "予告", "陳謝",
        "否認", "認定", "反発", "牽制", "返答", "応答", "苦言", "指示", "言明", "公表", "評価", "分析", "紹介",
    }
)

#: Nouns that carry a statement: 「…」との意見が出た, 「…」と声明を出した,
#: 「…」といった投稿が相次いだ.
STATEMENT_NOUNS = frozenset(
    {"意見", "要望", "声", "声明", "発言", "答弁", "通報", "コメント", "談話", "見解", "質問", "訴え", "主張", "指摘", "証言", "回答", "要請", "提案", "投稿", "書き込み", "説明", "報告", "電話", "連絡", "返事",
     "言葉", "不満", "批判"}  # 「…」との不満も漏れた, との批判が上がった: voices
)
#: What is done with a statement noun: 出す, 行う, 述べる …
STATEMENT_LIGHT_VERBS = frozenset(
    {"出す", "行う", "受ける", "聞く", "ある", "出る", "寄せる", "述べる", "発表", "表明", "示す", "語る", "する", "引用", "伝える", "紹介", "上がる", "相次ぐ",
     "かける", "掛ける",  # 電話をかけた
     "漏れる",  # 党内からも「…」（若手議員）との声が漏れる
     "掲載"}  # ホームページに「…」とのコメントを掲載した
)

#: Nouns for the gist of what was said: …という趣旨の発言をした, …旨を述べた
#: (read as views: a verb of stating, or a statement noun and its verb, follow).
GIST_NOUNS = frozenset({"趣旨", "旨", "内容"})

#: Views: Sは…との考え/見方を示した.
VIEW_NOUNS = frozenset({"考え", "見方", "見通し", "認識", "方針", "意向", "姿勢", "見解", "考え方", "立場", "意欲", "思い", "決意", "方向"}) | GIST_NOUNS
#: Views stated only with an object marker: …との懸念を示した (a 「…」という懸念の声 is a voice).
CONCERN_NOUNS = frozenset({"懸念"})
#: What a reported view is headed by: :data:`VIEW_NOUNS` and :data:`CONCERN_NOUNS`.
STATED_VIEW_NOUNS = VIEW_NOUNS | CONCERN_NOUNS
#: Intentions (…を廃止する考えを示した, 続投する意向を表明した): with no と
#: before them no quote (the devset's 〜考え), but a statement of their own
#: after a quote's verb (「…」と述べ、…する考えを示した: the quote's verb is と述べ).
INTENTION_NOUNS = frozenset({"考え", "方針", "意向", "決意"})
#: Predicates that state a view.
VIEW_VERBS = frozenset({"示す", "明らか", "語る", "述べる", "表明", "強調", "示唆", "明言", "説明", "伝える"})

#: Predicates reporting a ことを clause (…ことを明らかにした); speech heads
#: only (an entry that is no speech head never fires). Not 認める: …ことを認めた
#: is as often a ruling or a permission (裁判所は…ことを認めた) as a statement.
KOTO_VERBS = frozenset({"明らか", "提案", "要請", "表明", "発表", "強調", "指摘", "説明", "明言", "約束", "要求", "求める", "訴える", "語る", "述べる", "言明", "宣言", "報告", "示唆", "主張"})

#: Predicates of a request: …ように求めた/呼びかけた.
REQUEST_VERBS = frozenset({"求める", "呼びかける", "呼び掛ける", "要請", "要求", "要望", "指示", "訴える", "促す"})

#: Predicates whose object may be what was said, a noun of an act:
#: …の即時中止を求めた, …の設置を公表した, …の拡充を訴えた.
OBJECT_VERBS = frozenset({"求める", "呼びかける", "呼び掛ける", "要請", "要求", "訴える", "公表"})

#: What a party claims in court, not an act it asks for: …の判決を求めた, …の損害賠償を求めた.
CLAIMS = frozenset({"判決", "賠償", "損害賠償"})
#: Verbs of declining to make a statement: 説明を避けた, コメントを控えた.
DECLINING_VERBS = frozenset({"避ける", "控える"})
#: What may stand between a として clause and the object of the act it grounds:
#: 県民に, 国に対し, 詳しい, 一層の.
_GROUND_GAP = frozenset({"に", "の", "な", "へ", "、"})


def grounded(tokens: Sequence[Token], i: int) -> int:
    """For an act whose ground the speaker states, …として、[Xに] Nを V with V a
    request (…確保できるとして、県民に理解を求めた) or declining a statement
    (…確認中だとして、詳しい説明を避けた, コメントを控えた): the index of the
    と whose clause is what was said, else -1. Not a clause that is no
    statement (…を目標として), nor an act other than these (…として逮捕した),
    nor a claim in court (…として、…の判決を求めた)."""
    t = tokens[i]
    if i < 6 or tokens[i - 1].surface != "を" or tokens[i - 1].pos[0] != "助詞":
        return -1
    noun = tokens[i - 2]
    if t.dictionary in DECLINING_VERBS:
        if noun.surface not in STATEMENT_NOUNS and noun.surface != "明言":
            return -1
    elif t.dictionary not in OBJECT_VERBS or noun.pos[0] != "名詞" or noun.surface in CLAIMS:
        return -1  # (…として、執行猶予付きの判決を求めた: the ground of a claim in court)
    j = i - 3
    for _ in range(5):
        w = tokens[j]
        if w.surface == "、" and tokens[j - 1].surface == "て" and tokens[j - 2].dictionary == "する":
            marker = j - 3
            if tokens[marker].surface == "と" and tokens[marker].pos[0] == "助詞" and tokens[marker - 1].pos[0] in ("動詞", "助動詞", "形容詞"):
                return marker
            return -1
        if not (w.surface in _GROUND_GAP or w.pos[0] in ("名詞", "接頭辞", "接尾辞", "連体詞", "形状詞")
                or w.pos[0] == "形容詞" and w.pos[5].startswith("連体形")):
            return -1
        j -= 1
        if j < 4:
            return -1
    return -1


#: Verbs (dictionary form, or the verbal noun before する) of the occasion a
#: statement was made on, ending a clause before what was said: 取材に応じ、,
#: インタビューに答え、, 現地を訪れ、, 報告を受け、, 会議に出席し、, 会見を開き、,
#: 答弁に立ち、.
OCCASION_VERBS = frozenset({
    "応ずる", "応じる", "答える", "訪れる", "受ける", "開く", "出席", "訪問", "視察", "出演", "登壇", "臨む", "前にする",
    "会見", "記者会見", "立つ",
})

#: Reactions that report a quote in news prose: 「…」と意気込んだ, 「…」と笑顔を見せた.
EXPRESSIVE_VERBS = frozenset(
    {"意気込む", "喜ぶ", "笑う", "悔しがる", "涙ぐむ", "苦笑", "苦笑い", "安堵", "感激", "噛み締める", "かみしめる", "悔やむ", "嘆く", "憤る", "驚く", "ほほ笑む", "微笑む"}
)
#: Verbs that report a quote only with one of :data:`EXPRESSIVE_OBJECTS`: 胸を張る, 声を弾ませる.
#: Dictionary forms as Sudachi gives them: a causative is the verb and せる
#: (弾ませる is 弾ま|せる), so the verb is listed (弾む, 詰まる, にじむ …).
EXPRESSIVE_LIGHT_VERBS = frozenset(
    {"張る", "見せる", "弾む", "引き締める", "込める", "細める", "落とす", "詰まる", "浮かべる", "にじむ", "滲む", "のぞく", "覗く", "緩める", "ほころぶ", "綻ぶ",
     "震わせる", "震わす", "震える", "強める", "荒らげる", "荒げる", "潤む", "曇る",
     # 口をそろえる, 首をかしげる, 頭を下げる, 唇をかむ, 眉をひそめる, 顔をしかめる, 胸をなで下ろす, 目を輝かせる
     "そろえる", "揃える", "かしげる", "傾げる", "下げる", "かむ", "噛む", "ひそめる", "顰める", "しかめる",
     "なで下ろす", "撫で下ろす", "なでおろす", "輝く",
     # 期待を寄せる
     "寄せる",
     # 容疑を認める, 非を認める
     "認める",
     # 警鐘を鳴らす, ため息をつく, 目頭を押さえる
     "鳴らす", "つく", "押さえる",
     # 声を絞り出す, くぎを刺す (a warning)
     "絞り出す", "刺す",
     # 別れを惜しむ, 汗をぬぐう, 頭を抱える
     "惜しむ", "ぬぐう", "拭う", "抱える",
     # 気をもむ
     "もむ", "揉む"}
)
EXPRESSIVE_OBJECTS = frozenset(
    {"笑顔", "胸", "声", "気", "表情", "力", "目", "肩", "涙", "笑み", "照れ笑い", "苦笑い", "期待", "口", "首", "頭", "唇", "眉", "容疑", "非", "悔しさ", "喜び", "自信", "意欲", "決意", "手応え", "口元", "顔", "頬", "語気", "思い", "感慨", "安堵", "気持ち", "不満", "怒り", "危機感", "無念さ", "言葉", "息", "警鐘", "ため息", "目頭", "くぎ", "釘", "別れ", "汗"}
)
#: What a suspect says under questioning (…と供述した, と容疑を認めている):
#: never the police's words, though the police are the sentence's topic.
CUSTODY_WORDS = ("供述", "自供", "容疑を認め", "容疑を否認", "否認")
#: How a sentence under questioning opens: 調べに対し「…」.
QUESTIONING = ("調べに対し", "取り調べに対し", "調べに", "取り調べに")
#: Titles of one under suspicion or on trial: who speaks under questioning.
SUSPECT_TITLES = ("容疑者", "被告", "被告人")
#: Writings whose words are their author's when the text quotes them:
#: 宇津木さんの手紙は「…」と振り返り, 知事のメッセージを代読した。メッセージは「…」とし.
#: Verbs of asking or addressing someone (Xに尋ねると, Xに声をかけると, Xに話を
#:聞くと): the one asked answers the quote that follows.
ASKING_VERBS = frozenset({"尋ねる", "聞く", "問う", "話しかける", "話し掛ける", "問いかける", "問い掛ける"})
#: Findings that state what they found, with no speaker of their own: 判決は、
#: …担当医が…しなかったと認定し (the doctor is what the ruling found, not who speaks).
FINDING_NOUNS = ("判決", "決定", "報告書", "答申", "勧告", "裁定")
#: Nouns that carry someone's words in a reporting clause: 「…」と大統領の発言が引用され, と男の声で,
#: …報道官の談話を発表し、「…」.
OWNER_NOUNS = frozenset({"発言", "声", "話", "談話", "コメント", "証言", "投稿", "書き込み", "メッセージ", "声明"})
#: Verbs of putting out someone's words (外務省は…報道官の談話を発表し、「…」とした).
PUBLISHING = frozenset({"発表", "公表", "出す", "寄せる", "代読", "読み上げる"})
#: Verbs of reading out someone else's written words: the words are the writer's.
READING_OUT = frozenset({"読み上げる", "代読", "朗読"})
#: A body's statement, whose words are the body's when the text quotes it
#: (学会は…声明を採択した。声明は「…」としている).
STATEMENT_DOCUMENTS = ("声明", "談話", "声明文")
#: Where a person or body puts out words of their own: 同店のホームページには「…」.
WEBSITE_NOUNS = frozenset({"ホームページ", "サイト", "ウェブサイト", "ブログ", "HP", "ＨＰ", "アカウント"})
DOCUMENT_NOUNS = ("手紙", "メッセージ", "書簡", "手記", "遺書", "寄稿", "日記")
#: Words that introduce or take up a quote in the next or previous sentence:
#: Sはこう述べた (longest first, so このように is not read as its ように).
CATAPHORS = ("以下のように", "次のように", "このように", "こう", "そう")
#: Verbs after 「…」と that name or write, never report speech: 「…」と呼ばれる, と書かれた,
#: 「…」とうたう商品 (what an advertisement claims), 「…」と報じた (how the press
#: characterised something: media are sources, not speakers).
#: Verbs of writing, which name a text (「…」と書いた横断幕) except as the active
#: predicate closing a sentence: then someone's written words (…メールで「…」と書いた).
WRITING_VERBS = frozenset({"書く", "記す"})
#: Verbs of what a document says, in the passive (手紙には「…」とつづられていた).
WRITTEN = WRITING_VERBS | {"つづる", "綴る"}
NAMING_VERBS = frozenset(
    {"呼ぶ", "名付ける", "名づける", "題する", "書く", "記す", "銘打つ", "称する", "読む", "訳す", "掲げる", "定める", "刻む", "彫る", "表示", "命名", "表記", "記載", "明記", "改称", "改名", "印刷",
     "うたう", "謳う", "報ずる", "報道"}
)

#: Nouns of a name or a motto: the 「」 after 名称は, スローガンは is what something is
#: called (持ち株会社の名称は「…」とする), no one's words.
NAME_NOUNS = ("名称", "名前", "愛称", "呼称", "略称", "通称", "名", "題", "タイトル", "テーマ", "スローガン",
              "キャッチコピー", "キャッチフレーズ", "標語", "合言葉")

#: Nouns that may follow a reporting predicate without making it a relative clause.
CLAUSE_LINKS = frozenset({"ほか", "他", "うえ", "上", "後", "際", "一方", "ところ", "あと", "直後", "矢先", "上で"})

#: People as a crowd: a sentence about them (観客は4812人だった, 会場はファンで埋まった)
#: tells of the event, and a statement after it is still the last speaker's.
CROWD_NOUNS = ("観客", "観衆", "聴衆", "来場者", "参加者", "群衆", "ファン", "入場者")

#: People described, not named: 担当者は「…」と話した. A tuple, like the heads
#: below, because it is only ever matched as an ending (``str.endswith``).
PERSON_NOUNS = (
    "担当者", "担当", "職員", "関係者", "住民", "町民", "市民", "村民", "県民", "区民", "国民", "委員", "記者",
    "広報", "幹部", "当局者", "代表者", "専門家", "社員", "従業員", "学生", "生徒", "患者", "遺族", "被害者",
    "目撃者", "男性", "女性", "少年", "少女", "父親", "母親", "捜査員", "警察官", "支持者", "観客", "ファン",
    "弁護人", "弁護団", "記者団", "関係筋", "消息筋", "高官", "当事者", "利用者", "乗客", "店主",
    "経営者", "責任者", "議員", "メディア", "報道陣", "研究者", "医師", "教師", "園児", "児童", "保護者",
    "出席者", "参加者", "来場者", "住人", "村人", "家族", "友人", "知人", "同僚", "上司", "部下", "スタッフ",
    "主婦", "客", "店員", "女将", "農家", "漁師", "避難者", "株主", "一人", "ひとり", "男", "女", "運転手", "運転士", "乗務員",
    "会社員", "警備員", "作業員", "消防士", "看護師", "教諭", "幹事", "同級生", "上級生", "下級生", "高校生", "卒業生", "新入生", "在校生", "先生",
    # family, as reports name relatives (男性の妻, 被害者の父)
    "妻", "夫", "母", "父", "親", "息子", "娘", "兄", "姉", "弟", "妹", "孫", "夫妻", "夫婦", "親族",
    "担任",
    # the sides of a trial: the prosecutors, the lawyers, the parties who argue in it (検察側は…と指摘した)
    "検察側", "弁護側", "原告側", "被告側",
)
#: Plural suffixes after a noun for people: 住民たち, 関係者ら.
PLURALS = ("たち", "達", "ら")
#: Endings of nouns for a person by what they do (運転士, 警備員, 看護師, 歌い手):
#: 員 and 者 after one more character, 士, 師 and 手 after two.
PERSON_SUFFIXES = (("員", 2), ("者", 2), ("士", 3), ("師", 3), ("手", 3), ("医", 2))
#: Words with those endings that name no person (定員, 満員, 後者 and 前者 are
#: pointers, 相手 is not who speaks, 大手 is a company; hands, acts and skill:
#: 両手で, 拍手, 着手, 苦手).
NOT_PERSON_NOUNS = frozenset({"定員", "満員", "全員", "人員", "動員", "欠員", "増員", "前者", "後者", "大手", "相手", "若手",
                              "両手", "片手", "右手", "左手", "素手", "拍手", "握手", "着手", "入手", "上手", "下手", "苦手",
                              "勝手", "派手", "人手", "土手", "山手", "切手", "元手", "決め手"})


def is_person_noun(np: str) -> bool:
    """Whether a noun phrase names a person by what they are or do (住民,
    70代の女性, 男性運転士): it ends with a person noun or a person suffix,
    alone or made plural (住民たち, 関係者ら); a title made plural names
    people too (選手たち, 議員ら: not one office holder)."""
    for plural in PLURALS:
        if np.endswith(plural) and len(np) > len(plural):
            np = np[: -len(plural)]
            if title_head(np):
                return True
            break
    if np.endswith(PERSON_NOUNS):
        return True
    for suffix, shortest in PERSON_SUFFIXES:
        if np.endswith(suffix) and len(np) >= shortest:
            return not np.endswith(tuple(NOT_PERSON_NOUNS))
    return False

#: Heads of organisation names (組合, 委員会, 省 …).
ORG_HEADS = (
    "組合", "委員会", "学会", "教委", "省", "庁", "府", "政府", "協会", "協議会", "連盟", "連合", "連合会", "大学", "党",
    "警察", "本部", "病院", "学校", "団体", "機構", "機関", "センター", "会社", "銀行", "財団", "法人", "事務所",
    "議会", "裁判所", "検察", "当局", "大社", "神社", "寺", "教会", "組織", "グループ", "チーム", "クラブ", "社",
    "県", "市", "町", "村", "区", "国",
    "側",  # a party to a trial or a talk: 弁護側, 検察側, ロシア側
    "陣営",  # a campaign: 同陣営, 山田陣営
    "署", "県連", "支部", "会派",
)
#: Heads of news media: sources, never speakers.
MEDIA_HEADS = ("新聞", "通信", "放送", "テレビ", "紙", "誌", "電子版", "web", "ニュース", "報道", "タイムズ", "ポスト", "ジャーナル")


@dataclass(frozen=True)
class Predicate:
    """A reporting predicate: tokens ``first``..``last`` (inclusive) of a sentence."""

    first: int
    last: int


def _suru(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].pos[0] == "動詞" and tokens[i].dictionary == "する"


def predicate_end(tokens: Sequence[Token], i: int) -> int:
    """The index of the last token of the predicate whose head is token ``i``:
    する, ます, た, ている, ていた, 述べつつ, and chained speech verbs (提案し、要請した)."""
    n = len(tokens)
    j = i
    while j + 1 < n:
        t = tokens[j + 1]
        # だ: the past tense after a verb (叫んだ, 騒いだ) and 明らかだ, not a copula after a noun
        if t.pos[0] == "助動詞" and (t.dictionary != "だ" or tokens[j].pos[0] == "動詞" or tokens[j].surface == "明らか") or (t.pos[0] == "動詞" and t.pos[1] == "非自立可能") or (
            t.pos[0] == "助詞" and t.surface in ("て", "つつ", "ながら") and t.pos[1] == "接続助詞"
        ) or (j == i and tokens[i].surface == "口" and t.surface == "に"):  # 口|に|した
            j += 1
            continue
        # 提案し、要請した: one statement, chained verbs
        if t.surface == "、" and j + 2 < n and tokens[j].surface in ("し", "し、") and speech_head(tokens, j + 2):
            j += 2
            continue
        break
    return j


def speech_head(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a speech verb or verbal noun used as a predicate."""
    t = tokens[i]
    if t.pos[0] == "動詞" and t.dictionary in SPEECH_VERBS:
        return True
    if t.surface in SPEECH_NOUNS and t.pos[0] == "名詞":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt is None or _suru(tokens, i + 1) or nxt.surface in ("。", "、", "）", "」", "』", "〟", "”")
    if t.surface == "明らか" and i + 2 < len(tokens) and tokens[i + 1].surface == "に" and _suru(tokens, i + 2):
        return True
    if t.surface == "口" and i + 2 < len(tokens) and tokens[i + 1].surface == "に" and _suru(tokens, i + 2):
        return True  # 口にした: said
    return stating_suru(tokens, i)


def stating_suru(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is the する of a statement: …必要ないとした,
    …問題だとしている, …とし、 after a clause; not として (a ground: …として
    提訴した), nor a clause before a noun (…とする声明), nor a noun made
    something (…を目標とした, 「…」とした)."""
    if not _suru(tokens, i) or i < 2:
        return False
    marker, before = tokens[i - 1], tokens[i - 2]
    if marker.surface != "と" or marker.pos[0] != "助詞" or before.end != marker.start:
        return False
    if before.pos[0] not in ("動詞", "助動詞", "形容詞"):
        return False  # …を目標とした, 「…」とした, 山田氏とした
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.surface in ("て", "ても") and nxt.pos[0] == "助詞":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if not (after is not None and after.pos[0] == "動詞" and after.pos[1] == "非自立可能"):
            return False  # …として提訴した: a ground (…としている is a statement)
    return not is_relative(tokens, predicate_end(tokens, i))  # …とする声明: a noun's content


#: Surfaces that may head a speech predicate besides the verbs (by dictionary form).
HEAD_SURFACES = SPEECH_NOUNS | {"明らか", "口"}


def speech_heads(tokens: Sequence[Token], among: Iterable[int]) -> list[int]:
    """The indices (of ``among``, in order) of the tokens where
    :func:`speech_head` holds: a set lookup first, the test only where it can hold."""
    return [
        i for i in among
        if (tokens[i].dictionary in SPEECH_VERBS or tokens[i].surface in HEAD_SURFACES or tokens[i].dictionary == "する")
        and speech_head(tokens, i)
    ]


def _split_reaction(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` ends a reaction Sudachi splits in two (意気|込む, 悔し|がる)."""
    return i > 0 and tokens[i - 1].surface + tokens[i].dictionary in EXPRESSIVE_VERBS


def expressive_head(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a reaction that reports a quote (意気込んだ, 胸を張った)."""
    t = tokens[i]
    if _split_reaction(tokens, i):
        return True
    if t.pos[0] != "動詞" and not (t.pos[0] == "名詞" and _suru(tokens, i + 1)):
        return False
    if t.dictionary in EXPRESSIVE_VERBS:
        return True
    if (t.dictionary == "する" and i >= 3 and tokens[i - 1].pos[0] == "形容詞" and tokens[i - 2].surface == "を"
            and tokens[i - 3].surface in EXPRESSIVE_OBJECTS):
        return True  # 目を赤くした, 目を丸くした: the face made so
    if not (t.dictionary in EXPRESSIVE_LIGHT_VERBS and i >= 2 and tokens[i - 1].surface in ("を", "が", "に")):
        return False
    obj = tokens[i - 2].surface
    if tokens[i - 2].pos[0] == "接尾辞" and i >= 3:
        obj = tokens[i - 3].surface + obj  # 悔し|さ: Sudachi cuts the noun made of an adjective
    return obj in EXPRESSIVE_OBJECTS


def reaction_start(tokens: Sequence[Token], i: int) -> int:
    """The first token of the predicate headed by token ``i``: the object of a
    reaction (胸 of 胸を張った), the first half of a split one (意気 of
    意気込んだ), else ``i`` itself."""
    if not expressive_head(tokens, i):
        return i
    if _split_reaction(tokens, i):
        return i - 1
    if tokens[i].dictionary == "する":
        return i - 3  # 目|を|赤く|した
    return i - 2 if tokens[i].dictionary in EXPRESSIVE_LIGHT_VERBS else i


def is_relative(tokens: Sequence[Token], last: int) -> bool:
    """Whether the predicate ending at ``last`` modifies a noun (発表する会合)."""
    if last + 1 >= len(tokens):
        return False
    t, nxt = tokens[last], tokens[last + 1]
    if nxt.pos[0] != "名詞" or nxt.surface in CLAUSE_LINKS:
        return False
    return is_attributive(t)


def is_attributive(t: Token) -> bool:
    """Whether a verb or auxiliary is in a form that can modify a noun (まとめた, する)."""
    return t.pos[0] in ("動詞", "助動詞") and (len(t.pos) < 6 or t.pos[5].startswith("連体形") or t.pos[5].startswith("終止形"))


def verb_word(tokens: Sequence[Token], k: int) -> str:
    """The word the verb at token ``k`` stands for: its dictionary form, or
    the verbal noun before する (会見|し: 会見, 質問|され: 質問)."""
    if tokens[k].dictionary == "する" and k > 0:
        return tokens[k - 1].surface
    return tokens[k].dictionary


def head_of(tokens: Sequence[Token], i: int, words: frozenset[str]) -> bool:
    """Whether token ``i``'s surface or dictionary form is in ``words``."""
    t = tokens[i]
    return t.surface in words or t.dictionary in words


def is_passive(tokens: Sequence[Token], last: int) -> bool:
    """Whether the predicate ending at ``last`` is passive (言われた, 求められる,
    言われていた): a れる/られる among the auxiliaries, て and auxiliary verbs
    at its end."""
    for t in reversed(tokens[: last + 1]):
        if t.pos[0] == "助動詞":
            if t.dictionary in ("れる", "られる"):
                return True
        elif not (t.surface == "て" and t.pos[0] == "助詞" or t.pos[0] == "動詞" and t.pos[1] == "非自立可能"):
            return False
    return False


#: Words bounding a count: 100通以上, 50件余り.
COUNT_BOUNDS = frozenset({"以上", "余り", "あまり", "近く", "ほど", "超"})


def statement_phrase_end(tokens: Sequence[Token], k: int, stop: int) -> int:
    """End index of 意見が出た / 声明を出した / 要望を受け starting at ``k``, or -1."""
    if tokens[k].surface not in STATEMENT_NOUNS or k + 2 >= stop:
        return -1
    if tokens[k + 1].surface not in ("を", "が", "は", "も"):
        return -1
    j = k + 2
    if tokens[j].pos[1] == "数詞":  # 声が5件寄せられた, 100通以上: how many
        while j + 1 < stop and (tokens[j].pos[1] == "数詞" or tokens[j].pos[2] in ("助数詞", "助数詞可能")):
            j += 1
        if j + 1 < stop and tokens[j].surface in COUNT_BOUNDS:
            j += 1
    if head_of(tokens, j, STATEMENT_LIGHT_VERBS):
        return predicate_end(tokens, j)
    v = j + 1
    if v < stop and tokens[j].pos[0] == "接頭辞" and tokens[j].surface + tokens[v].dictionary in STATEMENT_LIGHT_VERBS:
        return predicate_end(tokens, v)  # 相 + 次いだ: a verb Sudachi split after its prefix
    return -1


def view_phrase_end(tokens: Sequence[Token], k: int, stop: int, nouns: frozenset[str] = STATED_VIEW_NOUNS) -> int:
    """End index of 見方を示した / 考えを明らかにした / 見方も示した, or of the
    gist of a statement (趣旨の発言をした, 旨の話をしている, 旨を伝えた),
    starting at ``k``, or -1."""
    if tokens[k].surface not in nouns or k + 2 >= stop:
        return -1
    if tokens[k].surface in GIST_NOUNS and tokens[k + 1].surface == "の" and k + 4 < stop:
        noun, particle = tokens[k + 2], tokens[k + 3]
        if (noun.surface in STATEMENT_NOUNS or noun.surface == "話") and particle.surface in ("を", "が", "も"):
            return predicate_end(tokens, k + 4) if head_of(tokens, k + 4, STATEMENT_LIGHT_VERBS) else -1
        return -1
    if tokens[k + 1].surface not in ("を", "も"):
        return -1
    j = k + 2
    while j < stop and tokens[j].surface not in VIEW_VERBS and (
        tokens[j].pos[0] == "名詞" and tokens[j].pos[1] in ("数詞", "普通名詞") or tokens[j].pos[0] == "副詞"
    ):
        j += 1  # 見方を22日示している, 考えを改めて示した
    if j < stop and (head_of(tokens, j, VIEW_VERBS) and (tokens[j].pos[0] == "動詞" or speech_head(tokens, j))):
        return predicate_end(tokens, j)
    return -1
