import pytest

from tools.traditional_eval import s2t_table


@pytest.mark.parametrize("variants,simplified,traditional", [
    (None, "国务院办公厅", "國務院辦公廳"),
    (None, "卫生局局长", "衛生局局長"),
    ("hk", "卫生局局长", "衞生局局長"),   # HKVariants: 衛 -> 衞
    (None, "2021年", "2021年"),
])
def test_conversion_keeps_offsets(variants, simplified, traditional):
    converted = simplified.translate(s2t_table(variants))
    assert converted == traditional
    assert len(converted) == len(simplified)
