"""The per-domain IntEnums, each created from the catalogue's data the first time it is used.

Static source of the kucoin_errors runtime, copied verbatim into the generated
package. ``_data`` declares the enums for type checkers and holds their names and
descriptions (``ENUM_CLASSES``); an enum has a member for each of its domain's
entries. Creating an enum costs about 20 microseconds a member, so importing
the package creates none, and using one domain creates that domain's.
"""

from __future__ import annotations

from enum import EnumMeta, IntEnum
from types import MappingProxyType

from ._data import ENUM_CLASSES
from ._model import domain_entries

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing: it costs more than the package
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Final

    from ._model import ErrorInfo

# The module that declares the enums, and serves them (its __getattr__) to pickle and to imports.
_DECLARING_MODULE: Final = __name__.rpartition(".")[0] + "._data"


class KucoinErrorCode(IntEnum):
    """Base of the per-domain enums: a code whose ``info`` is its catalogue entry."""

    @property
    def info(self) -> ErrorInfo:
        """The catalogue entry of this code."""
        entries = _ENTRIES.get(type(self))
        if entries is None:
            entries = _ENTRIES[type(self)] = domain_entries(_DOMAIN_OF[type(self)])
        return entries[self._value_]


_ENUMS: Final[dict[str, type[KucoinErrorCode]]] = {}
_DOMAIN_OF: Final[dict[type[KucoinErrorCode], str]] = {}
_ENTRIES: Final[dict[type[KucoinErrorCode], Mapping[int, ErrorInfo]]] = {}
_DOMAIN_OF_CLASS: Final[dict[str, str]] = {class_name: domain for domain, (class_name, _) in ENUM_CLASSES.items()}


def domain_enum(domain: str) -> type[KucoinErrorCode] | None:
    """The enum of ``domain``, created on the first call for the domain; None for a domain the catalogue does not have."""
    enum = _ENUMS.get(domain)
    if enum is None:
        declared = ENUM_CLASSES.get(domain)
        if declared is None:
            return None
        class_name, description = declared
        members = [(entry.name, code) for code, entry in domain_entries(domain).items()]
        # Enum's functional API, called on the base: it creates a subclass of the base.
        created = EnumMeta.__call__(KucoinErrorCode, class_name, members, module=_DECLARING_MODULE, qualname=class_name)
        if not issubclass(created, KucoinErrorCode):  # pragma: no cover - for type checkers, which know only type[Enum]
            raise TypeError(class_name)
        created.__doc__ = description
        enum = _ENUMS[domain] = created
        _DOMAIN_OF[enum] = domain
    return enum


def enum_attribute(module: str, name: str) -> object:
    """What the modules that declare the enums serve on first access: ``KucoinErrorCode``, ``ERROR_CODES`` or a domain's enum.

    AttributeError, as for any module attribute, for another name.
    """
    if name == "KucoinErrorCode":
        return KucoinErrorCode
    if name == "ERROR_CODES":
        return MappingProxyType({domain: domain_enum(domain) for domain in ENUM_CLASSES})
    domain = _DOMAIN_OF_CLASS.get(name)
    if domain is None:
        message = f"module {module!r} has no attribute {name!r}"
        raise AttributeError(message)
    return domain_enum(domain)
