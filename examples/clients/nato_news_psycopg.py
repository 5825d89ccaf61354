"""Type registration of nato_news for psycopg 3 (doc/clients.md).

    import psycopg
    from nato_news_psycopg import register_nato_news, Entity

    conn = psycopg.connect("dbname=news")
    register_nato_news(conn)
    conn.execute("SELECT actors FROM nato_news.events(nato_news.article(%s, %s))", (text, day))
    # -> [Entity(kind='person', name='Jens Stoltenberg'), ...]

Without it, psycopg does not know the extension's types: entity values arrive as str and
entity[] as the unparsed string '{"person:Jens Stoltenberg",country:Turkey}'.
"""
from typing import NamedTuple

from psycopg.adapt import Dumper, Loader
from psycopg.types import TypeInfo


class Entity(NamedTuple):
    """A nato_news.entity: kind (person, org, country, place) and canonical name."""
    kind: str
    name: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}"


class EntityLoader(Loader):
    """Text form kind:Name; the name may itself hold colons, the kind never does."""

    def load(self, data) -> Entity:
        kind, _, name = bytes(data).decode("utf-8").partition(":")
        return Entity(kind, name)


def register_nato_news(context) -> None:
    """Teach a connection (or cursor) the types of the nato_news schema.

    The type OIDs differ between databases, so they are looked up on the connection.
    Registering a TypeInfo makes arrays of the type load as Python lists; the loader turns
    each entity into an Entity, and Entity values (and lists of them) are sent as entity
    (and entity[]) parameters.
    """
    conn = getattr(context, "connection", context)
    entity = TypeInfo.fetch(conn, "nato_news.entity")
    article = TypeInfo.fetch(conn, "nato_news.article")
    if entity is None or article is None:
        raise LookupError("the nato_news extension is not installed in this database")
    entity.register(context)
    article.register(context)          # article[] as lists of str (the canonical text form)
    context.adapters.register_loader(entity.oid, EntityLoader)

    class EntityDumper(Dumper):
        oid = entity.oid

        def dump(self, obj) -> bytes:
            return str(obj).encode("utf-8")

    context.adapters.register_dumper(Entity, EntityDumper)
