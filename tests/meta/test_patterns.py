"""is_metadata_line: the stripping stages drop these lines from the main text."""

from __future__ import annotations

import pytest

from pipeline.meta.patterns import is_metadata_line


@pytest.mark.parametrize(
    "line",
    [
        "发布日期:2021年02月20日 来源:联谊报   作者:徐文燕 叶瑞胜   字号:[][][]",
        "来源：新华网",
        "2024-05-12 17:19",
        "（责编：郝帅、杨迪）",
        "责任编辑：张毅",
        "时间：2004年10月21日14:18",
    ],
)
def test_metadata_lines(line):
    assert is_metadata_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "据联谊报 在极不平凡的2020年,丽水市政协深入贯彻落实中央、省委和市委政协工作会议精神。",
        "记者：首先欢迎你来到新华网接受我们的采访，既然你是农机行业的专家，想必对农业也非常熟悉了？",
        "这些数据的来源：国家统计局发布的年度报告，涵盖了全国所有省份的情况。",
        "凝心聚力 砥砺前行",
        "",
    ],
)
def test_text_lines_are_not_metadata(line):
    assert not is_metadata_line(line)
