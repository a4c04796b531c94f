"""The article model: how a text file becomes sections of blocks."""

from __future__ import annotations

import os

import pytest

from tui.text import Article, ArticleError, decode, parse, read_article
from tui.text import bundled_article

LEAD = "東京都は１日、新しい条例を発表した。知事は記者会見で詳しく説明した。"
PARA = "条例は来年四月に施行される予定で、都議会での審議が続いている。多くの都民が関心を寄せている。"


def kinds(article: Article) -> list[tuple[str, int]]:
    return [(b.kind, b.line) for b in article.blocks()]


# --- paragraphs ---------------------------------------------------------------


def test_each_nonblank_line_is_a_paragraph_with_its_line_number():
    a = parse(f"{LEAD}\n\n{PARA}\n")
    assert kinds(a) == [("paragraph", 1), ("paragraph", 3)]
    assert [b.text for b in a.blocks()] == [LEAD, PARA]


def test_hard_wrapped_japanese_lines_join_without_spaces():
    a = parse("条例は来年四月に施行される予定で、\n都議会での審議が続いている。\n\n" + PARA)
    first = next(a.blocks())
    assert first.text == "条例は来年四月に施行される予定で、都議会での審議が続いている。"
    assert (first.line, first.end_line) == (1, 2)


def test_hard_wrapped_latin_words_keep_a_space_between_them():
    a = parse("The ministry said the\nconvention was signed.\n")
    assert next(a.blocks()).text == "The ministry said the convention was signed."


def test_text_is_kept_exactly_including_markup_and_control_characters():
    odd = "[bold red]赤[/] \x1b[31m逃げ\x07 \u200b\tタブ"
    a = parse(f"{LEAD}\n\n{odd}\n\n{PARA}\n")
    assert [b.text for b in a.blocks()][1] == odd


def test_a_line_of_control_characters_is_not_blank():
    a = parse(f"{LEAD}\n\x0c\x1f\n\n{PARA}")
    assert "\x0c\x1f" in next(a.blocks()).text


def test_form_feed_and_unicode_separators_do_not_split_lines():
    a = parse(f"前半\x0c後半\u2028続き。{LEAD}\n")
    assert len(list(a.blocks())) == 1


# --- line endings and encodings ---------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_same_article(newline):
    text = f"{LEAD}\n\n見出しの一行\n\n{PARA}\n".replace("\n", newline)
    assert parse(text).sections == parse(f"{LEAD}\n\n見出しの一行\n\n{PARA}\n").sections


@pytest.mark.parametrize(
    "encoding, prefix",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
     ("cp932", b""), ("euc-jp", b"")],
)
def test_every_supported_encoding_decodes_to_the_same_text(encoding, prefix):
    text = f"{LEAD}\n\nｶﾀｶﾅと①②、髙橋さんの～\n\n{PARA}\n"
    if encoding == "euc-jp":
        text = text.replace("①②", "").replace("髙", "高").replace("～", "〜")  # cp932-only characters
    decoded, _ = decode(prefix + text.encode(encoding))
    assert decoded == text


def test_euc_jp_is_not_mistaken_for_shift_jis():
    text = "大阪府の知事は、新しい方針を示した。住民の声を聞くという。"
    _, encoding = decode(text.encode("euc-jp"))
    assert encoding == "euc-jp"


def test_shift_jis_is_not_mistaken_for_euc_jp():
    text = "大阪府の知事は、新しい方針を示した。住民の声を聞くという。"
    _, encoding = decode(text.encode("cp932"))
    assert encoding == "cp932"


def test_nul_bytes_mean_binary_and_are_refused():
    with pytest.raises(ArticleError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_undecodable_bytes_are_refused():
    with pytest.raises(ArticleError, match="cannot decode"):
        decode(bytes([0x81, 0x20, 0xFF, 0xFE, 0x80]) * 10)


def test_bytes_that_only_decode_to_private_use_characters_are_refused():
    with pytest.raises(ArticleError, match="cannot decode"):
        decode(b"\xff" * 1000)


def test_a_legacy_article_with_one_private_use_character_still_decodes():
    text = "大阪府の知事は、新しい方針を示した。住民の声を聞くという。"
    decoded, encoding = decode(text.encode("cp932") + b"\xf0\x40")  # a user-defined character
    assert encoding == "cp932" and decoded.startswith(text)


def test_a_fifo_is_refused_instead_of_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(fifo)


def test_missing_file_is_an_article_error(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_directory_is_an_article_error(tmp_path):
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)


def test_empty_file_is_an_empty_article(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    a = read_article(p)
    assert list(a.blocks()) == [] and a.source is None and len(a.sections) == 1


# --- images and captions ------------------------------------------------------------


def test_image_line_is_an_image_block_and_next_line_its_caption():
    a = parse(f"{LEAD}\n\nphoto_01.JPG\n知事が会見で話す\n\n{PARA}\n")
    assert kinds(a) == [("paragraph", 1), ("image", 3), ("caption", 4), ("paragraph", 6)]
    image = list(a.blocks())[1]
    assert image.image == "photo_01.JPG"


@pytest.mark.parametrize("name", ["a.jpeg", "b.png", "c.gif", "d.webp"])
def test_every_picture_extension_is_an_image(name):
    a = parse(f"{LEAD}\n\n{name}\nキャプション\n")
    assert [b.kind for b in a.blocks()][1:] == ["image", "caption"]


def test_a_file_name_with_spaces_is_prose_not_an_image():
    a = parse(f"{LEAD}\n\nmy photo.jpg\n")
    assert [b.kind for b in a.blocks()] == ["paragraph", "paragraph"]


def test_short_caption_is_never_a_heading():
    a = parse(f"{LEAD}\n\nx.jpg\n記者が語る\n\n{PARA}\n\n{PARA}\n")
    assert all(s.title is None for s in a.sections)
    assert [b.kind for b in a.blocks()][2] == "caption"


def test_image_followed_by_a_blank_line_has_no_caption():
    a = parse(f"{LEAD}\n\nx.jpg\n\n{PARA}\n")
    assert [b.kind for b in a.blocks()] == ["paragraph", "image", "paragraph"]


# --- subheadings -----------------------------------------------------------------------


def test_short_line_between_paragraphs_starts_a_section():
    a = parse(f"{LEAD}\n\n審議の行方\n\n{PARA}\n")
    assert [s.title for s in a.sections] == [None, "審議の行方"]
    assert a.sections[1].line == 3
    assert [b.line for b in a.sections[1].blocks] == [5]


def test_short_one_sentence_line_with_a_full_stop_is_a_heading():
    a = parse(f"{LEAD}\n\n市民のための条例、未来のための都政。\n\n{PARA}\n")
    assert a.sections[1].title == "市民のための条例、未来のための都政。"


def test_short_sentence_with_its_subject_is_a_paragraph_not_a_heading():
    a = parse(f"{LEAD}\n\n試合時間は3時間58分だった。\n\n{PARA}\n")
    assert len(a.sections) == 1 and [b.kind for b in a.blocks()] == ["paragraph"] * 3


def test_consecutive_headings_each_start_a_section():
    a = parse(f"{LEAD}\n\n大会結果\n\n第一試合 甲 対 乙\n\n{PARA}\n")
    assert [s.title for s in a.sections] == [None, "大会結果", "第一試合 甲 対 乙"]


def test_heading_with_quoted_words_and_no_full_stop_is_a_heading():
    a = parse(f"{LEAD}\n\n甲氏「全力を尽くした」 乙氏「次も挑戦」\n\n{PARA}\n")
    assert a.sections[1].title == "甲氏「全力を尽くした」 乙氏「次も挑戦」"


def test_long_line_is_a_paragraph_not_a_heading():
    long_line = "この条例は都民の生活に大きな影響を与えるとみられ、経済界など各方面から注目を集めている。"
    assert len(long_line) > 40
    a = parse(f"{LEAD}\n\n{long_line}\n\n{PARA}\n")
    assert len(a.sections) == 1


def test_two_sentences_are_a_paragraph_even_when_short():
    a = parse(f"{LEAD}\n\n雨が降った。風も強い。\n\n{PARA}\n")
    assert len(a.sections) == 1


def test_one_sentence_quote_is_speech_not_a_heading():
    # no subject (知事は would trip the subject rule too): only the quote rule rejects it
    a = parse(f"{LEAD}\n\n「全力を尽くす」と語った。\n\n{PARA}\n")
    assert len(a.sections) == 1


def test_line_ending_with_a_colon_introduces_what_follows_and_is_no_heading():
    a = parse(f"{LEAD}\n\n委員は次の通り：\n\n{PARA}\n")
    assert len(a.sections) == 1


def test_short_last_paragraph_is_not_a_heading():
    a = parse(f"{LEAD}\n\n{PARA}\n\n詳細は調査中\n")
    assert len(a.sections) == 1


def test_list_of_adjacent_short_lines_is_one_block_not_headings():
    members = "\n".join(["山田太郎（東京大教授）", "鈴木花子（弁護士）", "佐藤一郎（会社役員）"])
    a = parse(f"{LEAD}\n\n{members}\n\n{PARA}\n")
    assert len(a.sections) == 1
    assert list(a.blocks())[1].text == "山田太郎（東京大教授）鈴木花子（弁護士）佐藤一郎（会社役員）"


# --- title and source -------------------------------------------------------------------


@pytest.mark.parametrize("label", ["出典: ", "出典：", "ソース: ", "Source: "])
def test_last_source_line_is_the_source_not_a_paragraph(label):
    a = parse(f"{LEAD}\n\n{label}https://example.com/news/1\n")
    assert a.source is not None and a.source.url == "https://example.com/news/1"
    assert a.source.line == 3 and a.source.host == "example.com"
    assert [b.kind for b in a.blocks()] == ["paragraph"]


def test_source_label_in_the_middle_is_an_ordinary_paragraph():
    a = parse(f"出典: https://example.com/a\n\n{LEAD}\n")
    assert a.source is None and len(list(a.blocks())) == 2


def test_heading_like_first_line_is_the_title():
    a = parse(f"新条例を発表 東京都\n\n{LEAD}\n\n{PARA}\n")
    assert (a.title, a.title_from, a.title_line) == ("新条例を発表 東京都", "line", 1)
    assert [b.line for b in a.blocks()] == [3, 5]


def test_title_comes_from_a_wiki_style_source_url():
    url = "https://ja.wikinews.org/wiki/%E6%9D%B1%E4%BA%AC%E9%83%BD%E3%81%8C%E6%9D%A1%E4%BE%8B"
    a = parse(f"{LEAD}\n\n出典: {url}\n", path="x.txt")
    assert (a.title, a.title_from) == ("東京都が条例", "source")


def test_title_falls_back_to_the_file_name():
    a = parse(f"{LEAD}\n\n出典: https://example.com/news/123.html\n", path="/tmp/tokyo-ordinance.txt")
    assert (a.title, a.title_from) == ("tokyo-ordinance", "file")


def test_title_of_a_file_named_by_an_id_is_the_leads_first_sentence():
    a = parse(f"{LEAD}\n\n{PARA}\n", path="/tmp/000_66b4f997.txt")
    assert (a.title, a.title_from) == ("東京都は１日、新しい条例を発表した。", "lead")


def test_title_from_a_long_first_sentence_is_shortened_with_an_ellipsis():
    long_sentence = "条例は来年四月に施行される予定で、都議会での審議が続いており、多くの都民が関心を寄せている。"
    a = parse(f"{long_sentence}\n", path="/tmp/12345.txt")
    assert len(a.title) == 40 and a.title.endswith("…") and long_sentence.startswith(a.title[:-1])


# --- the bundled article -------------------------------------------------------------------


def test_bundled_article_has_lead_two_sections_five_images_and_twenty_paragraphs():
    a = read_article(bundled_article())
    assert len(a.sections) == 3 and a.sections[0].title is None
    assert all(s.title for s in a.sections[1:])
    blocks = [b for s in a.sections for b in s.blocks]
    assert sum(b.kind == "paragraph" for b in blocks) == 20
    images = [i for i, b in enumerate(blocks) if b.kind == "image"]
    assert len(images) == 5 and all(blocks[i + 1].kind == "caption" for i in images)
    assert a.source is not None and a.source.url.startswith("https://")
    assert all(not b.text.startswith("出典") for b in blocks)


def test_lone_short_line_after_an_image_and_a_blank_line_is_its_caption():
    a = parse(f"{LEAD}\n\nx.jpg\n\n決勝で技を決めた選手（右）\n\n{PARA}\n\n{PARA}\n")
    assert [b.kind for b in a.blocks()] == ["paragraph", "image", "caption", "paragraph", "paragraph"]


def test_interviewer_question_line_is_not_a_heading():
    a = parse(f"{LEAD}\n\n――取り組みを始めたきっかけは。\n\n{PARA}\n\n{PARA}\n")
    assert all(s.title is None for s in a.sections)


def test_one_sentence_paragraph_with_a_mo_subject_is_not_a_heading():
    a = parse(f"{LEAD}\n\n農林水産省も立ち入り検査を行う方針だ。\n\n{PARA}\n")
    assert all(s.title is None for s in a.sections)


def test_a_hard_wrapped_block_knows_the_source_line_of_each_offset():
    article = parse("前の段落。\n\n一行目の\n二行目の\nthe end\nof it\n")
    block = article.block_at(4)
    assert block.text == "一行目の二行目のthe end of it"
    assert [block.line_at(i) for i in (0, 3, 4, 7, 8, 14, 15, 16)] == [3, 3, 4, 4, 5, 5, 5, 6]
    assert [block.line_start(n) for n in (3, 4, 5, 6)] == [0, 4, 8, 16]
    assert block.text[block.line_start(6):] == "of it"


def test_a_one_line_block_has_no_line_starts():
    block = parse("一行だけ。\n").block_at(1)
    assert block.line_starts == () and block.line_at(3) == 1 and block.line_start(1) == 0


# --- the edges found by mutation testing ------------------------------------------------------
# One behaviour each: the last line of a file, the first block, the 40th
# character of a title, the edges of Latin words across a line break.


def test_the_newline_ending_the_file_opens_no_line():
    assert parse(f"{LEAD}\n\n{PARA}\n").line_count == 3


def test_text_given_without_an_encoding_is_said_to_be_utf8():
    assert parse(f"{LEAD}\n").encoding == "utf-8"


def test_text_given_without_a_path_takes_its_title_from_the_lead():
    a = parse(f"{LEAD}\n\n{PARA}\n")
    assert (a.title, a.title_from) == ("東京都は１日、新しい条例を発表した。", "lead")


@pytest.mark.parametrize("length, title", [(40, "審" * 39 + "。"), (41, "審" * 39 + "…")])
def test_a_first_sentence_of_forty_characters_is_the_title_whole_and_one_more_is_cut(length, title):
    sentence = "審" * (length - 1) + "。"
    assert parse(f"{sentence}\n\n{PARA}\n", path="/tmp/12345.txt").title == title


def test_a_file_of_one_short_line_has_it_as_its_text_not_as_its_title():
    a = parse("審議の行方\n", path="/tmp/12345.txt")
    assert [b.text for b in a.blocks()] == ["審議の行方"] and a.title_line is None


def test_a_first_line_of_forty_characters_and_an_em_space_is_no_title():
    # the em space is text, not padding: 41 characters are too long for a title line
    a = parse("審" * 38 + "行方" + "\u2003" + f"\n\n{LEAD}\n", path="/tmp/12345.txt")
    assert a.title_from == "lead"


@pytest.mark.parametrize("before, after", [
    ("取材に応じたのはNHK", "World"),  # the line before: only its last character counts
    ("大統領はJohn", "F. Kennedy氏"),  # the line after: only its first character counts
    ("記号A", "B"),  # one Latin letter on each side
])
def test_latin_words_across_a_line_break_are_joined_with_one_space(before, after):
    a = parse(f"{before}\n{after}\n\n{PARA}\n", path="x.txt")
    assert list(a.blocks())[0].text == f"{before} {after}"


def test_a_line_padded_with_a_no_break_space_is_no_picture():
    # only spaces, tabs and ideographic spaces pad a line; the rest is text
    a = parse(f"{LEAD}\n\nx.jpg\u00a0\n\n{PARA}\n")
    assert [(b.kind, b.text) for b in a.blocks()][1] == ("heading", "x.jpg\u00a0")  # a short line, as written


def test_a_caption_after_a_blank_line_may_end_the_file():
    a = parse(f"{LEAD}\n\nx.jpg\n\n決勝の一場面\n")
    assert [(b.kind, b.line, b.end_line) for b in a.blocks()] == [("paragraph", 1, 1), ("image", 3, 3), ("caption", 5, 5)]


# --- an interview's turns beside short lines ---------------------------------------------------
# 記者「…」 and 山田さん「…」 are heading-like; beside another turn they are
# lines of an exchange, not subheadings.

Q = "記者「きっかけは」"
A = "山田さん「友人の誘いです」"


def test_a_turn_before_a_turn_is_no_heading():
    a = parse(f"{LEAD}\n\n{Q}\n\n{A}\n\n{PARA}\n\n{PARA}\n")
    assert all(s.title is None for s in a.sections)


def test_a_turn_right_after_a_turn_that_opens_the_article_is_no_heading():
    a = parse(f"新条例を発表 東京都\n\n{Q}\n\n{A}\n\n{PARA}\n\n{PARA}\n")
    assert a.title == "新条例を発表 東京都" and all(s.title is None for s in a.sections)


def test_an_article_may_end_in_a_turn_after_prose():
    a = parse(f"{LEAD}\n\n{PARA}\n\n{A}\n")
    assert [b.kind for b in a.blocks()] == ["paragraph", "paragraph", "paragraph"]


def test_three_short_lines_right_after_the_title_line_are_a_list_not_headings():
    a = parse(f"新条例を発表 東京都\n\n第一条\n\n第二条\n\n第三条\n\n{PARA}\n\n{PARA}\n")
    assert a.title == "新条例を発表 東京都" and all(s.title is None for s in a.sections)


def test_a_heading_quoting_someone_after_a_sentence_with_two_quotes_is_a_heading():
    # 記者が「…」と聞くと、…「…」 ends with a quote but is a sentence, no turn of an interview
    asked = "記者が「継いでほしいとは思わなかったのか」と聞くと、店主は首を横に振った。「息子には息子の人生がある」"
    a = parse(f"{LEAD}\n\n{asked}\n\n常連客「考えられない」\n\n{PARA}\n")
    assert [s.title for s in a.sections] == [None, "常連客「考えられない」"]


def test_a_turn_with_a_quote_inside_its_quote_is_still_a_turn():
    a = parse(f"{LEAD}\n\n記者「『次の一手』とは」\n\n{A}\n\n{PARA}\n")
    assert all(s.title is None for s in a.sections)
