"""The ODK XForms function table's functions that reach past the answers, the path forms the
spec allows, and the divergences from it that were settled.

Section names are those of the ODK XForms specification (getodk.github.io/xforms-spec):
"XPath Functions" (its function table, by function), "XPath Paths", "XPath Axes" and
"Secondary Instances". Expected values are worked out in each docstring or comment.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from app.survey.xpath import AnswerContext, ExpressionError, NodeSet, compile_expression
from app.survey.xpath.documents import Document, from_csv, from_geojson, from_xml
from app.survey.xpath.geo import EARTH_RADIUS
from app.survey.xpath.odk import shuffle

CITIES = "name,label,country,population\nkl,Kuala Lumpur,my,1800000\nhn,Ha Noi,vn,8000000\n"
CITIES += "hcm,Ho Chi Minh City,vn,9000000\n"


class WithInstances(AnswerContext):
    """An answer-dict context that also offers secondary instances and a fixed seed."""

    documents: dict[str, Document] = {}
    seed: int | None = 7

    def instance(self, instance_id: str) -> Document | None:
        return self.documents.get(instance_id)

    def random_seed(self) -> int | None:
        return self.seed


WithInstances.documents = {"cities": from_csv("cities", CITIES)}


def ev(text: str, answers: dict[str, Any] | None = None) -> Any:
    return compile_expression(text).evaluate(WithInstances(answers or {}))


def fails(text: str, answers: dict[str, Any] | None = None) -> str:
    with pytest.raises(ExpressionError) as caught:
        ev(text, answers)
    return str(caught.value)


# ---- instance() and current() -------------------------------------------------------------


def test_instance_reads_root_item_of_a_secondary_instance() -> None:
    """instance('id')/root/item selects the rows of an attached CSV, one element per column
    (XPath Functions: instance; Secondary Instances: CSV), filtered by a predicate."""
    assert ev("count(instance('cities')/root/item)") == 3.0
    assert ev("instance('cities')/root/item[name = 'hn']/label") == "Ha Noi"
    assert ev("count(instance('cities')/root/item[country = 'vn'])") == 2.0
    assert ev("sum(instance('cities')/root/item[country = 'vn']/population)") == 17_000_000.0


def test_predicates_of_instance_paths_read_the_primary_instance() -> None:
    """${name} and /data/... inside a predicate of instance() still read the answers: the spec
    says instance() does not switch the document root for predicates (XPath Functions)."""
    answers = {"country": "vn"}
    assert ev("count(instance('cities')/root/item[country = ${country}])", answers) == 2.0
    assert ev("count(instance('cities')/root/item[country = /data/country])", answers) == 2.0


def test_current_inside_a_predicate_is_the_evaluated_node() -> None:
    """current() is the node the expression is evaluated for, also inside a predicate, where
    '.' is the item being tested (XPath Functions: current, as in XForms 1.1)."""
    ctx = WithInstances({"country": "my", "members": [{"age": 4}, {"age": 40}]})
    expr = compile_expression("instance('cities')/root/item[country = current()/country]/name")
    assert expr.evaluate(ctx) == "kl"
    # current() at the top level is the context node itself (here the root).
    assert compile_expression("count(current()/members)").evaluate(ctx) == 2.0
    assert (
        compile_expression("count(${members}[age > count(current()/members)])").evaluate(ctx) == 2.0
    )


def test_instance_that_does_not_exist_is_an_error_naming_instance() -> None:
    """An unknown instance id is an ExpressionError from instance() (JavaRosa refuses it)."""
    assert fails("instance('towns')/root/item").startswith("instance() was given 'towns'")


def test_xml_and_geojson_files_as_secondary_instances() -> None:
    """An XML file keeps its own elements; a GeoJSON FeatureCollection gives one item per
    feature with geometry as 'lat lon 0 0' and each property as a child (Secondary Instances)."""
    xml = from_xml("towns", "<root><item><name>a</name><size>3</size></item></root>")
    assert xml.items()[0].children("size")[0].value() == "3"
    geo = from_geojson(
        "wells",
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "w1", '
        '"geometry": {"type": "Point", "coordinates": [101.5, 3.25]}, '
        '"properties": {"depth": 12, "kind": "dug"}}]}',
    )
    item = geo.items()[0]
    assert [c.name for c in item.child_nodes()] == ["geometry", "id", "depth", "kind"]
    assert item.children("geometry")[0].value() == "3.25 101.5 0 0"  # lat first, as ODK
    assert item.children("depth")[0].value() == "12"
    with pytest.raises(ExpressionError, match="not well-formed XML"):
        from_xml("bad", "<root>")


# ---- pulldata() ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pulldata('cities', 'label', 'name', 'hcm')", "Ho Chi Minh City"),
        # the first row that matches, as instance(id)/root/item[country='vn']/label gives first
        ("pulldata('cities', 'label', 'country', 'vn')", "Ha Noi"),
        ("pulldata('cities', 'label', 'name', 'nowhere')", ""),
        ("pulldata('cities', 'altitude', 'name', 'kl')", ""),
        ("pulldata('cities', 'population', 'name', ${town}) * 2", 3_600_000.0),
    ],
)
def test_pulldata_is_the_spec_shortcut(text: str, expected: Any) -> None:
    """pulldata(id, wanted, column, query) is instance(id)/root/item[column=query]/wanted:
    the first match's value, '' when nothing matches (XPath Functions: pulldata)."""
    assert ev(text, {"town": "kl"}) == expected


def test_pulldata_of_a_missing_file_names_pulldata() -> None:
    """pulldata() of an instance that does not exist fails naming pulldata() and the file."""
    message = fails("pulldata('prices', 'a', 'b', 'c')")
    assert message.startswith("pulldata() was given 'prices'") and "prices.csv" in message


# ---- randomize() --------------------------------------------------------------------------------


def test_randomize_with_a_seed_follows_park_miller_and_inside_out_fisher_yates() -> None:
    """randomize(nodes, 42) on A..E gives A E C B D (XPath Functions: randomize).

    Park-Miller from 42: states 705894, 1126542223, 1579310009, 565444343, 807934826;
    r = (state - 1) / (2^31 - 2) = 0.000329, 0.5246, 0.7354, 0.2633, 0.3762; inside-out
    Fisher-Yates puts item i at j = floor(r * (i + 1)) = 0, 1, 2, 1, 1 and moves the item at j
    to i: [A] [A B] [A B C] [A D C B] [A E C B D].
    """
    answers = {"letters": [{"v": v} for v in "ABCDE"]}
    assert ev("join(' ', randomize(${letters}, 42)/v)", answers) == "A E C B D"
    assert ev("join(' ', randomize(${letters}, 42.9)/v)", answers) == "A E C B D"  # (long) cast


def test_randomize_without_a_seed_uses_the_contexts_seed_so_it_is_stable() -> None:
    """Without a seed the shuffle uses the context's interview seed (7 here), so the same
    interview sees the same order each time it is evaluated."""
    answers = {"letters": [{"v": v} for v in "ABCDEFGH"]}
    first = ev("join(' ', randomize(${letters})/v)", answers)
    assert first == ev("join(' ', randomize(${letters}, 7)/v)", answers)
    assert first == ev("join(' ', randomize(${letters})/v)", answers)
    assert sorted(first.split()) == list("ABCDEFGH")


def test_shuffle_of_zero_or_negative_seed_moves_it_into_range() -> None:
    """A seed of 0 or below is moved up by 2^31 - 2, as JavaRosa's ParkMiller does."""
    nodes = [from_csv("x", "a\n1\n").items()[0]] * 1
    assert shuffle(list(nodes), 0) == nodes
    assert shuffle(list("abc"), 0) == shuffle(list("abc"), 2**31 - 2)  # type: ignore[arg-type]


def test_randomize_of_a_plain_value_is_an_error() -> None:
    """randomize() needs a node-set: a number is refused when the expression is read."""
    with pytest.raises(ExpressionError, match=r"^randomize\(\) at character 1 needs a node-set"):
        compile_expression("randomize(3, 4)")


# ---- digest(), base64-decode(), jr:itext() ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # FIPS 180-2's test vector for "abc"
        (
            "digest('abc', 'SHA-256', 'hex')",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ),
        ("digest('abc', 'SHA-1', 'hex')", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        # RFC 1321's MD5("abc") = 900150983cd24fb0d6963f7d28e17f72, base64 by default
        ("digest('abc', 'MD5')", "kAFQmDzST7DWlj99KOF/cg=="),
        ("digest('', 'MD5', 'hex')", "d41d8cd98f00b204e9800998ecf8427e"),
        ("base64-decode('aGVsbG8=')", "hello"),
        ("base64-decode('w6k=')", "\u00e9"),  # the UTF-8 bytes C3 A9
        ("base64-decode('not base64!')", ""),
        ("base64-decode('')", ""),
    ],
)
def test_digest_and_base64_decode(text: str, expected: str) -> None:
    """digest() hashes the UTF-8 text (XForms 1.1, base64 unless 'hex'); base64-decode() reads
    base64 as UTF-8 text, '' for text that is not base64 (XPath Functions)."""
    assert ev(text) == expected


def test_digest_refuses_an_unknown_algorithm_naming_digest() -> None:
    """An algorithm outside MD5/SHA-1/SHA-256/SHA-384/SHA-512 is an error from digest()."""
    with pytest.raises(ExpressionError, match=r"^digest\(\) at character 1 does not know"):
        compile_expression("digest('abc', 'SHA-3')")
    message = fails("digest('abc', ${alg})", {"alg": "CRC32"})
    assert message.startswith("digest() does not know the algorithm 'CRC32'")


def test_itext_asks_the_context() -> None:
    """jr:itext(id) is the context's text for id; '' from a context that has none."""
    assert compile_expression("jr:itext('/data/q:label')").evaluate(AnswerContext({})) == ""


# ---- area() and distance() ----------------------------------------------------------------------


def test_distance_along_the_equator_is_the_arc_length() -> None:
    """distance() of two points one degree apart on the Equator is R * pi / 180 with R the
    equatorial radius 6,378,137 m (XPath Functions: distance; great-circle method)."""
    expected = EARTH_RADIUS * math.pi / 180  # 111319.49 m
    assert ev("distance('0 0; 0 1')") == pytest.approx(expected, rel=1e-12)
    assert ev("distance('0 0 10 5;0 1 99 5;0 2')") == pytest.approx(2 * expected, rel=1e-12)
    assert ev("distance(${p})", {"p": ""}) == 0.0
    assert ev("distance('0 0', '0 1')") == pytest.approx(expected, rel=1e-12)  # one per point


def test_distance_of_a_node_set_of_geopoints() -> None:
    """distance() of a node-set adds the legs between its geopoints in order."""
    answers = {"stops": [{"at": "0 0"}, {"at": "1 0"}, {"at": "1 1"}]}
    leg_north = EARTH_RADIUS * math.pi / 180
    # the last leg runs along latitude 1 degree: haversine gives 2R asin(cos(1deg) sin(0.5deg))
    leg_east = 2 * EARTH_RADIUS * math.asin(math.cos(math.pi / 180) * math.sin(math.pi / 360))
    assert ev("distance(${stops}/at)", answers) == pytest.approx(leg_north + leg_east, rel=1e-12)


def test_area_of_a_one_degree_cell_is_the_spherical_zone_area() -> None:
    """area() of the cell 0..1 degree N by 0..1 degree E is R^2 * (pi/180) * sin(1 degree),
    the exact area of that cell on the sphere, which the Chamberlain-Duquette sum gives
    (XPath Functions: area); a closed geoshape and the open ring give the same."""
    expected = EARTH_RADIUS**2 * (math.pi / 180) * math.sin(math.pi / 180)  # 12,391,399,902 m2
    assert ev("area('0 0;0 1;1 1;1 0;0 0')") == pytest.approx(expected, rel=1e-9)
    assert ev("area('0 0 0 0;1 0 0 0;1 1 0 0;0 1 0 0')") == pytest.approx(expected, rel=1e-9)
    assert ev("area('0 0;0 1')") == 0.0


def test_geo_functions_refuse_text_that_is_not_points_naming_themselves() -> None:
    """A value that is not 'lat lon' points is an error from the function given it."""
    assert fails("area('here;there;everywhere')").startswith("area() at character 1 was given")
    assert fails("distance('0 0; 95 0')").startswith("distance() at character 1 was given")


# Every function of the spec's table (XPath Functions), by its section.
SPEC_TABLE = """
string concat join substr substring-before substring-after translate string-length
normalize-space contains starts-with ends-with uuid digest pulldata
if coalesce once true false boolean boolean-from-string not regex checklist weighted-checklist
number random int sum max min round pow log log10 abs sin cos tan asin acos atan atan2 sqrt exp
exp10 pi
count count-non-empty position instance current randomize
today now format-date format-date-time date decimal-date-time decimal-time
selected selected-at count-selected jr:choice-name
jr:itext
indexed-repeat
area distance
base64-decode
""".split()


def test_every_function_of_the_spec_table_is_known() -> None:
    """Each function of the spec's function table compiles (XPath Functions), so no form is
    refused for using one."""
    from app.survey.xpath.functions import FUNCTIONS

    assert [name for name in SPEC_TABLE if name not in FUNCTIONS] == []


# ---- paths (XPath Paths, XPath Axes) ------------------------------------------------------------

HOUSE = {"town": "kl", "rooms": 3, "members": [{"age": 30}, {"age": 8}]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("count(*)", 4.0),  # town, rooms and the two members
        ("count(/data/*)", 4.0),
        ("count(${members}[1]/*)", 1.0),
        ("${members}[2]/child::age", 8.0),
        ("count(${members}/self::node())", 2.0),
        ("count(${members}/self::members)", 2.0),
        ("count(${members}/self::people)", 0.0),
        ("count(${members}/parent::node())", 1.0),
        ("count(${members}/parent::*/rooms)", 1.0),
        ("${members}[1]/../town", "kl"),
        ("count(${members}[2]/../members)", 2.0),
        ("/data/rooms + 1", 4.0),
    ],
)
def test_path_forms_the_spec_allows(text: str, expected: Any) -> None:
    """`*`, child::, self::node(), parent::, `..` and absolute paths select what XPath 1.0
    says (XPath Paths; XPath Axes: only parent, child and self)."""
    result = ev(text, HOUSE)
    assert result == expected


def test_other_axes_and_node_tests_are_refused_naming_them() -> None:
    """Axes other than child, parent and self, and tests other than node(), are errors."""
    with pytest.raises(ExpressionError, match="the axis 'ancestor::' at character 1"):
        compile_expression("ancestor::x")
    with pytest.raises(ExpressionError, match=r"'text\(\)' at character 7 is not a node test"):
        compile_expression("self::text()")


def test_star_is_multiplication_after_an_operand() -> None:
    """'*' after an operand multiplies; where an operand is expected it is a name test."""
    assert ev("2 * 3") == 6.0
    assert ev("${rooms} * 2", HOUSE) == 6.0
    assert ev("count(*) * 2", HOUSE) == 8.0


# ---- divergences settled against the spec -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decimal-date-time('1970-01-02T07:00:00+07:00')", 1.0),
        ("decimal-date-time('1970-01-01T12:00:00-06:00')", 0.75),  # 18:00 UTC
        ("decimal-date-time('1970-01-01T06:00:00Z')", 0.25),
        ("decimal-date-time('1970-01-01T06:00:00')", 0.25),  # no offset: its own clock
        ("decimal-date-time('2000-01-01')", 10957.0),
    ],
)
def test_decimal_date_time_counts_days_since_1970_in_utc(text: str, expected: float) -> None:
    """decimal-date-time() converts a dateTime to days since January 1, 1970 UTC, applying
    its offset (XPath Functions: decimal-date-time)."""
    assert ev(text) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date('1970-1-2')", "1970-01-02"),
        ("date('2024-2-29')", "2024-02-29"),
        ("date('1970-01-02') - date('1970-1-1')", 1.0),
    ],
)
def test_date_reads_unpadded_month_and_day_as_javarosa(text: str, expected: Any) -> None:
    """date('1970-1-2') is 1970-01-02: JavaRosa reads a date as three '-'-separated numbers
    (DateUtils.parseDate), which the spec's date() leaves to the implementation."""
    assert ev(text) == expected


def test_date_with_an_impossible_day_is_still_an_error_naming_date() -> None:
    """date('2023-2-29') is not a date: an error from date()."""
    with pytest.raises(ExpressionError, match=r"^date\(\) at character 1 was given"):
        compile_expression("date('2023-2-29')")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "count(1)",
            "count() at character 1 needs a node-set (a path, a ${reference} or a repeat), "
            "not a number.",
        ),
        ("sum(1, 2)", "sum() at character 1 takes 1 argument, but 2 were given."),
        (
            "position(1)",
            "position() at character 1 needs a node-set (a path, a ${reference} or a repeat), "
            "not a number.",
        ),
        (
            "1 + count-non-empty(2)",
            "count-non-empty() at character 5 needs a node-set (a path, a ${reference} or a "
            "repeat), not a number.",
        ),
        (
            "sum('a')",
            "sum() at character 1 needs a node-set (a path, a ${reference} or a repeat), not text.",
        ),
        (
            "count(string(${x}))",
            "count() at character 1 needs a node-set (a path, a ${reference} or a repeat), "
            "not text.",
        ),
        ("count(${a}, ${b})", "count() at character 1 takes 1 argument, but 2 were given."),
        (
            "format-date-time(${d}, '%Q')",
            "format-date-time() at character 1 does not know %Q; use %Y %y %m %n %b %d %e %a "
            "%W %H %h %M %S %3, or %% for a percent sign.",
        ),
    ],
)
def test_wrong_arguments_are_errors_naming_the_function(text: str, message: str) -> None:
    """A function given the wrong number or kind of arguments is an error naming that
    function, as in JavaRosa (XPath Functions: count(node-set), sum(node-set), position(node),
    count-non-empty(node-set))."""
    with pytest.raises(ExpressionError) as caught:
        compile_expression(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "function"),
    [
        ("format-date-time(${x}, '%Y')", "format-date-time"),
        ("format-date(${x}, '%Y')", "format-date"),
        ("decimal-date(${x})", "decimal-date"),
        ("decimal-time(${x})", "decimal-time"),
        ("decimal-date-time(${x})", "decimal-date-time"),
        ("date-time(${x})", "date-time"),
    ],
)
def test_runtime_errors_name_the_function_that_failed(text: str, function: str) -> None:
    """A date function given text that is not a date fails naming itself, not a sibling."""
    assert fails(text, {"x": "soon"}).startswith(f"{function}() was given a value")


def test_node_set_arguments_accept_paths_references_and_unions() -> None:
    """Paths, ${references}, unions and node-set functions are accepted where a node-set is
    needed; a single answer counts as one node."""
    answers = {"a": 2, "members": [{"age": 1}, {"age": 2}]}
    assert ev("count(${a})", answers) == 1.0
    assert ev("sum(${members}/age | ${a})", answers) == 5.0
    assert ev("count(randomize(${members}))", answers) == 2.0
    assert ev("count(if(true(), ${members}, ${members}))", answers) == 2.0
    result = ev("randomize(${members})", answers)
    assert isinstance(result, NodeSet) and len(result) == 2
