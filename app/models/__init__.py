"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""

from app.models.base import Base, Synced, synced_tables
from app.models.imports import ImportBatch, ImportMapping
from app.models.reference import AdminUnit, Category, Hamlet, Installation, Office
from app.models.registry import CategoryAssignment, Household, Need, Person
from app.models.sync_state import Outbox

__all__ = [
    "AdminUnit", "Base", "Category", "CategoryAssignment", "Hamlet", "Household", "ImportBatch", "ImportMapping",
    "Installation", "Need", "Office", "Outbox", "Person", "Synced", "synced_tables",
]  # fmt: skip
