"""Hostile and broken input files, built by code (nothing big is stored in the repo).

Each maker writes one case into a folder and returns what the run must make of it: a record, or
an errors row of a given kind, per doc_id. ``build_folder`` puts them all side by side, the way a
real crawl folder mixes good and broken files.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from tests.builders import gzip_bytes, jsonl_lines, warc_file, warc_record

ZH = "据介绍，下一步我市还将探索引入社会资本参与改造，建立长效管理机制，让老旧小区旧貌换新颜。"
ZH_TW = "據介紹，下一步本市還將探索引入社會資本參與改造，建立長效管理機制，讓老舊社區舊貌換新顏。"
LATIN = "Le café crème de l'été coûte désormais deux euros à la buvette du château."
SECRET = "TOP-SECRET-7f3a9c-never-read-me"
"""Text of files outside the input folder: it must never appear in any output."""
BOMB_UNIT = "lol"
"""The billion-laughs entity text: expanded, it would appear as BOMB_UNIT * 10 and more."""
PAGE_LIMIT_BYTES = 64 * 2**20


@dataclass
class Expected:
    """What a run must make of the folder: doc_id -> "record" or the errors row's kind."""

    outcomes: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> a passage its text must hold
    encodings: dict[str, str] = field(default_factory=dict)  # doc_id -> the codec it must be read with
    skipped: dict[str, int] = field(default_factory=dict)  # container records counted, not pages

    def record(self, doc_id: str, text: str | None = None, encoding: str | None = None) -> None:
        self.outcomes[doc_id] = "record"
        if text:
            self.texts[doc_id] = text
        if encoding:
            self.encodings[doc_id] = encoding

    def error(self, doc_id: str, kind: str) -> None:
        self.outcomes[doc_id] = kind


def article(body: str, *, title: str = "测试标题", head: str = "", paragraphs: int = 4, prolog: str = "") -> str:
    """A small news page: the body text repeated over a few paragraphs, with a nav and a footer."""
    paras = "".join(f"<p>{body}</p>\n" for _ in range(paragraphs))
    return (
        f"{prolog}<html><head>{head}<title>{title}</title></head><body>\n"
        '<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>\n'
        f'<div class="article"><h1>{title}</h1>\n{paras}</div>\n'
        '<div class="footer">Copyright 2024</div>\n</body></html>\n'
    )


def entity_bomb() -> str:
    """Billion laughs in XHTML: nine levels of ten references each (10^9 copies once expanded)."""
    levels = [f'<!ENTITY lol0 "{BOMB_UNIT}">']
    for level in range(1, 10):
        levels.append(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">')
    subset = "\n ".join(levels)
    return article(
        "Laughs: &lol9; and the real text of this page, which is long enough to be the main text.",
        title="Bomb &lol9;",
        prolog=f'<?xml version="1.0"?>\n<!DOCTYPE html [\n {subset}\n]>\n',
    ).replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1)


def external_entities(secret_path: Path, url: str) -> str:
    """XXE in XHTML: entities naming /etc/passwd, a secret file and a URL, and a remote DTD."""
    subset = (
        '<!ENTITY passwd SYSTEM "file:///etc/passwd">\n'
        f' <!ENTITY secret SYSTEM "{secret_path.as_uri()}">\n'
        f' <!ENTITY remote SYSTEM "{url}/entity">\n'
        f' <!ENTITY % dtd SYSTEM "{url}/dtd"> %dtd;'
    )
    page = article(
        "Passwd: &passwd; secret: &secret; remote: &remote; and the real text of this page follows here.",
        title="XXE &passwd;",
        prolog=f'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//x" "{url}/public.dtd" [\n {subset}\n]>\n',
        head=f'<link rel="stylesheet" href="{url}/style.css"><script src="{url}/app.js"></script>',
    )
    return page.replace("<html>", f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:x="{url}/ns">', 1)


def gzip_bomb(size: int) -> bytes:
    """A small .gz expanding to ``size`` bytes of one letter (streamed: never held in memory)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"A" * (1 << 20)
    parts = [compressor.compress(b"<html><body><p>")]
    parts += [compressor.compress(chunk) for _ in range(size // len(chunk) + 1)]
    parts.append(compressor.flush())
    return b"".join(parts)


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.html", article(ZH))
    return buffer.getvalue()


def deep_nesting(depth: int) -> str:
    return f"<html><head><title>深</title></head><body>{'<div>' * depth}<p>{ZH}</p>{'</div>' * depth}</body></html>"


def warc_with_cut(pages: int = 2) -> bytes:
    records = [warc_record(f"http://cut.example/{i}", article(f"{ZH} 第{i}页").encode()) for i in range(pages)]
    data = warc_file(records, compress=True)
    return data[: len(data) - 120]


def mixed_warc() -> bytes:
    html = article(ZH).encode()
    return warc_file(
        [
            warc_record("http://w.example/", b"GET / HTTP/1.1\r\nHost: w.example\r\n\r\n", record_type="request"),
            warc_record("http://w.example/", html),
            warc_record("http://w.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
            warc_record("http://w.example/data.json", b'{"a": 1}', content_type="application/json"),
            warc_record("http://w.example/", b"", record_type="revisit"),
            warc_record("http://w.example/about", b'{"x": 1}', content_type="text/plain", record_type="metadata"),
        ],
        compress=True,
    )


def corrupt_middle_warc() -> bytes:
    """Three gzip members; the middle one's deflate data is overwritten with garbage."""
    members = [
        warc_file([warc_record(f"http://c.example/{i}", article(f"{ZH} 第{i}篇").encode())], compress=True)
        for i in range(3)
    ]
    middle = bytearray(members[1])
    middle[20:-10] = bytes((b * 7 + 3) % 256 for b in middle[20:-10])
    return members[0] + bytes(middle) + members[2]


def symlink(link: Path, target: Path) -> bool:
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError):
        return False
    return True


def build_folder(root: Path, outside: Path, *, network_url: str = "http://127.0.0.1:9") -> Expected:
    """Every hostile case of the issue in one input folder (and a secret folder beside it)."""
    root.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "secret.html"
    secret.write_text(article(SECRET), encoding="utf-8")
    expect = Expected()

    def put(name: str, data: bytes) -> None:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)

    put("empty.html", b"")
    expect.error("empty.html", "EmptyFile")
    put("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    expect.error("image.html", "BinaryFile")
    put("document.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(300))
    expect.error("document.html", "BinaryFile")
    put("archive.html", zip_bytes())
    expect.error("archive.html", "BinaryFile")

    whole = gzip_bytes(article(ZH, paragraphs=40).encode())
    put("cut.html.gz", whole[: len(whole) // 2])
    expect.error("cut.html.gz", "TruncatedGzip")
    put("plain.html.gz", article(f"{ZH} 没有压缩").encode())
    expect.record("plain.html.gz", "没有压缩")
    put("twice.html.gz", gzip_bytes(gzip_bytes(article(ZH).encode())))
    expect.error("twice.html.gz", "BinaryFile")
    put("garbage-after.html.gz", gzip_bytes(article(f"{ZH} 尾部垃圾").encode()) + b"this is not gzip")
    expect.record("garbage-after.html.gz", "尾部垃圾")
    put("bomb.html.gz", gzip_bomb(PAGE_LIMIT_BYTES + 2**20))
    expect.error("bomb.html.gz", "TooLarge")

    put("cut.warc.gz", warc_with_cut())
    expect.record("cut.warc.gz#1", "第0页")
    expect.error("cut.warc.gz#2", "TruncatedWarc")
    put("mixed.warc.gz", mixed_warc())
    expect.record("mixed.warc.gz#1", ZH)
    expect.skipped.update({"warc-request": 1, "warc-revisit": 1, "warc-non-html": 2, "warc-metadata": 1})
    put("corrupt.warc.gz", corrupt_middle_warc())
    expect.record("corrupt.warc.gz#1", "第0篇")
    expect.error("corrupt.warc.gz#2", "BadWarc")
    expect.record("corrupt.warc.gz#3", "第2篇")

    put("deep.html", deep_nesting(60_000).encode())
    expect.record("deep.html", ZH)
    put("controls.html", article(f"开头\x00NUL\x01\x02\x07\x08\x0b\x0c\x1b\x7f结尾，{ZH}").encode())
    expect.record("controls.html", "开头NUL结尾")
    put("gbk-declares-utf8.html", article(ZH, head='<meta charset="utf-8">').encode("gbk"))
    expect.record("gbk-declares-utf8.html", ZH, "gb18030")
    put("utf16-bom.html", article(ZH).encode("utf-16"))
    expect.record("utf16-bom.html", ZH, "utf-16")
    put("utf16le-no-bom.html", article(ZH).encode("utf-16-le"))
    expect.record("utf16le-no-bom.html", ZH, "utf-16")
    put("utf16be-no-bom.html", article(ZH).encode("utf-16-be"))
    expect.record("utf16be-no-bom.html", ZH, "utf-16")
    put("big5.html", article(ZH_TW, title="測試標題").encode("big5"))
    expect.record("big5.html", ZH_TW, "big5hkscs")
    put("latin1.html", article(LATIN, title="Été").encode("latin-1"))
    expect.record("latin1.html", LATIN, "cp1252")

    put("bomb.xhtml", entity_bomb().encode())
    expect.record("bomb.xhtml", "the real text of this page")
    put("xxe.xhtml", external_entities(secret, network_url).encode())
    expect.record("xxe.xhtml", "the real text of this page follows here")

    put("name with spaces 中文 名字.html", article(f"{ZH} 空格文件名").encode())
    expect.record("name with spaces 中文 名字.html", "空格文件名")
    gbk_name = b"gbk-" + "测试".encode("gbk") + b".html"
    try:
        (root / os.fsdecode(gbk_name)).write_bytes(article(f"{ZH} 非UTF8文件名").encode())
    except (OSError, UnicodeError):
        pass  # a file system that only takes Unicode names
    else:
        expect.record("gbk-\\xb2\\xe2\\xca\\xd4.html", "非UTF8文件名")
    put("x.html/inner.html", article(f"{ZH} 目录里的页").encode())
    expect.record("x.html/inner.html", "目录里的页")

    lines = [
        {"url": "http://j.example/1", "html": article(f"{ZH} 第一行")},
        '{"url": "http://j.example/2", "html": "<p>unterminated',
        # JSON escapes for a NUL and a lone surrogate: legal JSON, but no UTF-8 output can hold them
        '{"url": "http://j.example/3\\u0000\\ud800", "text": "标题\\n' + ZH + ' 第三行 \\ud800 孤立代理"}',
        "[" * 100_000,
    ]
    put("broken.jsonl", jsonl_lines(lines))
    expect.record("broken.jsonl#1", "第一行")
    expect.error("broken.jsonl#2", "BadJSON")
    expect.record("broken.jsonl#3", "孤立代理")
    expect.error("broken.jsonl#4", "BadJSON")

    if symlink(root / "outside-link.html", secret):
        expect.error("outside-link.html", "OutsideInput")
    if symlink(root / "outside-dir", outside):
        expect.skipped["symlinked-folders"] = 1
    if symlink(root / "loop-a", root / "loop-b") and symlink(root / "loop-b", root / "loop-a"):
        expect.error("loop-a", "BrokenSymlink")
        expect.error("loop-b", "BrokenSymlink")
    if symlink(root / "dangling.html", root / "no-such-file.html"):
        expect.error("dangling.html", "BrokenSymlink")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.html")
        expect.error("pipe.html", "NotRegularFile")
        if symlink(root / "link-to-pipe.html", root / "pipe.html"):
            expect.error("link-to-pipe.html", "NotRegularFile")
    if symlink(root / "inside-link.html", root / "latin1.html"):
        expect.record("inside-link.html", LATIN, "cp1252")
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root reads whatever the permissions say
        put("unreadable.html", article(ZH).encode())
        (root / "unreadable.html").chmod(0)
        expect.error("unreadable.html", "Unreadable")
    return expect
