"""An article's date: from its file name, a dateline in its text or its
source URL; every common Japanese way of writing a full date."""

from __future__ import annotations

from datetime import date

import pytest

from tui.library import article_date, dates_in, kanji_number
from tui.text import parse


@pytest.mark.parametrize("text, expected", [
    ("2024年5月3日", date(2024, 5, 3)),
    ("２０２４年５月３日", date(2024, 5, 3)),
    ("2024年 5月 3日", date(2024, 5, 3)),
    ("令和6年5月3日", date(2024, 5, 3)),
    ("令和元年5月1日", date(2019, 5, 1)),
    ("平成31年4月30日", date(2019, 4, 30)),
    ("昭和64年1月7日", date(1989, 1, 7)),
    ("二〇二四年五月三日", date(2024, 5, 3)),
    ("令和六年十二月二十三日", date(2024, 12, 23)),
    ("2024-05-03", date(2024, 5, 3)),
    ("2024/5/3", date(2024, 5, 3)),
    ("2024.05.03", date(2024, 5, 3)),
    ("R6.5.3", date(2024, 5, 3)),
    ("H31.4.30", date(2019, 4, 30)),
])
def test_a_full_date_is_read_in_every_common_notation(text, expected):
    assert [d for _, d in dates_in(f"発表は{text}（金）に行われた")] == [expected]


@pytest.mark.parametrize("text", ["5月3日", "2024年5月", "2023年2月30日", "2024-13-01", "12024-05-03", "v1.2.3"])
def test_what_is_no_full_existing_date_is_not_a_date(text):
    assert list(dates_in(text)) == []


@pytest.mark.parametrize("text, value", [("二〇二四", 2024), ("十", 10), ("十二", 12), ("二十三", 23), ("三十", 30),
                                          ("12", 12), ("十二十", None), ("百", None)])
def test_kanji_numbers(text, value):
    assert kanji_number(text) == value


ARTICLE = "見出しの一行\n\n本文の段落です。2019年1月1日に起きた出来事について、関係者は説明した。\n\n出典: https://example.com/news/a\n"


def test_the_file_name_gives_the_date():
    article = parse(ARTICLE, path="archive/20240503_nhk.txt")
    assert article_date(article) == (date(2024, 5, 3), "file")


def test_folders_give_the_date_when_the_name_does_not():
    article = parse(ARTICLE, path="archive/2024/05/03/story.txt")
    assert article_date(article) == (date(2024, 5, 3), "file")


def test_a_dateline_gives_the_date():
    text = "見出しの一行\n\n【2024年5月3日】\n\n本文の段落です。\n"
    assert article_date(parse(text, path="a.txt")) == (date(2024, 5, 3), "text")


def test_a_first_paragraph_opening_with_a_date_gives_it():
    text = "見出しの一行\n\n令和6年5月3日、政府は新しい方針を発表した。関係者によると、来年にも実施される。\n"
    assert article_date(parse(text, path="a.txt")) == (date(2024, 5, 3), "text")


def test_a_date_in_the_middle_of_the_text_is_what_it_is_about_not_its_date():
    assert article_date(parse(ARTICLE, path="a.txt")) == (None, None)


def test_the_source_url_gives_the_date_last():
    text = "見出しの一行\n\n本文の段落です。\n\n出典: https://example.com/2023/11/20/story\n"
    assert article_date(parse(text, path="a.txt")) == (date(2023, 11, 20), "source")


def test_a_malformed_source_url_is_no_error():
    text = "見出しの一行\n\n本文の段落です。\n\n出典: http://[::1/2023/11/20\n"
    assert article_date(parse(text, path="a.txt"))[1] in ("source", None)
