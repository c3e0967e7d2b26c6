"""The ODK functions that reach past the answers: secondary instances, current(), pulldata(),
randomize(), jr:itext(), digest() and base64-decode() (spec: "XPath Functions").

They are added to the same FUNCTIONS table as the others; each asks its context for what it
needs (see EvaluationContext), so a context without secondary instances simply has none.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import random
from typing import TYPE_CHECKING

from app.survey.errors import ExpressionError
from app.survey.xpath.functions import FUNCTIONS, LITERAL_CHECKS, FunctionSpec, define
from app.survey.xpath.values import Node, NodeSet, Value, to_number, to_string

if TYPE_CHECKING:
    from app.survey.xpath.compiler import Compiler, Fn
    from app.survey.xpath.context import EvaluationContext
    from app.survey.xpath.parser import Call

# ---- instance(), current(), pulldata() ----------------------------------------------------


def _instance(ctx: EvaluationContext, instance_id: Value) -> NodeSet:
    name = to_string(instance_id)
    document = ctx.instance(name)
    if document is None:
        raise ExpressionError(
            f"instance() was given '{name}', which is neither a choice list of the form nor "
            "an attached file (name.csv, name.xml or name.geojson)."
        )
    return NodeSet([document])


def _compile_current(compiler: Compiler, call: Call) -> Fn:
    return lambda ctx: NodeSet([ctx.current_node()])


def _pulldata(
    ctx: EvaluationContext, instance_id: Value, wanted: Value, column: Value, query: Value
) -> str:
    # The spec's shortcut for instance(id)/root/item[column = query]/wanted: the first match.
    name = to_string(instance_id)
    document = ctx.instance(name)
    if document is None:
        raise ExpressionError(
            f"pulldata() was given '{name}', which is not an attached file "
            f"({name}.csv beside the form or in its media folder)."
        )
    key, field = to_string(column), to_string(wanted)
    lookup = getattr(document, "lookup", None)
    if lookup is not None:
        item = lookup(key, to_string(query))
        found = item.children(field) if item is not None else ()
        return to_string(found[0].value()) if found else ""
    for root in document.children("root"):
        for item in root.children("item"):
            cells = item.children(key)
            if cells and to_string(cells[0].value()) == to_string(query):
                found = item.children(field)
                return to_string(found[0].value()) if found else ""
    return ""


# ---- randomize() ----------------------------------------------------------------------------

_MODULUS = 2147483647  # 2^31 - 1
_MULTIPLIER = 16807


def shuffle(nodes: list[Node], seed: int) -> list[Node]:
    """The spec's shuffle: the "inside-out" Fisher-Yates over a Park-Miller generator.

    The generator starts at seed mod (2^31 - 1) (0 or less moves up by 2^31 - 2), steps by
    state = state * 16807 mod (2^31 - 1), and gives (state - 1) / (2^31 - 2) in [0, 1); item i
    goes to place j = floor(r * (i + 1)), the item there moving to place i (JavaRosa's
    ParkMiller and the spec's reference implementation).
    """
    state = seed % _MODULUS if seed >= 0 else -((-seed) % _MODULUS)
    if state <= 0:
        state += _MODULUS - 1
    result: list[Node] = []
    for i, node in enumerate(nodes):
        state = state * _MULTIPLIER % _MODULUS
        j = math.floor((state - 1) / (_MODULUS - 1) * (i + 1))
        if j == i:
            result.append(node)
        else:
            result.append(result[j])
            result[j] = node
    return result


def _randomize(ctx: EvaluationContext, nodes: Value, seed: Value | None = None) -> NodeSet:
    if not isinstance(nodes, NodeSet):
        raise ExpressionError("randomize() needs a node-set (a path or a repeat) to shuffle.")
    if seed is None:
        drawn = ctx.random_seed()
        number = float(drawn if drawn is not None else random.SystemRandom().randrange(1, _MODULUS))
    else:
        number = to_number(seed)
    # Java's (long) cast: the fraction is dropped, NaN is 0, infinities clamp.
    if number != number:
        whole = 0
    elif math.isinf(number):
        whole = 2**63 - 1 if number > 0 else -(2**63)
    else:
        whole = int(number)
    return NodeSet(shuffle(list(nodes.nodes), whole))


# ---- jr:itext(), digest(), base64-decode() ----------------------------------------------------

_DIGESTS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384"}
_DIGESTS["SHA-512"] = "sha512"


def check_digest_algorithm(name: str) -> None:
    if name not in _DIGESTS:
        raise ExpressionError(
            f"digest() does not know the algorithm '{name}'; use MD5, SHA-1, SHA-256, SHA-384 "
            "or SHA-512."
        )


def check_digest_encoding(name: str) -> None:
    if name not in ("base64", "hex"):
        raise ExpressionError(f"digest() does not know the encoding '{name}'; use base64 or hex.")


def _digest(text: Value, algorithm: Value, encoding: Value = "base64") -> str:
    # XForms 1.1 digest(): the hash of the string's UTF-8 bytes, base64 unless 'hex' is asked.
    name, form = to_string(algorithm), to_string(encoding)
    check_digest_algorithm(name)
    check_digest_encoding(form)
    hashed = hashlib.new(_DIGESTS[name], to_string(text).encode("utf-8"))
    return hashed.hexdigest() if form == "hex" else base64.b64encode(hashed.digest()).decode()


def _base64_decode(text: Value) -> str:
    # The bytes read as UTF-8 (bad sequences become U+FFFD, as Java decodes them); text that
    # is not base64 gives '' (JavaRosa returns an empty string rather than failing the form).
    try:
        raw = base64.b64decode(to_string(text).strip(), validate=True)
    except (binascii.Error, ValueError):
        return ""
    return raw.decode("utf-8", errors="replace")


define("instance", 1, 1, _instance, context=True, pure=False)
FUNCTIONS["current"] = FunctionSpec("current", 0, 0, compile=_compile_current)
define("pulldata", 4, 4, _pulldata, context=True, pure=False)
define("randomize", 1, 2, _randomize, context=True, pure=False)
define("jr:itext", 1, 1, lambda ctx, text_id: ctx.itext(to_string(text_id)), context=True)
define("digest", 2, 3, _digest)
define("base64-decode", 1, 1, _base64_decode)
LITERAL_CHECKS["digest"] = (1, check_digest_algorithm)
