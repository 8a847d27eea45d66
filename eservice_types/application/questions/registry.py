"""The registry of question kinds: the built-in kinds, and kinds that apps add in a
`question_kinds.py` module (found like e-service plugins' `eservices.py`)."""

from importlib import import_module

from foundations.registry import Registry

from .base import QuestionKind

DISCOVERY_MODULE = "question_kinds"
#: The modules of the kinds that come with applications; each lists its classes in `KINDS`, so
#: that every registry, also a fresh one in a test, gets all of them.
BUILT_IN_MODULES = ("text", "number", "date", "choice", "checkbox", "contact", "identity_number", "file")


class QuestionRegistry(Registry[QuestionKind]):
    def __init__(self):
        super().__init__("question kind", discovery_module=DISCOVERY_MODULE, built_in=self.register_built_in)

    def register_built_in(self) -> None:
        for name in BUILT_IN_MODULES:
            for kind_class in import_module(f"{__package__}.{name}").KINDS:
                self.register(kind_class())

    def stream_blocks(self) -> list[tuple[str, object]]:
        """`(block type, block)` pairs of every kind, in the editor's order, to offer in a step."""
        return [(kind.id, kind.get_block()) for kind in sorted(self, key=lambda kind: kind.order)]


registry = QuestionRegistry()


def kind_of(question, kinds: QuestionRegistry | None = None) -> QuestionKind:
    """The kind of a question (a child of a step's questions), from `kinds` or the registry."""
    return (registry if kinds is None else kinds).get(question.block_type)
