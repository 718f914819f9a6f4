"""The PostgreSQL counterpart of store/db.py: one office database on a server (issue 18).

What differs from the SQLite file, and why:
- The address is a `postgresql://user@host:port/database?sslmode=...` URL. A password in
  the URL is refused (a command line and a settings file are readable): it comes from the
  OS keyring (Windows Credential Manager; service KEYRING_SERVICE, user name
  `user@host:port/database`) or from libpq's own pgpass file.
- The schema version lives in a small table (`soosr_schema`), not in `user_version`; a
  database with tables but without that table belongs to another program.
- Every top-level transaction first takes one transaction-scoped advisory lock. Writers of
  all desks are then serialised exactly as BEGIN IMMEDIATE serialises them on SQLite: the
  audit chain stays one chain (each event reads the hash of the one before) and the next
  reference number of the year is read and used by one desk at a time. Readers outside a
  transaction are not held up.
- The server may restart (an update, a reboot) while desks are open: it ends their
  connections. A connection found ended is replaced by a new one before the next statement;
  a BEGIN, or a read outside a transaction, that met the ended connection is made once more
  on a new one (nothing was done yet); a transaction under way fails as a whole and nothing
  in it is repeated.
- No WAL file of ours to checkpoint and no free pages in a file we own: erasure runs
  VACUUM on the tables it touched (what the server's WAL and backups keep is the
  administrator's, see docs/decisions.md).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources

from peewee import OperationalError, PostgresqlDatabase

from soosr_desk.store import notify, pg_driver
from soosr_desk.store.db import LockedAtomic

URL_SCHEMES = ("postgresql://", "postgres://")
KEYRING_SERVICE = "SOOSR Desk"
APPLICATION = "SOOS"  # the same mark as the SQLite file's application_id
SCHEMA_TABLE = "soosr_schema"
WRITE_LOCK_KEY = 0x534F4F53  # one advisory lock: "the office database is being written"
CONNECT_TIMEOUT_S = 10

log = logging.getLogger(__name__)


def is_server_url(text: object) -> bool:
    return isinstance(text, str) and text.lower().startswith(URL_SCHEMES)


class ServerAddressError(ValueError):
    """The URL cannot be used as it is (a password in it, no database name)."""


@dataclass(frozen=True)
class ServerAddress:
    url: str  # without a password, `postgresql://` scheme
    host: str
    port: str
    dbname: str
    user: str
    sslmode: str

    @property
    def keyring_user(self) -> str:
        """The user name under which the password is kept in the OS keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def display(self) -> str:
        """For messages and the title bar: no password, no options."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"


def parse_url(url: str) -> ServerAddress:
    if url.lower().startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    try:
        params = pg_driver.load().conninfo.conninfo_to_dict(url)
    except Exception as exc:  # psycopg.ProgrammingError: says which part is wrong
        raise ServerAddressError(type(exc).__name__) from None
    if "password" in params:
        raise ServerAddressError("password in URL")
    if not params.get("dbname"):
        raise ServerAddressError("no database name")
    return ServerAddress(
        url=url,
        host=str(params.get("host") or "localhost"),
        port=str(params.get("port") or "5432"),
        dbname=str(params["dbname"]),
        user=str(params.get("user") or ""),
        sslmode=str(params.get("sslmode") or "prefer"),
    )


def keyring_password(address: ServerAddress) -> str | None:
    """The password kept in the OS keyring, or None (then libpq looks in pgpass)."""
    try:
        import keyring  # optional at run time: without it, pgpass is the only source
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except (KeyringError, RuntimeError, OSError):  # no keyring backend on this machine
        return None


class ServerDatabase(PostgresqlDatabase):
    """The office database. Same interface as store.db.DeskDatabase: a lock for this
    process's threads, `atomic()` holding it, and `write_transaction()`."""

    is_server = True

    def __init__(self, address: ServerAddress, password: str | None = None):
        params: dict[str, object] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "SOOSR Desk",
        }
        if password:
            params["password"] = password
        pg_driver.load()  # before peewee picks its driver adapter
        super().__init__(address.url, autorollback=False, **params)
        self.address = address
        self.path = address.display()  # what messages name, as they name a file
        self.lock = threading.RLock()
        self.written: set[str] = set()  # tables written in the open transaction

    def _lost(self) -> bool:
        """Whether this thread's connection was ended by the server (psycopg marks it
        closed once it meets the end)."""
        conn = self._state.conn
        return not self._state.closed and conn is not None and bool(conn.closed)

    def cursor(self, named_cursor=None):
        if not self.in_transaction() and self._lost():
            self.close()  # the server restarted: a new connection (peewee's autoconnect)
        return super().cursor(named_cursor)

    def begin(self, *args, **kwargs):
        try:
            super().begin(*args, **kwargs)
        except OperationalError:
            if not self._lost():
                raise
            # the BEGIN met a connection the server ended: nothing was done yet
            log.info("the server ended the connection; connected again")
            super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None):
        with self.lock:
            table = notify.table_written(sql)
            try:
                cursor = super().execute_sql(sql, params)
            except OperationalError:
                if table is not None or self.in_transaction() or not self._lost():
                    raise
                # a read that met a connection the server ended: once more, on a new one
                log.info("the server ended the connection; connected again")
                cursor = super().execute_sql(sql, params)
            if table is not None:
                if self.in_transaction():
                    self.written.add(table)
                else:  # committed at once: the other desks hear of it at once
                    notify.announce(super().execute_sql, {table})
            return cursor

    def atomic(self, *args, **kwargs):
        return _ServerAtomic(self, super().atomic(*args, **kwargs))

    def transaction(self, *args, **kwargs):
        return _ServerAtomic(self, super().transaction(*args, **kwargs))

    def write_transaction(self):
        return self.atomic()


class _ServerAtomic(LockedAtomic):
    """Holds the process lock for the whole transaction; a top-level transaction also
    takes the office-wide advisory write lock (released at COMMIT or ROLLBACK)."""

    def _begun(self) -> None:
        if self._db.transaction_depth() == 1:
            self._db.written.clear()
            self._db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))

    def __exit__(self, exc_type, exc, tb):
        # the other desks are told at COMMIT what this transaction wrote (store/notify.py)
        if exc_type is None and self._db.transaction_depth() == 1:
            notify.announce(self._db.execute_sql, self._db.written)
            self._db.written.clear()
        return super().__exit__(exc_type, exc, tb)


def connect(address: ServerAddress) -> ServerDatabase:
    """Connects (raises peewee.OperationalError when the server refuses or is away)."""
    db = ServerDatabase(address, keyring_password(address))
    db.connect()
    return db


@contextmanager
def snapshot(address: ServerAddress) -> Iterator[ServerDatabase]:
    """A connection of its own that reads one consistent state of the whole database
    (REPEATABLE READ, READ ONLY): what other desks commit meanwhile is not seen, and no
    desk waits for it (it takes no write lock). For exports, backups and the move out."""
    db = connect(address)
    try:
        db.execute_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield db
    finally:
        try:
            db.execute_sql("ROLLBACK")
        finally:
            db.close()


# --- schema version and facts ---------------------------------------------------------


def _table_names(db: ServerDatabase) -> list[str]:
    return db.get_tables()


@dataclass(frozen=True)
class ServerState:
    has_tables: bool
    ours: bool
    version: int


def inspect(db: ServerDatabase) -> ServerState:
    tables = _table_names(db)
    if SCHEMA_TABLE not in tables:
        return ServerState(bool(tables), ours=not tables, version=0)
    row = db.execute_sql(f"SELECT application, version FROM {SCHEMA_TABLE}").fetchone()
    ours = row is not None and row[0] == APPLICATION
    return ServerState(True, ours, int(row[1]) if row else 0)


def get_version(db: ServerDatabase) -> int:
    return inspect(db).version


def set_version(db: ServerDatabase, version: int) -> None:
    """Inside the migration step's transaction, so the step and its number commit as one."""
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} ("
        "application VARCHAR(4) NOT NULL, version INTEGER NOT NULL)"
    )
    if db.execute_sql(f"UPDATE {SCHEMA_TABLE} SET version = %s", (int(version),)).rowcount == 0:
        db.execute_sql(
            f"INSERT INTO {SCHEMA_TABLE} (application, version) VALUES (%s, %s)",
            (APPLICATION, int(version)),
        )


def run_script(db: ServerDatabase, name: str) -> None:
    """Runs a frozen SQL file of this package, statement by statement."""
    script = resources.files("soosr_desk.store").joinpath(name).read_text("utf-8")
    for statement in script.split(";\n"):
        lines = [ln for ln in statement.splitlines() if not ln.startswith("--")]
        sql = "\n".join(lines).strip().rstrip(";")
        if sql:
            db.execute_sql(sql)


_TABLE = re.compile(r'^\s*(?:CREATE TABLE(?: IF NOT EXISTS)?|ALTER TABLE)\s+"?(\w+)"?', re.I)


def translate_ddl(sql: str, booleans: set[tuple[str, str]]) -> str:
    """A migration step's DDL, written in SQLite's words, for PostgreSQL: an INTEGER key
    becomes SERIAL, DATETIME TIMESTAMP, BLOB BYTEA, and an INTEGER column that the models
    declare a BooleanField (`booleans`: table and column names) BOOLEAN, its DEFAULT 0/1
    false/true. Other statements (indexes) pass unchanged."""
    match = _TABLE.match(sql)
    if not match:
        return sql
    table = match.group(1)
    sql = re.sub(
        r'("id"\s+)INTEGER(\s+NOT NULL)?\s+PRIMARY KEY', r"\1SERIAL\2 PRIMARY KEY", sql, flags=re.I
    )
    sql = re.sub(r"\bDATETIME\b", "TIMESTAMP", sql, flags=re.I)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql, flags=re.I)
    for t, column in booleans:
        if t == table:
            sql = re.sub(
                rf'((?<!\w)"?{column}"?\s+)INTEGER\b((?:\s+NOT NULL)?)(\s+DEFAULT\s+([01]))?',
                lambda m: (
                    f"{m.group(1)}BOOLEAN{m.group(2)}"
                    + (f" DEFAULT {'true' if m.group(4) == '1' else 'false'}" if m.group(3) else "")
                ),
                sql,
            )
    return sql


def _serial_tables(db: ServerDatabase) -> list[str]:
    rows = db.execute_sql(
        "SELECT table_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND column_name = 'id' "
        "AND column_default LIKE 'nextval(%%'"
    ).fetchall()
    return [row[0] for row in rows]


def max_ids(db: ServerDatabase) -> dict[str, int]:
    """The highest id of every table with an id sequence (0 when empty)."""
    return {
        t: int(db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{t}"').fetchone()[0])
        for t in _serial_tables(db)
    }


def reset_sequences(
    db: ServerDatabase, tables: list[str] | None = None, floor: dict[str, int] | None = None
) -> None:
    """Moves the id sequence of `tables` (default: every table) past its highest id, after
    rows were written with their own ids, so the next insert does not collide; and past
    `floor` (ids used before a restore), so no id is handed out twice."""
    if tables is None:
        tables = _serial_tables(db)
    for table in tables:
        least = int((floor or {}).get(table, 0))
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'GREATEST(COALESCE((SELECT MAX(id) FROM "{table}"), 0), %s) + 1, false)',
            (least,),
        )


def local_key(address: ServerAddress) -> str:
    """`server-<host_port_database>-<hash>`: names what this desk keeps per server
    database (its backups), never mixing two servers or two databases. The user is not
    part of it: the owner's and the desks' backups of one database are one series."""
    a = address
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{a.host}_{a.port}_{a.dbname}").strip("_")[:60]
    digest = hashlib.sha256(f"{a.host}:{a.port}/{a.dbname}".encode()).hexdigest()[:10]
    return f"server-{name}-{digest}"


# --- maintenance ------------------------------------------------------------------------


def quick_check(db: ServerDatabase) -> bool:
    """The server keeps its own pages whole; this checks that it answers and that the
    schema is ours."""
    try:
        return inspect(db).ours
    except Exception:  # peewee wraps the driver's errors
        return False


def vacuum(
    db: ServerDatabase, tables: list[str] | None = None, *, analyze: bool = False
) -> list[str]:
    """VACUUM of `tables` (default: every table of the program), of those this login may
    vacuum: their owner (or a superuser), and on PostgreSQL 17 and later a role granted
    MAINTAIN. The README's desk role on an older server may not: autovacuum then does the
    same work a little later. Returns the tables vacuumed. VACUUM cannot run inside a
    transaction; the connection is in autocommit between transactions. `analyze`: the
    planner's statistics too (after a bulk load: a moved-in database)."""
    with db.lock:
        allowed = may_vacuum(db, tables)
        if allowed:
            verb = "VACUUM (ANALYZE) " if analyze else "VACUUM "
            db.execute_sql(verb + ", ".join(f'"{t}"' for t in allowed))
    return allowed


def may_vacuum(db: ServerDatabase, tables: list[str] | None = None) -> list[str]:
    """Of `tables` (default: every table in the schema), those this login may VACUUM."""
    maintain = int(db.execute_sql("SHOW server_version_num").fetchone()[0]) >= 170000
    rule = "pg_has_role(current_user, tableowner, 'USAGE')"
    if maintain:  # the privilege exists from PostgreSQL 17 on
        rule += " OR has_table_privilege(quote_ident(tablename), 'MAINTAIN')"
    sql = f"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND ({rule})"
    names = [row[0] for row in db.execute_sql(sql).fetchall()]
    return sorted(n for n in names if tables is None or n in tables)


def owns_schema(db: ServerDatabase) -> bool:
    """True when this login may change the schema: it is (a member of) the role that owns
    the program's tables, or a superuser. The desk role of the README is not."""
    row = db.execute_sql(
        "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'contact'"
    ).fetchone()
    return bool(row and row[0])


def server_version(db: ServerDatabase) -> str:
    return str(db.execute_sql("SHOW server_version").fetchone()[0])
