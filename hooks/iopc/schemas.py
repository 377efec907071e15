"""JSON Schemas (kept as YAML beside this file) and errors turned into plain, located sentences."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from .problems import Problem
from .yamlsource import Located

HERE = Path(__file__).parent / "schemas"


@lru_cache(maxsize=None)
def _registry() -> Registry:
    resources = []
    for path in HERE.glob("*.yml"):
        schema = yaml.safe_load(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema, default_specification=_spec())))
    return Registry().with_resources(resources)


def _spec():
    from referencing.jsonschema import DRAFT202012
    return DRAFT202012


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    schema = _registry().contents(name)
    return Draft202012Validator(schema, registry=_registry())


def check(name: str, located: Located, prefix: tuple = ()) -> list[Problem]:
    """Validate ``located.data`` (or the part at ``prefix``) against schema ``name``."""
    data = located.data
    for key in prefix:
        data = data[key]
    found = []
    for error in validator(name).iter_errors(data):
        found.extend(_explain(error, located, prefix))
    # One problem per place and message, in file order.
    return sorted(set(found), key=lambda p: (p.line, p.message))


def _field_name(path) -> str:
    name = ""
    for key in path:
        name += f"[{key + 1}]" if isinstance(key, int) else (f".{key}" if name else str(key))
    return name or "the file"


def _explain(error, located: Located, prefix: tuple) -> list[Problem]:
    # An if/then failure hides the real error one level down: report those instead.
    if error.validator in ("allOf", "anyOf", "oneOf") and error.context:
        return [p for sub in error.context for p in _explain(sub, located, prefix)]
    path = tuple(prefix) + tuple(error.absolute_path)
    where = _field_name(path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    hint = schema.get("description")
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1]
        message = f"{where + ': ' if path else ''}the field '{missing}' is missing; add it"
    elif kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        line = located.line(*path, extra[0]) if extra else located.line(*path)
        return [Problem(located.path, line, f"{where}: unknown field '{name}'; allowed here: {allowed}")
                for name in extra] or [Problem(located.path, line, f"{where}: {error.message}")]
    elif kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        message = f"{where}: '{error.instance}' is not allowed; use one of: {options}"
    elif kind == "type":
        message = f"{where}: expected {_a(error.validator_value)}, found {_a(type(error.instance).__name__)}"
    elif kind == "pattern":
        message = f"{where}: '{error.instance}' is not {hint or 'in the expected form'}"
    elif kind in ("minItems", "maxItems"):
        size = len(error.instance) if isinstance(error.instance, list) else 0
        bound = "at least" if kind == "minItems" else "at most"
        message = f"{where}: has {size} item(s); give {bound} {error.validator_value}"
    elif kind == "minLength":
        message = f"{where}: is empty; write something here"
    elif kind in ("minimum", "maximum"):
        bound = "at least" if kind == "minimum" else "at most"
        message = f"{where}: {error.instance} is out of range; use a number {bound} {error.validator_value}"
    else:
        message = f"{where}: {error.message}"
    if hint and kind not in ("pattern",):
        message += f" ({hint})"
    return [Problem(located.path, located.line(*path), message)]


def _a(kind) -> str:
    names = {"str": "text", "string": "text", "int": "a whole number", "integer": "a whole number",
             "list": "a list", "array": "a list", "dict": "fields", "object": "fields",
             "NoneType": "nothing", "null": "nothing", "bool": "true or false", "boolean": "true or false",
             "float": "a decimal number", "number": "a number"}
    if isinstance(kind, list):
        return " or ".join(names.get(k, k) for k in kind)
    return names.get(kind, kind)
