"""The term rules' word lists: general Japanese, nothing article-specific.

Heads that make a noun run an organisation, a facility, a place, a law or
an event; media and the cues that cite them; counters of dates; the
patterns of URLs, titles of works and names in 「」.
"""

from __future__ import annotations

import re

# --- word lists (general Japanese, nothing article-specific) ----------------------

#: Heads that make a noun chain an organisation on their own (内務省, 教育委員会).
ORG_HEADS_STRONG = (
    "委員会", "協議会", "連合会", "審議会", "評議会", "理事会", "協会", "連盟", "連合", "学会",
    "大学", "学院", "学園", "義塾", "高校", "高等学校", "中学校", "小学校", "学校", "研究所",
    "病院", "銀行", "新聞社", "新聞", "通信社", "放送局", "株式会社", "有限会社", "財団", "法人",
    "組合", "教団", "教会", "神社", "神宮", "大社", "寺", "本部", "楽団", "合唱団", "劇団", "議会", "裁判所", "地裁", "高裁", "警察", "事務所", "事務局",
    "省", "庁", "府", "局", "署", "党", "軍", "隊", "社", "大", "警",
)
#: Heads that need a proper noun (or another organisation) before them:
#: 日本政府 and AP通信 are organisations, 国際機関 and 研究機関 are not.
#: Katakana words that end the names of companies, teams and events, never a
#: person's (ハルステッド・モーターズ, 朝凪フーズ, リーマン・ショック): the person rules
#: skip such names, and the company ones end a company's name.
BODY_WORDS = frozenset({
    "モーターズ", "スポーツ", "ホールディングス", "インダストリーズ", "コーポレーション", "カンパニー", "グループ",
    "エンタテインメント", "エンターテインメント", "テクノロジーズ", "システムズ", "ファーマ", "フーズ", "ジャパン",
    "コーヒー", "ショック", "レコーズ", "ピクチャーズ", "パートナーズ", "キャピタル", "ファンド", "ラボ",
})
#: Of them, the endings of a company's name (朝凪フーズ, 北斗テクノロジーズ).
COMPANY_WORDS = ("モーターズ", "インダストリーズ", "コーポレーション", "カンパニー", "テクノロジーズ", "システムズ", "ファーマ",
                 "フーズ", "レコーズ", "ピクチャーズ", "パートナーズ", "キャピタル")
ORG_HEADS_WEAK = (
    "機関", "組織", "団体", "政府", "企業", "会社", "通信", "放送", "グループ", "チーム",
    "センター", "部", "課", "室", "会", "会議", "省庁", "当局", "鉄道", "電鉄", "航空", "バス", "テレビ",
    "紙",  # ニューヨーク・タイムズ紙
    # the endings of company names (北山製作所, 南海電機, 東都ホールディングス)
    "製作所", "商事", "物産", "工業", "電機", "電気", "電器", "製薬", "建設", "証券", "食品", "自動車", "電力", "重工",
    "化学", "化成", "精機", "信用金庫", "信金", "産業", "商会", "製菓", "運輸", "生命", "保険", "興業", "ホールディングス", "製鉄", "海運", "百貨店",
    "県連", "支部",
    *COMPANY_WORDS,
    # schools outside the school system (洛陽進学アカデミー, 北斗ゼミナール)
    "アカデミー", "予備校", "塾", "スクール", "ゼミナール",
    # publishers (白鷺書房, 北窓書店, みなと出版) and service companies (むさしの給食サービス)
    "書房", "書店", "出版", "サービス",
    # museums, zoos and libraries, which announce and comment as bodies (長門自然史ミュージアム)
    "博物館", "美術館", "ミュージアム", "資料館", "科学館", "動物園", "水族館", "図書館",
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
#: Countries' one-character prefixes (米, 英): before a name they say where the
#: body is (米ウェストフィールド大学), they are no part of it.
COUNTRY_PREFIXES = frozenset(("米", "英", "仏", "独", "露", "韓", "中", "台", "伊", "豪", "加", "印"))
#: Single nouns that name one institution on their own.
INSTITUTIONS = frozenset(("国会", "内閣", "衆院", "参院", "衆議院", "参議院", "都議会", "最高裁", "国連"))
#: Social media and web services: where an organisation speaks, not who (公式ツイッターで).
PLATFORMS = frozenset(("ツイッター", "フェイスブック", "インスタグラム", "ユーチューブ", "ティックトック", "ブログ", "ホームページ"))
#: Words that point back instead of naming (同省, 各党, 同市漁業組合): never an organisation.
DEICTIC_PREFIXES = frozenset("同両各当")
#: Heads of facility names: 横浜駅, 札幌ドーム.
FACILITY_HEADS = (
    "駅", "空港", "港", "球場", "競技場", "スタジアム", "アリーナ", "ドーム", "公園", "広場", "会館",
    "タワー", "ハウス", "モール", "ホール", "橋", "城", "ホテル",
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
#: Kinds of body that name one in 「」 right after them: 運送会社「ミナト急送」,
#: 医療法人「北晴会」, 地域政党「晴れの国の会」, 国際NGO「…」.
ORG_KINDS = (
    "会社", "企業", "メーカー", "商社", "銀行", "政党", "党", "会派", "団体", "組織", "法人", "財団", "組合", "協会",
    "病院", "NGO", "NPO", "シンクタンク", "グループ", "工房", "劇団", "球団", "クラブ", "ベンチャー", "勢力",
    "出版元", "出版社", "発売元", "販売元", "製造元", "運営元",
)
#: A body's seat, written in brackets after its name (（本社・さいたま市）, （本部：東京都）):
#: the seat's word and what joins it to the place.
SEATS = ("本社", "本部", "本店")
SEAT_JOINERS = ("・", "：", ":", "＝")
#: Naming verbs right after 「…」と (「…」と名付けた, と銘打った, と題した, と呼ばれる).
NAMING_AFTER = ("と名付け", "と名づけ", "と命名", "と銘打", "と題", "と称", "と呼")
