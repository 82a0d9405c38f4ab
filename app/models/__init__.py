"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""

from app.models.base import Base, Synced, ledger_tables, synced_tables
from app.models.dedup import DuplicateDecision, LocalSetting, PersonMerge
from app.models.documents import OfficeDocumentSettings
from app.models.imports import ImportBatch, ImportMapping
from app.models.ledger import Donation, Receipt, ReceiptLine, StockAdjustment
from app.models.programs import (
    AidItem,
    Entitlement,
    ListEvent,
    Organisation,
    Program,
    ProgramItem,
    Recipient,
)
from app.models.reference import AdminUnit, Category, Hamlet, Installation, Office
from app.models.registry import CategoryAssignment, Household, Need, Person
from app.models.summaries import AidGivenDay, AidReached, ProgramPlan
from app.models.sync_state import (
    OriginBatch,
    Outbox,
    PurgeTombstone,
    SyncAlarm,
    SyncConflict,
    SyncKey,
    SyncKeyChange,
    SyncLog,
    SyncPeer,
    TrustListRecord,
)
from app.models.users import AppUser

__all__ = [
    "AdminUnit", "AidGivenDay", "AidItem", "AidReached", "AppUser", "Base", "Category", "CategoryAssignment", "Donation", "DuplicateDecision", "Entitlement",
    "Hamlet", "Household", "ImportBatch", "ImportMapping", "Installation", "ListEvent", "LocalSetting", "Need", "Office",
    "OfficeDocumentSettings", "Organisation", "OriginBatch", "Outbox", "Person", "PersonMerge", "Program", "ProgramItem", "Receipt",
    "ProgramPlan", "PurgeTombstone", "ReceiptLine", "Recipient", "StockAdjustment", "SyncAlarm", "SyncConflict",
    "SyncKey", "SyncKeyChange", "SyncLog", "SyncPeer", "Synced", "TrustListRecord", "ledger_tables", "synced_tables",
]  # fmt: skip
