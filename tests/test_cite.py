"""A quote as copied: with who said it, their title as the article gives it, and the source."""

from __future__ import annotations

from tui.analysis import analyze
from tui.quotes import CITE_STYLES, attribution, cite, find_speakers, named_as, speaker_title
from tui.text import parse

URL = "https://example.org/news/1"


def speakers(text: str):
    article = parse(text)
    return find_speakers(article, analyze(article))


def test_cited_quote_names_the_speaker_with_the_title_and_the_source():
    [sp] = speakers("日本維新の会の吉村洋文代表は15日、「改革を進める」と述べた。")
    assert cite(sp.quotes[0], sp, URL) == "「改革を進める」（吉村洋文・日本維新の会代表、https://example.org/news/1）"


def test_quote_style_copies_the_words_alone():
    [sp] = speakers("日本維新の会の吉村洋文代表は15日、「改革を進める」と述べた。")
    assert cite(sp.quotes[0], sp, URL, style="quote") == "改革を進める"
    assert CITE_STYLES == ("cited", "quote")


def test_without_a_source_the_citation_names_only_the_speaker():
    [sp] = speakers("鈴木花子知事は「県民の安全を守る」と語った。")
    assert cite(sp.quotes[0], sp) == "「県民の安全を守る」（鈴木花子・知事）"


def test_reported_speech_is_cited_without_brackets_of_its_own():
    [sp] = speakers("山田一郎首相は、景気は回復したと述べた。")
    q = sp.quotes[0]
    assert q.kind == "indirect"
    assert cite(q, sp, URL) == f"{q.text}（山田一郎・首相、{URL}）"


def test_later_mention_by_surname_and_title_is_named_with_the_full_title_form():
    [sp] = speakers("日本維新の会の吉村洋文代表は「改革を進める」と述べた。吉村代表は「必ず勝つ」とも語った。")
    assert named_as(sp) == "吉村洋文代表"
    assert speaker_title(sp) == "日本維新の会代表"  # the body the article names before the name


def test_a_name_with_its_own_middle_dot_is_set_off_by_a_space():
    [sp] = speakers("ルオン・タム・クアン公安大臣は「成功だった」と述べた。")
    assert attribution(sp) == "ルオン・タム・クアン\u3000公安大臣"


def test_title_written_before_the_name_is_cited():
    [sp] = speakers("国連薬物犯罪事務所条約問題部長ジョン・ブランドリーノ氏は「交渉はまだ始まりに過ぎない」と述べた。")
    assert speaker_title(sp) == "国連薬物犯罪事務所条約問題部長"


def test_unnamed_speaker_and_organisation_are_cited_by_what_the_article_calls_them():
    [sp] = speakers("会社員の男性は「驚いた」と話した。")
    assert (speaker_title(sp), named_as(sp)) == ("", "会社員の男性")
    assert cite(sp.quotes[0], sp, URL) == f"「驚いた」（会社員の男性、{URL}）"


def test_two_adjacent_brackets_are_cited_one_quote_each():
    [sp] = speakers("山田一郎首相は「景気は回復した」「賃金も上げる」と力説。")
    assert [cite(q, sp) for q in sp.quotes] == ["「景気は回復した」（山田一郎・首相）", "「賃金も上げる」（山田一郎・首相）"]


def test_a_title_before_the_name_with_no_is_cited_after_the_name():
    [sp] = speakers("前北浜市長の鈴木一郎氏は10日、「市政を変える」と語った。鈴木氏は「必ず勝つ」とも述べた。")
    assert speaker_title(sp) == "前北浜市長"
    assert named_as(sp) == "前北浜市長の鈴木一郎氏"  # as the article writes it
    assert [cite(q, sp, URL) for q in sp.quotes] == [
        f"「市政を変える」（鈴木一郎・前北浜市長、{URL}）", f"「必ず勝つ」（鈴木一郎・前北浜市長、{URL}）"]


def test_the_body_before_the_name_with_no_joins_the_title_after_it():
    [sp] = speakers("青空党の山田太郎代表は「改革を進める」と述べた。")
    assert named_as(sp) == "山田太郎代表"
    assert cite(sp.quotes[0], sp, URL) == f"「改革を進める」（山田太郎・青空党代表、{URL}）"


def test_a_place_before_the_name_with_no_is_no_title():
    [sp] = speakers("北浜市の鈴木一郎さんは「驚いた」と話した。")
    assert speaker_title(sp) == "" and cite(sp.quotes[0], sp) == "「驚いた」（鈴木一郎）"


def test_a_place_and_its_office_are_cited_as_one_title():
    [sp] = speakers("北浜市の鈴木一郎市長は「市政を変える」と述べた。")
    assert cite(sp.quotes[0], sp) == "「市政を変える」（鈴木一郎・北浜市長）"


def test_a_title_set_off_by_a_middle_dot_before_the_name_is_cited_after_the_name():
    [sp] = speakers("前北浜市長・鈴木一郎氏は10日、「市政を変える」と語った。鈴木氏は「必ず勝つ」とも述べた。")
    assert named_as(sp) == "前北浜市長・鈴木一郎氏"  # as the article writes it
    assert [cite(q, sp, URL) for q in sp.quotes] == [
        f"「市政を変える」（鈴木一郎・前北浜市長、{URL}）", f"「必ず勝つ」（鈴木一郎・前北浜市長、{URL}）"]
    [sp] = speakers("青空党代表・山田太郎氏は「改革を進める」と述べた。")
    assert cite(sp.quotes[0], sp) == "「改革を進める」（山田太郎・青空党代表）"


def test_a_name_before_the_middle_dot_is_someone_else_not_a_title():
    # a list of people (鈴木一郎市長・山田花子副市長), or a surname with its title: not the next name's title
    [sp] = speakers("鈴木一郎市長・山田花子副市長は「必ず勝つ」と述べた。")
    assert cite(sp.quotes[0], sp) == "「必ず勝つ」（山田花子・副市長）"
    for listed in ("山田市長・鈴木一郎氏", "山田花子市長・鈴木一郎氏"):
        [sp] = speakers(f"{listed}は「必ず勝つ」と述べた。")
        assert cite(sp.quotes[0], sp) == "「必ず勝つ」（鈴木一郎）"


def test_a_former_office_of_a_place_keeps_the_place_as_a_joined_title_does():
    [sp] = speakers("北浜市の前市長の鈴木一郎氏は10日、「市政を変える」と語った。")
    assert named_as(sp) == "北浜市の前市長の鈴木一郎氏"
    assert cite(sp.quotes[0], sp, URL) == f"「市政を変える」（鈴木一郎・前北浜市長、{URL}）"  # as 前北浜市長の…
    [sp] = speakers("北浜市の鈴木一郎前市長は「市政を変える」と述べた。")
    assert cite(sp.quotes[0], sp) == "「市政を変える」（鈴木一郎・前北浜市長）"
    [sp] = speakers("青空党の元代表の山田太郎氏は「改革を進める」と述べた。")
    assert cite(sp.quotes[0], sp) == "「改革を進める」（山田太郎・元青空党代表）"
