"""The actor network of a set of events, aggregated one event at a time, for GraphML and GEXF exports.

Memory grows with the number of distinct actors and actor pairs, never with the number of events: each
event adds one to a node's and an edge's counters and is then forgotten.

Nodes are actors, keyed on their CAMEO-style code and their name (the words of the article when no
canonical name is known), case-insensitively: ``SYRGOV|bashar al-assad``. Edges run from the acting side
(``source``) to the target, weighted by the number of events between them, with how many of those were
cooperation (QuadClass 1-2) and conflict (QuadClass 3-4). Actors listed under ``others`` are not part of
the network: an event has one source and one target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tidings.codebook import codebook


def actor_node_key(actor: dict[str, Any]) -> str:
    """The node id of an actor dict (as in an event's ``source``/``target``)."""
    name = (actor.get("name") or actor.get("text") or "").strip()
    return f"{actor.get('code') or 'UNK'}|{name.lower()}"


def event_quad_class(event: dict[str, Any]) -> int | None:
    """The event's QuadClass, from the codebook when the event does not carry one."""
    quad = event.get("quad_class")
    if isinstance(quad, int):
        return quad
    entry = codebook().resolve(event.get("cameo"))
    return entry.quad_class if entry is not None else None


@dataclass
class _Node:
    label: str
    code: str
    country: str
    org: str
    sector: str
    events: int = 0


@dataclass
class _Edge:
    weight: int = 0
    cooperation: int = 0
    conflict: int = 0


@dataclass
class ActorNetwork:
    """Counters for actors (nodes) and directed actor pairs (edges); feed it events with :meth:`add`."""

    nodes: dict[str, _Node] = field(default_factory=dict)
    edges: dict[tuple[str, str], _Edge] = field(default_factory=dict)
    events: int = 0

    def add(self, event: dict[str, Any]) -> None:
        self.events += 1
        keys = [self._node(actor) for actor in (event.get("source"), event.get("target")) if actor]
        for key in set(keys):  # an actor on both sides of one event counts that event once
            self.nodes[key].events += 1
        source, target = event.get("source"), event.get("target")
        if not (source and target):
            return
        edge = self.edges.setdefault((keys[0], keys[1]), _Edge())
        edge.weight += 1
        quad = event_quad_class(event)
        if quad in (1, 2):
            edge.cooperation += 1
        elif quad in (3, 4):
            edge.conflict += 1

    def _node(self, actor: dict[str, Any]) -> str:
        key = actor_node_key(actor)
        if key not in self.nodes:
            self.nodes[key] = _Node(
                label=(actor.get("name") or actor.get("text") or "").strip(),
                code=actor.get("code") or "UNK",
                country=actor.get("country") or "",
                org=actor.get("org") or "",
                sector=actor.get("sector") or "UNK",
            )
        return key

    def to_networkx(self) -> Any:
        """A ``networkx.DiGraph`` whose attributes are plain str/int/float (what GraphML and GEXF hold)."""
        import networkx as nx

        graph = nx.DiGraph()
        for key, node in self.nodes.items():
            graph.add_node(
                key,
                label=node.label,
                name=node.label,
                code=node.code,
                country=node.country,
                org=node.org,
                sector=node.sector,
                events=node.events,
            )
        for (source, target), edge in self.edges.items():
            graph.add_edge(
                source,
                target,
                weight=edge.weight,
                cooperation=edge.cooperation,
                conflict=edge.conflict,
                balance=(edge.cooperation - edge.conflict) / edge.weight,
            )
        return graph
