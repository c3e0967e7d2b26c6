"""The sentence a worker reads out: status, income against its line, and what the household lacks.

Wording is generic (it names whatever lines and indicators the standard has) and exists in each
UI language; numbers are grouped the way each language writes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from app.survey.scoring.household import FLIP, OPS, Facts, Scorer
from app.survey.scoring.model import INSUFFICIENT_DATA, Condition, pick

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "income": "income {money} per person per {period}",
        "month": "month",
        "year": "year",
        "<": "below",
        "<=": "at or below",
        ">": "above",
        ">=": "at or above",
        "=": "equal to",
        "!=": "not equal to",
        "line": "the {line} of {amount}",
        "compare": "{income} is {relations}",
        "lacks": "the household lacks {n} of {total} indicators",
        "lacks_none": "the household lacks none of the {total} indicators",
        "points": "{points} deprivation points",
        "score": "deprivation score {percent}",
        "missing": "no answer for {names}",
        "no_income": "income is not known",
        "no_line": "there is no income line for this household's area",
        "and": "and",
        "insufficient": "Not enough data",
    },
    "ms": {
        "income": "pendapatan per kapita {money} {period}",
        "month": "sebulan",
        "year": "setahun",
        "<": "di bawah",
        "<=": "sama dengan atau di bawah",
        ">": "di atas",
        ">=": "sama dengan atau di atas",
        "=": "sama dengan",
        "!=": "tidak sama dengan",
        "line": "{line} sebanyak {amount}",
        "compare": "{income} {relations}",
        "lacks": "isi rumah kekurangan {n} daripada {total} penunjuk",
        "lacks_none": "isi rumah tidak kekurangan satu pun daripada {total} penunjuk",
        "points": "{points} mata kekurangan",
        "score": "skor kekurangan {percent}",
        "missing": "tiada jawapan untuk {names}",
        "no_income": "pendapatan tidak diketahui",
        "no_line": "tiada garis pendapatan untuk kawasan isi rumah ini",
        "and": "dan",
        "insufficient": "Data tidak mencukupi",
    },
    "vi": {
        "income": "thu nhập bình quân đầu người {money} mỗi {period}",
        "month": "tháng",
        "year": "năm",
        "<": "dưới",
        "<=": "bằng hoặc dưới",
        ">": "trên",
        ">=": "bằng hoặc trên",
        "=": "bằng",
        "!=": "khác",
        "line": "{line} {amount}",
        "compare": "{income} {relations}",
        "lacks": "hộ thiếu hụt {n} trên {total} chỉ số",
        "lacks_none": "hộ không thiếu hụt chỉ số nào trong {total} chỉ số",
        "points": "{points} điểm thiếu hụt",
        "score": "điểm thiếu hụt {percent}",
        "missing": "chưa có câu trả lời cho {names}",
        "no_income": "chưa biết thu nhập",
        "no_line": "không có chuẩn thu nhập cho địa bàn của hộ",
        "and": "và",
        "insufficient": "Chưa đủ dữ liệu",
    },
    "fa": {
        "income": "درآمد سرانه {money} در {period}",
        "month": "ماه",
        "year": "سال",
        "<": "کمتر از",
        "<=": "برابر یا کمتر از",
        ">": "بیشتر از",
        ">=": "برابر یا بیشتر از",
        "=": "برابر با",
        "!=": "نابرابر با",
        "line": "{line} به مبلغ {amount}",
        "compare": "{income} {relations} است",
        "lacks": "خانوار در {n} شاخص از {total} شاخص محرومیت دارد",
        "lacks_none": "خانوار در هیچ‌یک از {total} شاخص محرومیت ندارد",
        "points": "{points} امتیاز محرومیت",
        "score": "نمره محرومیت {percent}",
        "missing": "بدون پاسخ برای {names}",
        "no_income": "درآمد معلوم نیست",
        "no_line": "برای منطقه این خانوار خط درآمدی تعریف نشده است",
        "and": "و",
        "insufficient": "داده کافی نیست",
    },
}
# Currencies as a Persian reader names them; the other languages write the code ("RM", "VND").
_CURRENCY_NAMES = {"fa": {"RM": "رینگیت", "VND": "دانگ", "USD": "دلار", "IRR": "ریال"}}
_NEGATE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "="}
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def text(lang: str) -> dict[str, str]:
    """The phrase table of a language (English when the language has none)."""
    return _TEXT.get(lang, _TEXT["en"])


def format_number(value: Fraction | int | float, lang: str, decimals: int | None = None) -> str:
    """Group thousands as the language writes them; whole amounts get no decimals."""
    number = Fraction(value) if not isinstance(value, Fraction) else value
    if decimals is None:
        decimals = 0 if number.denominator == 1 else 2
    rendered = f"{float(number):,.{decimals}f}"
    if lang == "vi":
        rendered = rendered.replace(",", "\0").replace(".", ",").replace("\0", ".")
    elif lang == "fa":
        rendered = rendered.replace(",", "\u066c").replace(".", "\u066b")
        rendered = rendered.translate(_PERSIAN_DIGITS)
    return rendered


def format_percent(value: Fraction, lang: str) -> str:
    return format_number(value * 100, lang, decimals=1) + ("\u066a" if lang == "fa" else "%")


def join(items: list[str], lang: str, *, strong: bool = False) -> str:
    """A list as the language writes it (Persian uses its own comma, and its own semicolon for
    the `strong` break between clauses)."""
    if strong:
        return ("\u061b " if lang == "fa" else "; ").join(items)
    return ("\u060c " if lang == "fa" else ", ").join(items)


def currency_name(code: str, lang: str) -> str:
    """The currency as the language names it: "ریال" in Persian, the code elsewhere."""
    return _CURRENCY_NAMES.get(lang, {}).get(code, code)


def money(amount: Fraction | int | float, code: str, lang: str) -> str:
    """An amount with its currency as the language writes it: "RM 575" (Malaysia writes the
    ringgit first), "1.500.000 VND", "۵۷۵ رینگیت"."""
    number = format_number(amount, lang)
    name = currency_name(code, lang)
    if not name:
        return number
    return f"{name} {number}" if name == "RM" else f"{number} {name}"


def _place(value: str, names: Mapping[str, Mapping[str, str]], lang: str) -> str:
    """A region's name in `lang`; a bare code keeps its own direction inside Persian text."""
    if value in names:
        return pick(names[value], lang)
    return f"\u2068{value.replace('_', ' ')}\u2069" if lang == "fa" else value.replace("_", " ")


def _income_conditions(scorer: Scorer, facts: Facts) -> list[tuple[str, str]]:
    """(operator, line id) pairs that explain the status, read as `income op line`."""
    std = scorer.standard
    pairs: list[tuple[str, str]] = []
    conditions: list[Condition]
    if facts.rule_index is not None:
        conditions = list(std.rules[facts.rule_index].conditions)
        negate = False
    else:
        # Default status: every rule failed, so say where income stands against the highest line.
        conditions = []
        best: tuple[Fraction, Condition] | None = None
        for rule in std.rules:
            for cond in rule.conditions:
                line = cond.right if cond.left == "income" else cond.left
                if "income" not in (cond.left, cond.right) or not isinstance(line, str):
                    continue
                cell = facts.line_cells.get(line)
                if cell is not None and (best is None or cell.amount > best[0]):
                    best = (cell.amount, cond)
        if best is not None:
            conditions = [best[1]]
        negate = True
    for cond in conditions:
        if cond.left == "income" and isinstance(cond.right, str) and cond.right in facts.line_cells:
            op, line = cond.op, cond.right
        elif (
            cond.right == "income" and isinstance(cond.left, str) and cond.left in facts.line_cells
        ):
            op, line = FLIP[cond.op], cond.left
        else:
            continue
        if negate and facts.income is not None and facts.line_cells[line] is not None:
            cell = facts.line_cells[line]
            assert cell is not None
            # Say what is true of this household, not merely that the rule failed.
            op = _NEGATE[op] if not OPS[op](facts.income, cell.amount) else op
        pairs.append((op, line))
    return pairs


def explain(scorer: Scorer, facts: Facts, label: str, lang: str) -> str:
    """A short sentence: the label, then the reasons in the words of `lang`."""
    std = scorer.standard
    t = text(lang)
    parts: list[str] = []
    if std.income is not None and std.lines:
        pairs = _income_conditions(scorer, facts)
        if facts.income is None:
            parts.append(t["no_income"])
        elif pairs and all(facts.line_cells[line] is not None for _, line in pairs):
            income = t["income"].format(
                money=money(facts.income, std.currency or "", lang),
                period=t[std.income.line_period],
            )
            relations = []
            for op, line_id in pairs:
                cell = facts.line_cells[line_id]
                assert cell is not None
                line_name = pick(std.line(line_id).names, lang)
                if cell.region:
                    words = std.income.region_names
                    where = join([_place(v, words, lang) for v in cell.region.values()], lang)
                    line_name += f" ({where})"
                relations.append(
                    f"{t[op]} "
                    + t["line"].format(line=line_name, amount=format_number(cell.amount, lang))
                )
            parts.append(
                t["compare"].format(income=income, relations=f" {t['and']} ".join(relations))
            )
        elif any(cell is None for cell in facts.line_cells.values()):
            parts.append(t["no_line"])
    if std.indicators:
        total = len(std.indicators)
        deprived = [ind for ind in std.indicators if facts.deprived.get(ind.id)]
        if deprived:
            names = join([pick(ind.names, lang) for ind in deprived], lang)
            lack = t["lacks"].format(
                n=format_number(len(deprived), lang), total=format_number(total, lang)
            )
            lack += ": " + names
        else:
            lack = t["lacks_none"].format(total=format_number(total, lang))
        if std.scoring == "points":
            lack += f" ({t['points'].format(points=format_number(facts.score, lang))})"
        else:
            lack += f" ({t['score'].format(percent=format_percent(facts.score, lang))})"
        parts.append(lack)
        missing = [ind for ind in std.indicators if facts.deprived.get(ind.id) is None]
        if missing:
            parts.append(
                t["missing"].format(names=join([pick(i.names, lang) for i in missing], lang))
            )
    # Persian joins two clauses with a bare "و"; a comma before it reads as a foreign habit.
    joiner = f" {t['and']} " if lang == "fa" else f", {t['and']} "
    sentence = joiner.join(parts[:2])
    if len(parts) > 2:
        sentence = join([sentence, *parts[2:]], lang, strong=True)
    if facts.status == INSUFFICIENT_DATA and not label:
        label = t["insufficient"]
    return f"{label}: {sentence}" if sentence else label
