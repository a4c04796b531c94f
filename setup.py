"""The package's long description: the README, as PyPI and ``pip show`` render it.

Everything else is in pyproject.toml. A relative link in the README (the
screenshot, ``docs/screenshot.svg``) works where the source tree is beside
it, but in the package metadata it has nothing to point to, and the project
has no public address to point it at yet. So here each relative link
becomes a note naming the file, which the sdist ships (MANIFEST.in).
"""

import re
from pathlib import Path

from setuptools import setup

#: A Markdown link or image whose target has no scheme (``http:``) and is no anchor (``#…``).
RELATIVE_LINK = re.compile(r"(!?)\[([^\]]*)\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:|#)([^)\s]+)\)")


def _note(link: re.Match) -> str:
    image, text, target = link.groups()
    if image:
        return f"*[Picture: {text}. It is `{target}` in kiji's source distribution.]*"
    return f"{text} (`{target}` in kiji's source distribution)"


def long_description(readme: str) -> str:
    """The README with every relative link replaced by a note naming its file."""
    return RELATIVE_LINK.sub(_note, readme)


if __name__ == "__main__":
    setup(
        long_description=long_description(Path(__file__).with_name("README.md").read_text(encoding="utf-8")),
        long_description_content_type="text/markdown",
    )
