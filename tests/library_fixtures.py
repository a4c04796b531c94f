"""Small libraries written to temporary folders for the library tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: Articles by file name: each has named speakers and its own words.
ARTICLES = {
    "20240503_kaidan.txt": "外相会談の結果\n\n山田太郎外相は3日、記者会見で「協力を強化する」と述べた。\n\n佐藤花子首相は「経済を立て直す」と語った。\n\n出典: https://news.example.com/2024/05/03/kaidan\n",
    "20240601_boeki.txt": "輸出の見通し\n\n鈴木一郎経済産業相は1日、「輸出を増やす」と述べた。\n\n山田太郎外相は「国連と連携する」と強調した。\n",
    "sub/undated.txt": "地方の話題\n\nハノイで開かれた会議では、各国の代表が協力の強化について議論した。\n\n山田太郎外相は「地方の声を聞く」と述べた。\n",
}


def write_library(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    """Write ``articles`` (relative path -> text) under ``folder``."""
    for name, text in articles.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def kiji(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, **popen) -> subprocess.CompletedProcess:
    """Run ``kiji ARGS`` as a fresh process (stdin and stdout no terminal)."""
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL, env=env, cwd=cwd, **popen)


def no_raw_controls(text: str) -> bool:
    """Whether ``text`` holds no control character but newlines."""
    return not any((ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) < 0xA0 for ch in text)
