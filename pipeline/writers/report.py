"""report.html: one static, self-contained page about a run (inline SVG charts, no scripts).

Everything shown comes from text the pages carried (source names, site names), so every label
is HTML-escaped; nothing is loaded from elsewhere.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.writers.atomic import write_text_atomic

TOP = 15
BAR_COLOR = "#3b6ea8"
ERROR_COLOR = "#b5473a"
LABEL_CHARS = 40


@dataclass(frozen=True, slots=True)
class Chart:
    """A titled bar chart: horizontal (ranked labels) or vertical (a series such as months)."""

    title: str
    bars: Sequence[tuple[str, int]]
    note: str = ""
    vertical: bool = False
    color: str = BAR_COLOR


def horizontal_svg(bars: Sequence[tuple[str, int]], color: str) -> str:
    label_width, bar_width, row = 260, 420, 22
    height = row * len(bars) + 8
    peak = max((value for _, value in bars), default=0) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + bar_width + 80}" height="{height}">']
    for i, (label, value) in enumerate(bars):
        y = 4 + i * row
        width = max(1, round(bar_width * value / peak)) if value else 0
        shown = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{html.escape(shown)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="{row - 6}" fill="{color}">'
            f"<title>{html.escape(label)}: {value}</title></rect>"
            f'<text x="{label_width + width + 6}" y="{y + 15}">{value:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


# The system's font, then the Chinese fonts of macOS, Windows and Linux (labels are often Chinese site names).
FONTS = "system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif"


def vertical_svg(bars: Sequence[tuple[str, int]], color: str) -> str:
    step = max(6, min(40, 900 // max(1, len(bars))))
    plot_height, top, bottom, left = 200, 16, 60, 50
    width = left + step * len(bars) + 60  # (room for the last label, turned down to the right)
    peak = max((value for _, value in bars), default=0) or 1
    label_every = max(1, len(bars) // 24)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + plot_height + bottom}">']
    parts.append(f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak:,}</text>')
    parts.append(f'<line x1="{left}" y1="{top + plot_height}" x2="{width}" y2="{top + plot_height}" stroke="#999"/>')
    for i, (label, value) in enumerate(bars):
        x = left + i * step
        height = round(plot_height * value / peak)
        parts.append(
            f'<rect x="{x + 1}" y="{top + plot_height - height}" width="{step - 2}" height="{height}" fill="{color}">'
            f"<title>{html.escape(label)}: {value}</title></rect>"
        )
        if i % label_every == 0:
            ty = top + plot_height + 12
            cx = x + step / 2
            parts.append(f'<text x="{cx}" y="{ty}" transform="rotate(45 {cx} {ty})">{html.escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render(title: str, facts: Sequence[tuple[str, str]], charts: Sequence[Chart]) -> str:
    """The whole page."""
    rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in facts)
    sections = []
    for chart in charts:
        if not chart.bars:
            body = "<p class=empty>nothing to show</p>"
        elif chart.vertical:
            body = vertical_svg(chart.bars, chart.color)
        else:
            body = horizontal_svg(chart.bars, chart.color)
        note = f"<p class=note>{html.escape(chart.note)}</p>" if chart.note else ""
        sections.append(f"<section><h2>{html.escape(chart.title)}</h2>{note}{body}</section>")
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title><style>"
        f"body{{font:14px/1.4 {FONTS};margin:2em;color:#222;max-width:1100px}}"
        "table{border-collapse:collapse}th,td{text-align:left;padding:2px 12px 2px 0;vertical-align:top}"
        "th{font-weight:600}section{margin:2em 0}h2{font-size:16px;margin-bottom:.3em}"
        f"svg{{font:12px {FONTS};display:block}}.note,.empty{{color:#666;margin:.2em 0}}"
        "</style></head><body>"
        f"<h1>{html.escape(title)}</h1><table>{rows}</table>{''.join(sections)}</body></html>\n"
    )


def write_report(path: Path, title: str, facts: Sequence[tuple[str, str]], charts: Sequence[Chart]) -> None:
    write_text_atomic(path, render(title, facts, charts))
