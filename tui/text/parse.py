"""Parse decoded text into an :class:`~tui.text.model.Article`: blocks
(hard-wrapped lines joined), images and captions, subheadings, the source
line and the title. Nothing here knows about the terminal; sanitising text
for display is the UI's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import unquote

from .chars import HIRAGANA, SENTENCE_ENDS, is_hiragana
from .model import Article, Block, BlockKind, Section, Source
from .sanitize import as_text
from .urls import web_url

#: Longest line (in characters) that can still be a subheading.
HEADING_MAX_CHARS = 40
#: Most subheadings in a row (a heading and one under it); more short lines in a row are not headings.
MAX_HEADING_RUN = 2
#: Image file names: one token, no spaces, a picture extension.
IMAGE_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp)$", re.IGNORECASE)
#: The source line: a label, a colon (either width), then the reference.
SOURCE_RE = re.compile(r"^(?:出典|ソース|情報源|引用元|Source|SOURCE|source)\s*[:：]\s*(\S.*)$")
#: Sentence terminators used to count sentences in a candidate heading.
SENTENCE_END = SENTENCE_ENDS
#: A topic or subject particle (は/が after a word that is not hiragana, or には/では/とは):
#: a short line ending in a full stop that has one is a sentence of the text
#: ("年間配当は据え置く。"), while a heading with a full stop is a slogan or a
#: phrase ("市民のための条例、未来のための都政。"). People in the plural (住む人たちは)
#: and a cleft (ハンドルを握ったのは、…さん。) are a sentence's too.
TOPIC_RE = re.compile(f"[^{HIRAGANA}\\s、][はがも]|[にでと]は|(?:さん|ちゃん|くん|さま|たち)[はがも]|のは[、，]")
#: How an interviewer's question starts (――きっかけは。): a line, not a heading.
INTERVIEW_DASHES = "―─—"
#: A turn of an interview written as a label and a quote (記者「きっかけは」):
#: a short label without punctuation, the quote ending the line.
TURN_RE = re.compile(r"^[^「」『』、。\s]{1,20}「.*」$")
#: A quote after a label and a colon (山田外相：「…」): speech, never a heading.
LABELLED_RE = re.compile(r"^[^「」『』、。\s]{1,24}[：:]\s*[「『]")
#: A sentence that opens an interview (…望月選手に話を聞いた。, …にインタビューした。).
INTERVIEW_RE = re.compile(r".*に(?:話を聞いた|話を伺った|インタビューした|取材した)。$")
#: A headline made of a quote: short, one 「」 or 『』, no stop, comma or
#: exclamation inside (「2回の接種で防げる」).
HEADLINE_QUOTE_RE = re.compile(r"「[^「」『』、。，！？!?]{1,20}」|『[^「」『』、。，！？!?]{1,20}』")
#: How a paragraph announces the quote after it: …こう語った。, 次のように述べた。
ANNOUNCING_RE = re.compile(r"(?:こう|次のように|以下のように|このように)[^。]{0,12}。$")
#: Characters that only pad a line: a line made of them is blank.
PADDING = " \t\u3000"


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF and CR only (``str.splitlines`` would also split on
    form feeds and other separators, reinterpreting the text)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def is_blank(line: str) -> bool:
    return not line.strip(PADDING)


def _join(lines: list[str]) -> tuple[str, tuple[int, ...]]:
    """Join hard-wrapped lines: no space between Japanese characters, one
    between two Latin words so they do not run together. Returns the text
    and where each line after the first begins in it."""
    parts = [lines[0]]
    starts: list[int] = []
    at = len(lines[0])
    prev = lines[0]
    for nxt in lines[1:]:
        if prev and nxt and prev[-1].isascii() and prev[-1].isalnum() and nxt[0].isascii() and nxt[0].isalnum():
            parts.append(" ")
            at += 1
        starts.append(at)
        parts.append(nxt)
        at += len(nxt)
        if nxt:
            prev = nxt
    return "".join(parts), tuple(starts)


def is_turn(text: str) -> bool:
    """Whether a paragraph is a label and a quote and nothing else
    (記者「きっかけは」, 山田さん「…」): one turn of an interview when its
    neighbours are turns too. The label's quote runs to the end: 記者が「…」と
    聞くと、…「…」 is a sentence with two quotes, not a turn."""
    s = text.strip(PADDING)
    return bool(TURN_RE.match(s)) and quote_runs_to_end(s, s.index("「"))


def quote_runs_to_end(text: str, at: int) -> bool:
    """Whether the 「 at ``text[at]`` opens a quote whose 」 is the last
    character of ``text`` (quotes nested inside it allowed)."""
    depth = 0
    for i in range(at, len(text)):
        depth += 1 if text[i] == "「" else -1 if text[i] == "」" else 0
        if depth == 0:
            return i == len(text) - 1
    return False


def _is_heading_like(text: str) -> bool:
    """A short line of at most one sentence, not a quote and not a list item."""
    s = text.strip(PADDING)
    if not s or len(s) > HEADING_MAX_CHARS or IMAGE_RE.match(s):
        return False
    if s[-1] in ":：、,":
        return False
    if s[0] in INTERVIEW_DASHES and s[-1] in SENTENCE_END:
        return False  # an interviewer's question (――きっかけは。)
    inner = s[:-1] if s[-1] in SENTENCE_END else s
    if any(ch in SENTENCE_END for ch in inner):
        return False
    if s[-1] in SENTENCE_END and "「" in s:
        return False  # a one-sentence quote ("「…」と語った。") is speech, not a heading
    if s[0] in "「『" and s[-1] in "」』":
        # a quote standing alone ("「公約は守ります。」") is speech; a short
        # one with no stop or comma inside may be a headline (「手が覚えるまで10年」):
        # the paragraphs around it decide (:func:`_announced`)
        return HEADLINE_QUOTE_RE.fullmatch(s) is not None
    if LABELLED_RE.match(s):
        return False  # a quote after a label and a colon ("山田外相：「…」") is speech
    if s[-1] in SENTENCE_END and TOPIC_RE.search(s):
        return False  # a one-sentence paragraph with its subject ("試合時間は4時間だった。")
    if s[-1] in SENTENCE_END and len(inner) > 1 and inner[-1] in "ただ" and is_hiragana(inner[-2]):
        return False  # what happened, in the past tense ("…寄せ、次のように語った。"): a sentence
    if s[-1] in SENTENCE_END and inner.endswith(("次の通り", "次のとおり", "以下の通り", "以下のとおり")):
        return False  # what follows announced ("会見での主なやりとりは次の通り。"): a sentence
    if s[-1] in SENTENCE_END and (inner.endswith("という") or "によると" in inner or "によれば" in inner):
        return False  # what a source told ("同組合の担当者によると、…超えたという。"): a sentence
    return True


def _announced(raws: list[_Raw], idx: int) -> bool:
    """Whether the quote alone at ``idx`` is speech the paragraphs around it
    frame: announced before (…こう語った。), carried on after (と、山田は言った。)
    or pointed back to by the next sentence (主将はこう振り返った。, そう話すのは…)."""
    before = raws[idx - 1].text.strip(PADDING) if idx > 0 else ""
    after = raws[idx + 1].text.strip(PADDING) if idx + 1 < len(raws) else ""
    first = after.split("。", 1)[0]
    return ANNOUNCING_RE.search(before) is not None or after.startswith("と") or "こう" in first or "そう" in first


def _heads_interview(raws: list[_Raw], heading: _Raw) -> bool:
    """Whether the paragraph under ``heading`` opens an interview with a
    sentence that says so (優勝から一夜明けた20日、望月選手に話を聞いた。)."""
    idx = raws.index(heading)
    after = raws[idx + 1].text.strip(PADDING) if idx + 1 < len(raws) else ""
    return INTERVIEW_RE.match(after.split("。", 1)[0] + "。") is not None


def _is_caption_like(text: str) -> bool:
    """A heading-like line without a full stop: a label under a picture."""
    s = text.strip(PADDING)
    return _is_heading_like(s) and s[-1] not in SENTENCE_END


@dataclass
class _Raw:
    """A block candidate before headings are decided."""

    kind: BlockKind
    line: int
    end_line: int
    text: str
    lines: int
    starts: tuple[int, ...] = ()


def _raw_blocks(lines: list[str]) -> list[_Raw]:
    raws: list[_Raw] = []
    i = 0
    n = len(lines)
    while i < n:
        if is_blank(lines[i]):
            i += 1
            continue
        stripped = lines[i].strip(PADDING)
        if IMAGE_RE.match(stripped):
            raws.append(_Raw("image", i + 1, i + 1, lines[i], 1))
            i += 1
            # the caption: the next line, if it is text and not another image;
            # after blank lines (one paragraph a line), a lone short line with
            # no full stop, which a reader takes for the picture's caption
            j = i
            while j < n and is_blank(lines[j]):
                j += 1
            if j < n and not IMAGE_RE.match(lines[j].strip(PADDING)) and (
                j == i or (_is_caption_like(lines[j]) and (j + 1 == n or is_blank(lines[j + 1])))
            ):
                raws.append(_Raw("caption", j + 1, j + 1, lines[j], 1))
                i = j + 1
            continue
        start = i
        group = [lines[i]]
        i += 1
        while i < n and not is_blank(lines[i]) and not IMAGE_RE.match(lines[i].strip(PADDING)):
            group.append(lines[i])
            i += 1
        text, starts = _join(group)
        raws.append(_Raw("paragraph", start + 1, i, text, len(group), starts))
    return raws


#: File names that are only an id (digits, hex, separators) say nothing to a reader.
_IDENTIFIER_RE = re.compile(r"^[0-9a-fA-F_\-. ]*$")
#: Longest title taken from the lead's first sentence.
TITLE_MAX_CHARS = 40


def _is_identifier(stem: str) -> bool:
    return bool(_IDENTIFIER_RE.match(stem))


def _first_sentence(text: str) -> str:
    """The first sentence of ``text``, shortened to :data:`TITLE_MAX_CHARS` with an ellipsis."""
    end = min((i for i in (text.find(ch) for ch in SENTENCE_END) if i >= 0), default=len(text))
    sentence = text[: end + 1] if end < len(text) else text
    return sentence if len(sentence) <= TITLE_MAX_CHARS else sentence[: TITLE_MAX_CHARS - 1] + "…"


def _title_from_source(url: str) -> str | None:
    """A title from a URL whose last path segment is words (e.g. a wiki page name)."""
    parts = web_url(url)
    if parts is None:
        return None
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ").strip()
    if segment and any(ord(ch) > 0x2E7F for ch in segment):
        return segment
    return None


def parse(text: str, path: str = "<text>", encoding: str = "utf-8") -> Article:
    """Parse decoded text into an :class:`Article`."""
    lines = split_lines(text)
    raws = _raw_blocks(lines)

    source: Source | None = None
    if raws and raws[-1].kind == "paragraph" and raws[-1].lines == 1:
        m = SOURCE_RE.match(raws[-1].text.strip(PADDING))
        if m:
            source = Source(url=m.group(1).strip(PADDING), line=raws[-1].line)
            raws.pop()

    title: str | None = None
    title_line: int | None = None
    title_from: Literal["line", "source", "file", "lead"] = "file"
    if len(raws) > 1 and raws[0].kind == "paragraph" and raws[0].lines == 1:
        first = raws[0].text.strip(PADDING)
        if (_is_heading_like(first) and first[-1] not in SENTENCE_END and not SOURCE_RE.match(first) and "://" not in first
                and not HEADLINE_QUOTE_RE.fullmatch(first)):
            title, title_line, title_from = raws[0].text, raws[0].line, "line"
            raws.pop(0)
    if title is None and source is not None:
        title = _title_from_source(source.url)
        if title:
            title_from = "source"
    if title is None:
        stem = as_text(Path(path).stem) if path != "<text>" else ""  # a title is text: no undecodable bytes
        lead = next((r.text for r in raws if r.kind == "paragraph"), "")
        if _is_identifier(stem) and lead.strip(PADDING):
            title, title_from = _first_sentence(lead.strip(PADDING)), "lead"
        else:
            title, title_from = stem, "file"

    # subheadings: a heading-like single line between paragraphs, not a caption,
    # alone or with one more under it (大会二日目結果, then 第一試合 …); three
    # or more such lines in a row are a list, a poem or a scrape cut into
    # pieces, not headings. The index of the last paragraph is found once: a
    # scan of the rest for each candidate was quadratic in articles of many
    # short lines.
    last_paragraph = max((i for i, r in enumerate(raws) if r.kind == "paragraph"), default=-1)
    short = [r.kind == "paragraph" and r.lines == 1 and _is_heading_like(r.text) for r in raws]
    # an interview's turns (記者「…」 then 山田さん「…」): a short turn beside
    # another turn is a line of the exchange, not a subheading; a heading
    # that quotes someone (山田氏「全力で」) stands among prose paragraphs
    turn = [r.kind == "paragraph" and is_turn(r.text) for r in raws]
    for idx in range(len(raws)):
        if short[idx] and turn[idx] and ((idx > 0 and turn[idx - 1]) or (idx + 1 < len(raws) and turn[idx + 1])):
            short[idx] = False
        if short[idx] and HEADLINE_QUOTE_RE.fullmatch(raws[idx].text.strip(PADDING)) and _announced(raws, idx):
            short[idx] = False
    run_start = 0
    for idx in range(len(raws) + 1):
        if idx < len(raws) and short[idx]:
            continue
        if idx - run_start <= MAX_HEADING_RUN:
            for k in range(max(run_start, 1), min(idx, last_paragraph)):
                raws[k].kind = "heading"
        run_start = idx + 1
    headings = [r for r in raws if r.kind == "heading"]
    if len(headings) == 1 and HEADLINE_QUOTE_RE.fullmatch(headings[0].text.strip(PADDING)) and not _heads_interview(raws, headings[0]):
        # a quote alone is a headline among the article's other subheadings;
        # the only one, it is more likely speech (「悔しい」 after a paragraph on who said it),
        # unless an interview starts under it (「世界で勝ちたい」⏎…望月選手に話を聞いた。)
        headings[0].kind = "paragraph"

    sections: list[Section] = []
    heading: Block | None = None
    current: list[Block] = []
    for raw in raws:
        image = raw.text.strip(PADDING) if raw.kind == "image" else None
        block = Block(raw.kind, raw.line, raw.text, raw.end_line, image, raw.starts)
        if raw.kind == "heading":
            if heading is not None or current:
                sections.append(Section(heading, tuple(current)))
            heading, current = block, []
        else:
            current.append(block)
    if heading is not None or current:
        sections.append(Section(heading, tuple(current)))
    if not sections:
        sections.append(Section(None, ()))

    article = Article(
        path=path,
        encoding=encoding,
        title=title,
        title_from=title_from,
        sections=tuple(sections),
        source=source,
        title_line=title_line,
        line_count=len(lines),
    )
    text_blocks = tuple(b for b in article.blocks() if b.is_prose)
    object.__setattr__(article, "_text_blocks", text_blocks)
    return article
