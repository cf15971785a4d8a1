"""Number findings: quantities (value, scale, unit) paired across the sides, unit conversions."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from bilingua.lexicon import Quantity, find_quantities
from bilingua.model import Finding, FindingKind, Severity
from bilingua.verify._side import ANCHOR_RE, Context, Side

__all__ = ["number_findings"]

_ORDINAL_RE = re.compile(r"(?<![\w.,])(\d+)(?:st|nd|rd|th)\b")
_DECADE_RE = re.compile(r"(?<![\w.,])['’]?(\d0)s\b|(?<![\w.,])(\d{3}0)s\b")
# Clock times: 15:00, 14.00, 4:40 (Ukrainian, 24-hour); 3 p.m., 4.40 am, 19:30 (English).
_UK_TIME_RE = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\w]|[.,:]\d)")
_EN_TIME_RE = re.compile(
    r"(?<![\w.,:$£€])(1[0-2]|0?\d)(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m\b\.?"
    r"|(?<![\w.,:$£€])([01]?\d|2[0-3]):([0-5]\d)(?![\w]|[.,:]\d)",
    re.IGNORECASE,
)
_DAY = 24 * 60
_CONVERSION_TOLERANCE = 0.03  # renderings round converted values
_CELSIUS_TOLERANCE = 1.0  # degrees
# Measures a translator converts: (pattern, dimension, size in the dimension's base unit, metric).
# "degree" is a temperature of either scale; "фунт"/"pound" after a currency is money, not mass.
_MEASURES: tuple[tuple[str, str, float, bool], ...] = (
    (r"mm|мм|міліметр\w*|millimet\w*", "length", 0.001, True),
    (r"cm|см|сантиметр\w*|centimet\w*", "length", 0.01, True),
    (r"km|км|кілометр\w*|kilomet\w*", "length", 1000.0, True),
    (r"m|м|метр\w*|met(?:re|er)s?", "length", 1.0, True),
    (r"inch(?:es)?|дюйм\w*", "length", 0.0254, False),
    (r"foot|feet|ft|фут\w*", "length", 0.3048, False),
    (r"yards?|yd|ярд\w*", "length", 0.9144, False),
    (r"miles?|mi|мил[яіьюе]\w*", "length", 1609.344, False),
    (r"kph|km/h|км/год", "speed", 1 / 3.6, True),
    (r"mph", "speed", 0.44704, False),
    (r"kg|кг|кілограм\w*|kilograms?", "mass", 1.0, True),
    (r"g|г|грам\w*|grams?", "mass", 0.001, True),
    (r"tonnes?|тонн?\w*", "mass", 1000.0, True),
    (r"lbs?|pounds?|фунт\w*", "mass", 0.45359, False),
    (r"oz|ounces?|унці\w*", "mass", 0.02835, False),
    (r"l|л|літр\w*|lit(?:re|er)s?", "volume", 1.0, True),
    (r"gallons?|галон\w*", "volume", 3.78541, False),
    (r"ha|га|гектар\w*|hectares?", "area", 10000.0, True),
    (r"acres?|акр\w*", "area", 4046.86, False),
    (r"°\s?C|градус\w*\s+(?:за\s+)?Цельсі\w*|degrees?\s+Celsius", "temperature", 1.0, True),
    (r"°\s?F|градус\w*\s+(?:за\s+)?Фаренгейт\w*|degrees?\s+Fahrenheit", "temperature", 1.0, False),
    (r"°|градус\w*|degrees?", "temperature", 1.0, True),
)
# A unit after a number, or after the second number of a range (5–7,6 см, 2 to 3 inches).
_MEASURE_RE = re.compile(
    r"(?:\s?(?:[–—-]|to|до|or|або|and|і|й)\s?\d[\d.,]*)?[\s\u00a0]?-?\s?(?:"
    + "|".join(f"(?P<u{k}>{pattern})" for k, (pattern, *_) in enumerate(_MEASURES))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# Between a measurement and its conversion on the same side: 40 миль (64,4 км), 6 ft / 1.8 m.
_SAME_SIDE_GAP_RE = re.compile(r"\s?[(\[/,–—-]?\s?(?:or|або|about|близько|приблизно|~)?\s?$")


def _quantities(side: Side) -> list[Quantity]:
    """Quantities of a side, with English ordinals (24th) and decades (1990s, the 80s) and
    clock times (unit ``"time"``, value in minutes), none inside a handle or URL."""
    found = find_quantities(side.text, side.lang, side.start, side.end)
    if side.lang == "en":
        extra = [
            Quantity(m.start(), m.end(), float(m.group(1)), None)
            for m in _ORDINAL_RE.finditer(side.text, side.start, side.end)
        ]
        extra += [
            Quantity(m.start(), m.end(), float(m.group(1) or m.group(2)), None)
            for m in _DECADE_RE.finditer(side.text, side.start, side.end)
        ]
        found += [q for q in extra if not _overlaps(q, found)]
    times = _times(side)
    found = [q for q in found if not _overlaps(q, times)] + times
    anchors = [(m.start(), m.end()) for m in ANCHOR_RE.finditer(side.text, side.start, side.end)]
    kept = [q for q in found if not any(a <= q.start and q.end <= b for a, b in anchors)]
    return sorted(kept, key=lambda q: q.start)


def _overlaps(quantity: Quantity, others: list[Quantity]) -> bool:
    return any(o.start < quantity.end and quantity.start < o.end for o in others)


def _times(side: Side) -> list[Quantity]:
    """Clock times as quantities in minutes after midnight; unit ``"time12"`` when the hour
    could be either half of the day (4:40 without am/pm), else ``"time"``."""
    found = []
    if side.lang == "uk":
        for m in _UK_TIME_RE.finditer(side.text, side.start, side.end):
            hours, minutes = int(m.group(1)), int(m.group(2))
            unit = "time12" if hours <= 12 else "time"
            found.append(Quantity(m.start(), m.end(), float(hours * 60 + minutes), unit))
        return found
    for m in _EN_TIME_RE.finditer(side.text, side.start, side.end):
        if m.group(1):
            hours = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
            minutes, unit = int(m.group(2) or 0), "time"
        else:
            hours, minutes = int(m.group(4)), int(m.group(5))
            unit = "time12" if hours <= 12 else "time"
        found.append(Quantity(m.start(), m.end(), float(hours * 60 + minutes), unit))
    return found


def _same_quantity(a: Quantity, b: Quantity) -> bool:
    clock_a, clock_b = (q.unit in ("time", "time12") for q in (a, b))
    if clock_a or clock_b:
        if not (clock_a and clock_b):
            clock, other = (a, b) if clock_a else (b, a)
            return other.unit is None and _as_clock(clock, other.value)
        period = _DAY // 2 if "time12" in (a.unit, b.unit) else _DAY
        return (a.value - b.value) % period == 0
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    return math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)


def _as_clock(clock: Quantity, value: float) -> bool:
    """Whether a plain number says the clock time: «о 7 вечора» ~ 7 pm (the hour, either half
    of the day), 7.30 ~ 7:30 (hours and minutes written as a decimal)."""
    if not 0 <= value < 25:
        return False  # no hour; also infinity (400 nines read as a float) and NaN
    hours = math.floor(value)
    minutes = round((value - hours) * 100)
    return minutes < 60 and (hours * 60 + minutes - clock.value) % (_DAY // 2) == 0


def _unmatched(
    source: list[Quantity], target: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Quantities left on each side once equal values are paired one to one."""
    free = list(target)
    left = []
    for quantity in source:
        match = next((other for other in free if _same_quantity(quantity, other)), None)
        if match is None:
            left.append(quantity)
        else:
            free.remove(match)
    return left, free


def _measure(side: Side, quantity: Quantity) -> tuple[int, int] | None:
    """``(index into _MEASURES, end of the unit)`` of the unit that follows a number."""
    if (quantity.unit is not None and quantity.unit != "GBP") or quantity.value <= 0:
        return None  # money, percent, a clock time ("550 pound hog" reads as GBP: retried)
    digits = side.text[quantity.start : quantity.end]
    last = max((k for k, ch in enumerate(digits) if ch.isdigit()), default=-1)
    match = _MEASURE_RE.match(side.text, quantity.start + last + 1, side.end)
    if match is None or match.lastgroup is None:
        return None
    return int(match.lastgroup[1:]), match.end()


def _unit(side: Side, quantity: Quantity) -> int | None:
    measure = _measure(side, quantity)
    return None if measure is None else measure[0]


def _converted(a: Quantity, unit_a: int | None, b: Quantity, unit_b: int | None) -> bool:
    """Whether two values are one measurement in two units (inches and cm, °F and °C…).

    With a unit on both sides, the units must measure the same thing and the values agree
    once converted; with a unit on one side only, the other value must be that value in a
    unit of the other system (metric or imperial). No unit at all: a changed count.
    """
    if unit_a is None and unit_b is None:
        return False
    if unit_a is None:
        a, unit_a, b, unit_b = b, unit_b, a, unit_a
    assert unit_a is not None
    _, dimension, size, metric = _MEASURES[unit_a]
    if dimension == "temperature":
        return _same_temperature(a.value, b.value)
    if unit_b is not None:
        other = _MEASURES[unit_b]
        return other[1] == dimension and _close(a.value * size, b.value * other[2])
    return any(
        _close(a.value * size, b.value * other_size)
        for _, other_dimension, other_size, other_metric in _MEASURES
        if other_dimension == dimension and other_metric != metric
    )


def _same_temperature(x: float, y: float) -> bool:
    celsius = ((x - 32) * 5 / 9, (y - 32) * 5 / 9)
    if abs(celsius[0] - y) <= _CELSIUS_TOLERANCE or abs(celsius[1] - x) <= _CELSIUS_TOLERANCE:
        return True
    return _close(x, y * 1.8) or _close(y, x * 1.8)  # a difference: 20 °F is 11 °C


def _close(x: float, y: float) -> bool:
    return min(x, y) > 0 and abs(max(x, y) / min(x, y) - 1) <= _CONVERSION_TOLERANCE


def _conversions(
    context: Context, left_s: list[Quantity], left_t: list[Quantity]
) -> Iterator[tuple[Quantity, Quantity]]:
    """Pairs of leftover quantities that are unit conversions; removed from both lists."""
    source, target = context.source, context.target
    units_t = {id(b): _unit(target, b) for b in left_t}
    for a in list(left_s):
        unit_a = _unit(source, a)
        b = next((o for o in left_t if _converted(a, unit_a, o, units_t[id(o)])), None)
        if b is not None:
            left_s.remove(a)
            left_t.remove(b)
            yield a, b


def _restated(side: Side, left: list[Quantity], every: list[Quantity]) -> list[Quantity]:
    """``left`` without values that convert the measurement just before them on the same side:
    a translator adds or drops such a conversion (40 миль (64,4 км) ~ 40 miles)."""
    kept = []
    for quantity in left:
        earlier = [q for q in every if q.end <= quantity.start]
        measure_q = _measure(side, quantity)
        if earlier and measure_q is not None:
            before = earlier[-1]
            measure_b = _measure(side, before)
            gap_start = measure_b[1] if measure_b else before.end
            gap = side.text[gap_start : quantity.start] if gap_start <= quantity.start else "x"
            if (
                measure_b is not None
                and _SAME_SIDE_GAP_RE.match(gap)
                and _converted(before, measure_b[0], quantity, measure_q[0])
            ):
                continue
        kept.append(quantity)
    return kept


def _has_digit(side: Side, quantity: Quantity) -> bool:
    # "one", "п’ять" help matching but never fire alone: "one of them" is not a count.
    return any(ch.isdigit() for ch in side.text[quantity.start : quantity.end])


def number_findings(context: Context) -> Iterator[Finding]:
    """Numbers that differ between the sides, or stand on one side only."""
    source, target = context.source, context.target
    every_s, every_t = _quantities(source), _quantities(target)
    left_s, left_t = _unmatched(every_s, every_t)
    left_s = [q for q in left_s if _has_digit(source, q)]
    left_t = [q for q in left_t if _has_digit(target, q)]
    conversions = list(_conversions(context, left_s, left_t))
    left_s, left_t = _restated(source, left_s, every_s), _restated(target, left_t, every_t)
    for a, b in conversions:
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.INFO,
            message=f"{source.text[a.start : a.end]} in the source and "
            f"{target.text[b.start : b.end]} in the rendering: a unit conversion?",
            source=source.span(a.start, a.end),
            target=target.span(b.start, b.end),
        )
    for a, b in zip(left_s, left_t, strict=False):
        s_text, t_text = source.text[a.start : a.end], target.text[b.start : b.end]
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.ERROR,
            message=f"the source says {s_text} ({_describe(a)}), the rendering {t_text} "
            f"({_describe(b)})",
            source=source.span(a.start, a.end),
            target=target.span(b.start, b.end),
        )
    for a in left_s[len(left_t) :]:
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.WARNING,
            message=f"the number {source.text[a.start : a.end]} is not in the rendering",
            source=source.span(a.start, a.end),
        )
    for b in left_t[len(left_s) :]:
        yield Finding(
            kind=FindingKind.NUMBER,
            severity=Severity.WARNING,
            message=f"the rendering adds the number {target.text[b.start : b.end]}",
            target=target.span(b.start, b.end),
        )


def _describe(quantity: Quantity) -> str:
    number = quantity.value
    if quantity.unit in ("time", "time12"):
        return f"{int(number) // 60}:{int(number) % 60:02d}"
    if number.is_integer() and abs(number) < 1e15:
        value = f"{int(number):,}"
    else:
        value = f"{number:,.4f}".rstrip("0").rstrip(".")
    return f"{value} {quantity.unit}" if quantity.unit else value
