"""Many support agents at once: N processes search, open and save accounts while one import runs.

    python benchmarks/agents.py --agents N (--database URL | --sqlite PATH) [--rows R]
        [--seconds S] [--import-rows M] [--seed K] [--json]
        [--hot-accounts H] [--import-workers W] [--keep-imported]

The database must be empty (it is then filled with R demo accounts through
``bulk_create_accounts(ws, generate_demo_accounts(R))``, in a child process) or
hold exactly R accounts (reused). Then:

* Each agent is a process of its own (``multiprocessing``, spawn) with its own
  ``Workspace`` and so its own connection pool. On PostgreSQL it signs in as an
  operator of its own (``agent-bench-<random>-<k>``, support agent, a random
  password handed over through the process's pickled arguments, never on a
  command line, in a file or in the environment); on SQLite it works as
  ``computer_operator`` like the app.
* The agents wait on a shared barrier, then for S seconds loop over a weighted
  mix with think times of 50–150 ms: 50 % a search (the register's first page
  and its first block of rows, as the register panel reads them), 30 % opening
  an account (what the account editor reads on open: the details with every
  contact, the history, the licences and the e-invoice network's view), 20 % an
  edit: the account is loaded, the main contact's city changed to a value
  unique to (agent, sequence) after a typing pause of 100–400 ms, and saved with
  the loaded version token. 30 % of the edits go to a hot set of 50 accounts so
  that real conflicts happen (``ConflictError``: counted, not an error).
* One more process imports M new demo accounts (another seed) from a CSV made
  beforehand with ``export_register``: ``plan_import`` + ``commit_import`` as an
  operator with import permission, starting a quarter into the run.
* Afterwards every successful save is checked against the database for lost
  updates; the imported accounts are deleted again (``delete_account``, unless
  ``--keep-imported``) so that the database holds R accounts for the next run,
  and the benchmark's operators are disabled: the services cannot delete an
  operator, nor disable the last administrator (in a new database the
  importer is the only one: it then stays enabled, with a password nobody knows).

With ``--json`` the last line of stdout is one JSON object (see README.md).
Exit code 0 when the run happened (whether or not the targets hold), 2 when the
input is refused, 1 when the benchmark itself failed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import math
import multiprocessing
import queue
import random
import secrets
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from bench_common import (
    EXIT_FAILED,
    EXIT_REFUSED,
    BenchError,
    Refused,
    ensure_importable,
    peak_rss_mb,
    say,
    stored_accounts,
)

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess
    from multiprocessing.queues import Queue
    from multiprocessing.synchronize import Barrier

    from custadmin.services.workspace import Workspace

DEFAULT_ROWS = 1_000_000
DEFAULT_SECONDS = 60.0
DEFAULT_IMPORT_ROWS = 20_000

#: The actions and how often an agent picks each.
MIX: tuple[tuple[str, float], ...] = (("search", 0.5), ("open", 0.3), ("save", 0.2))
#: Pause between two actions (reading the screen), seconds.
THINK_S = (0.05, 0.15)
#: Pause between loading an account for editing and saving it (typing), seconds.
EDIT_S = (0.1, 0.4)
#: Accounts several agents edit at once, and the share of edits that go to them.
HOT_ACCOUNTS = 50
HOT_SHARE = 0.3
#: Share of the opens that take an account from the agent's last search.
OPEN_FROM_SEARCH = 0.5
#: Accounts the agents open and edit are drawn from a random sample this big.
OPEN_SAMPLE = 10_000
#: Register rows the search texts are made from, and texts kept per kind.
TEXT_SOURCE_ROWS = 400
TEXTS_PER_KIND = 20
#: Rows the register panel reads with a new result's first page (its first block).
FIRST_BLOCK = 50
#: When the import starts, as a share of --seconds.
IMPORT_AT = 0.25
#: p95 limits (ms) of the issue, per action.
TARGETS_MS = {"search": 150.0, "open": 100.0, "save": 200.0}
SEARCH_KINDS = ("name_prefix", "company_name", "contact_name", "email_fragment",
                "phone_fragment", "org_fragment")
OPEN_PARTS = ("details", "history", "licences", "einvoice")
#: Agents and the importer must be signed in and ready within this time.
SETUP_TIMEOUT_S = 600.0
#: After --seconds, agents finish the action they are in (a lock wait is at most
#: PostgreSQL's lock/statement timeouts or SQLite's busy timeout).
FINISH_GRACE_S = 180.0
#: Deletions at once when the imported accounts are removed (PostgreSQL).
CLEANUP_THREADS = 4
#: How many error messages are kept (per agent, and in the report).
ERROR_SAMPLES = 5
#: Import seeds are this far from --seed, never the register's own seed (1).
IMPORT_SEED_OFFSET = 1_000_003










def _register_module() -> ModuleType:
    """benchmarks/register.py, for the helpers that cut search texts out of displayed values."""
    path = Path(__file__).resolve().with_name("register.py")
    spec = importlib.util.spec_from_file_location("custadmin_bench_register", path)
    if spec is None or spec.loader is None:
        raise BenchError(f"cannot load {path}")
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # (its dataclasses look their module up there)
        spec.loader.exec_module(module)
    return module


# --- what the processes are given --------------------------------------------------


@dataclass(frozen=True)
class SignIn:
    """How a process gets its operator: signed in (PostgreSQL) or the computer's user."""

    name: str | None = None
    #: Never printed: left out of the repr; travels only in pickled process arguments.
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class AgentPlan:
    index: int
    url: str
    sign_in: SignIn
    seconds: float
    seed: int
    texts: tuple[tuple[str, str], ...]
    open_ids: tuple[int, ...]
    hot_ids: tuple[int, ...]
    #: Part of every value written: unique to the run, so that no save of this
    #: run writes what an earlier run (same seed) left there (a save that
    #: changes nothing is not one).
    run_tag: str


@dataclass(frozen=True)
class ImporterPlan:
    url: str
    sign_in: SignIn
    csv_path: str
    delay_s: float
    workers: int | None


#: One timed action: (action, kind, started (time.monotonic), seconds, outcome).
Sample = tuple[str, str, float, float, str]
#: One successful save: (account id, version loaded, version saved, city written).
Save = tuple[int, int, int, str]


def _open_workspace(url: str, sign_in: SignIn) -> Workspace:
    """The database used by this process's operator, as the app signs in."""
    from custadmin.services.operators import computer_operator
    from custadmin.services.operators import sign_in as operator_sign_in
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database

    ws = Workspace(open_database(url, create=False))
    try:
        if sign_in.name is None:
            return ws.acting(computer_operator(ws))
        return ws.acting(operator_sign_in(ws, sign_in.name, sign_in.password or ""))
    except BaseException:
        ws.dispose()
        raise


def _exception_chain(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__, getattr(current, "orig", None)):
            if isinstance(linked, BaseException):
                todo.append(linked)


def _is_deadlock(exc: BaseException) -> bool:
    for link in _exception_chain(exc):
        if str(getattr(link, "sqlstate", "") or "") == "40P01":
            return True
        if "deadlock" in str(link).lower():
            return True
    return False


def _classify(exc: BaseException) -> str:
    """``conflict``, ``deadlock``, ``locked`` (a lock not had in time) or ``error``."""
    from custadmin.domain.errors import ConflictError, DatabaseBusy

    if _is_deadlock(exc):
        return "deadlock"
    if isinstance(exc, DatabaseBusy):
        # SQLite's busy timeout, or PostgreSQL's lock_timeout (55P03).
        return "locked"
    if isinstance(exc, ConflictError):
        return "conflict"
    if any("database is locked" in str(link).lower() for link in _exception_chain(exc)):
        return "locked"
    return "error"


def _describe(exc: BaseException) -> str:
    # Statement parameters never reach an error's text (hide_parameters).
    return f"{type(exc).__name__}: {str(exc)[:300]}"


# --- an agent (child process) ------------------------------------------------------------


class _Agent:
    def __init__(self, plan: AgentPlan, ws: Workspace) -> None:
        self.plan = plan
        self.ws = ws
        self.rng = random.Random(plan.seed * 1_000 + plan.index)
        self.samples: list[Sample] = []
        self.saves: list[Save] = []
        self.errors: list[str] = []
        self.error_count = 0
        self.last_page: Sequence[int] = ()
        self.sequence = 0

    def timed(self, action: str, kind: str, run: Callable[[], Any]) -> tuple[str, Any]:
        started = time.monotonic()
        began = time.perf_counter()
        try:
            value = run()
        except Exception as exc:  # every failure is counted, and the agent goes on
            took = time.perf_counter() - began
            outcome = _classify(exc)
            if outcome == "error":
                self.error_count += 1
                if len(self.errors) < ERROR_SAMPLES:
                    self.errors.append(f"{action}: {_describe(exc)}")
            self.samples.append((action, kind, started, took, outcome))
            return outcome, None
        self.samples.append((action, kind, started, time.perf_counter() - began, "ok"))
        return "ok", value

    def search(self) -> None:
        from custadmin.domain.register import RegisterQuery
        from custadmin.services.register import first_page, stored_register_rows

        kind, text = self.rng.choice(self.plan.texts)
        ws = self.ws

        def run() -> Sequence[int]:
            # As the register panel shows a new result: the first page with
            # the true count, then the first block of its rows.
            page = first_page(ws, RegisterQuery(text=text))
            stored_register_rows(ws, page.ids[:FIRST_BLOCK], text)
            return page.ids

        outcome, ids = self.timed("search", kind, run)
        if outcome == "ok":
            self.last_page = list(ids)

    def open(self) -> None:
        from custadmin.services.accounts import load_account
        from custadmin.services.audit_trail import account_history
        from custadmin.services.einvoice import delivery_inputs
        from custadmin.services.licences import licences

        if self.last_page and self.rng.random() < OPEN_FROM_SEARCH:
            account_id = self.rng.choice(self.last_page)
        else:
            account_id = self.rng.choice(self.plan.open_ids)
        ws = self.ws
        parts: dict[str, float] = {}

        def part(name: str, run: Callable[[], Any]) -> Any:
            began = time.perf_counter()
            value = run()
            parts[name] = time.perf_counter() - began
            return value

        def run() -> None:
            # What the account editor reads when an account is opened (each
            # on a worker there): the details with every contact, then the
            # history, the licences and the e-invoice network's view.
            details = part("details", lambda: load_account(ws, account_id))
            part("history", lambda: account_history(ws, account_id))
            part("licences", lambda: licences(ws, account_id))
            org = "".join(ch for ch in details.org_number if ch.isalnum())
            part("einvoice", lambda: delivery_inputs(ws, account_id, org, details.country,
                                                     details.peppol_id))

        started = time.monotonic()
        outcome, _ = self.timed("open", "", run)
        if outcome == "ok":
            for name, took in parts.items():
                self.samples.append((f"open.{name}", "", started, took, "ok"))

    def save(self) -> None:
        from custadmin.services.accounts import load_account, update_account_details

        hot = self.rng.random() < HOT_SHARE
        account_id = self.rng.choice(self.plan.hot_ids if hot else self.plan.open_ids)
        kind = "hot" if hot else "cold"
        ws = self.ws
        outcome, loaded = self.timed("edit_load", kind, lambda: load_account(ws, account_id))
        if outcome != "ok":
            return
        time.sleep(self.rng.uniform(*EDIT_S))
        self.sequence += 1
        city = f"Agentstad {self.plan.run_tag}-{self.plan.index}-{self.sequence}"
        contact = replace(loaded.main_contact.as_input(), city=city)
        outcome, saved = self.timed(
            "save", kind,
            lambda: update_account_details(ws, loaded.token, loaded.as_input(), contact))
        if outcome != "ok":
            return
        if saved.main_contact.city != city or saved.version == loaded.version:
            # The service said it saved, but what it returned is not the save.
            self.error_count += 1
            if len(self.errors) < ERROR_SAMPLES:
                self.errors.append(
                    f"save of account {account_id}: returned city {saved.main_contact.city!r} "
                    f"version {saved.version}, expected {city!r} after version {loaded.version}")
            return
        self.saves.append((account_id, loaded.version, saved.version, city))

    def run(self, deadline: float) -> None:
        actions = {"search": self.search, "open": self.open, "save": self.save}
        names = [name for name, _ in MIX]
        weights = [weight for _, weight in MIX]
        while time.monotonic() < deadline:
            actions[self.rng.choices(names, weights)[0]]()
            time.sleep(self.rng.uniform(*THINK_S))


def _signed_in(url: str, sign_in: SignIn, who: str, barrier: Barrier,
               results: Queue[Any]) -> Workspace | None:
    """The child's workspace, or None once its failure is reported and the start called off."""
    try:
        return _open_workspace(url, sign_in)
    except Exception as exc:
        results.put(("failed", who, f"opening and signing in: {_describe(exc)}"))
        barrier.abort()
        return None


def _started(who: str, barrier: Barrier, results: Queue[Any]) -> bool:
    """Ready, and every other process too: False (reported) if the start was called off."""
    results.put(("ready", who, None))
    try:
        barrier.wait(SETUP_TIMEOUT_S)
    except threading.BrokenBarrierError:
        results.put(("failed", who, "the start barrier broke (another process failed)"))
        return False
    return True


def _agent_main(plan: AgentPlan, barrier: Barrier, results: Queue[Any]) -> None:
    who = f"agent {plan.index}"
    ensure_importable()
    ws = _signed_in(plan.url, plan.sign_in, who, barrier, results)
    if ws is None:
        return
    try:
        agent = _Agent(plan, ws)
        # Warm up as a running app would be (imports, the pool's connection),
        # not timed: one search and one open.
        agent.search()
        agent.open()
        agent.samples.clear()
        agent.errors.clear()
        agent.error_count = 0
        if not _started(who, barrier, results):
            return
        agent.run(time.monotonic() + plan.seconds)
        results.put(("result", who, {
            "samples": agent.samples, "saves": agent.saves, "errors": agent.errors,
            "error_count": agent.error_count, "peak_rss_mb": peak_rss_mb(),
        }))
    except Exception as exc:
        results.put(("failed", who, _describe(exc)))
        barrier.abort()
    finally:
        ws.dispose()


# --- the import (child process) -------------------------------------------------------------


def _importer_main(plan: ImporterPlan, barrier: Barrier, results: Queue[Any]) -> None:
    who = "importer"
    ensure_importable()
    ws = _signed_in(plan.url, plan.sign_in, who, barrier, results)
    if ws is None:
        return
    report: dict[str, Any] = {"committed": False}
    try:
        from custadmin.services.importer import commit_import, default_workers, plan_import

        if not _started(who, barrier, results):
            return
        time.sleep(plan.delay_s)
        report["started"] = time.monotonic()
        try:
            checked = plan_import(ws, plan.csv_path, workers=plan.workers)
            report["planned"] = time.monotonic()
            report.update(rows=checked.rows, valid_rows=checked.valid_rows,
                          refused_lines=checked.rejected_lines, fatal=checked.fatal,
                          workers=plan.workers or default_workers(checked.rows))
            written = commit_import(ws, checked)
            report["finished"] = time.monotonic()
            report.update(committed=written.accounts > 0, accounts=written.accounts,
                          contacts=written.contacts,
                          first_customer_number=written.first_customer_number,
                          last_customer_number=written.last_customer_number,
                          stored_duplicates=len(written.problems))
        except Exception as exc:
            report["finished"] = time.monotonic()
            report["outcome"] = _classify(exc)
            report["error"] = _describe(exc)
        results.put(("result", who, report))
    except Exception as exc:
        results.put(("failed", who, _describe(exc)))
        barrier.abort()
    finally:
        ws.dispose()


# --- creating the register (child process) ---------------------------------------------------


def _create_main(url: str, rows: int, results: Queue[Any]) -> None:
    ensure_importable()
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database

    began = time.perf_counter()
    ws = Workspace(open_database(url))
    step = max(rows // 10, 1)
    reported = [0]

    def progress(done: int) -> None:
        if done - reported[0] >= step or done == rows:
            reported[0] = done
            elapsed = time.perf_counter() - began
            say(f"  {done:>10,} / {rows:,} accounts, {elapsed:7.1f} s")

    try:
        result = bulk_create_accounts(ws, generate_demo_accounts(rows), progress=progress)
    finally:
        ws.dispose()
    results.put({"created": result.created, "rejected": len(result.rejected),
                 "create_s": round(time.perf_counter() - began, 2)})


@dataclass
class Target:
    url: str
    backend: str
    where: str
    sqlite_path: Path | None


def _target(args: argparse.Namespace) -> Target:
    from custadmin.storage.engine import display_url, normalize_url

    if args.sqlite is not None:
        path = args.sqlite.expanduser().resolve()
        return Target(str(path), "sqlite", str(path), path)
    url = normalize_url(args.database)
    backend = url.get_backend_name()
    if backend != "postgresql":
        raise Refused(f"--database takes a PostgreSQL URL (use --sqlite PATH for SQLite), "
                      f"not {backend}")
    return Target(args.database, backend, display_url(url), None)


def _prepare_database(target: Target, rows: int) -> dict[str, Any]:
    """Reuse a database holding exactly ``rows`` accounts; fill an empty one."""
    existing = stored_accounts(target.url, target.where, target.sqlite_path) or 0
    if existing == rows:
        say(f"reusing {target.where}: it holds {rows:,} accounts")
        return {"reused": True, "create_s": None}
    if existing:
        raise Refused(f"{target.where} holds {existing:,} accounts, not {rows:,}: use an empty "
                      "database or one this benchmark (or register.py) filled with --rows "
                      f"{existing}")
    say(f"creating {rows:,} demo accounts in {target.where} (bulk_create_accounts)")
    context = multiprocessing.get_context("spawn")
    results: Queue[Any] = context.Queue()
    child = context.Process(target=_create_main, args=(target.url, rows, results),
                            name="custadmin-bench-create")
    child.start()
    report: dict[str, Any] | None = None
    while report is None:
        try:
            report = results.get(timeout=1.0)
        except queue.Empty:
            if not child.is_alive():
                with contextlib.suppress(queue.Empty):
                    report = results.get(timeout=5.0)
                break
    child.join()
    if report is None or report["created"] != rows:
        raise BenchError(f"creating the accounts failed (child exit code {child.exitcode}; "
                         f"{report})")
    say(f"created {rows:,} accounts in {report['create_s']:.1f} s")
    return {"reused": False, "create_s": report["create_s"]}


# --- before the run (this process) -----------------------------------------------------------


def _search_texts(ws: Workspace, ids: Sequence[int]) -> list[tuple[str, str]]:
    """What agents type: pieces of accounts seen in the register, by kind."""
    from custadmin.services.register import register_rows

    register = _register_module()
    fragment, middle = register._fragment, register._middle
    texts: dict[str, list[str]] = {kind: [] for kind in SEARCH_KINDS}
    for row in register_rows(ws, ids):
        words = row.name.split()
        company = bool(row.org_number) and bool(words)
        candidates = {
            "name_prefix": words[0][:3] if words and len(words[0]) >= 3 else "",
            "company_name": row.name if company else "",
            "contact_name": row.main_contact,
            "email_fragment": middle(row.email.split("@")[0], 5),
            # A leading 0 would be taken for the trunk prefix and dropped.
            "phone_fragment": fragment(row.phone, 5, want=" ", avoid="-+", no_lead="0")
            if sum(ch.isdigit() for ch in row.phone) >= 5 else "",
            "org_fragment": fragment(row.org_number, 5, want="-")
            if sum(ch.isdigit() for ch in row.org_number) >= 5 else "",
        }
        for kind, text in candidates.items():
            text = text.strip()
            if len(text) >= 3 and len(texts[kind]) < TEXTS_PER_KIND and text not in texts[kind]:
                texts[kind].append(text)
    missing = [kind for kind, found in texts.items() if not found]
    if missing:
        raise BenchError(f"no search texts of kind {', '.join(missing)} in the sample")
    return [(kind, text) for kind, found in texts.items() for text in found]


def _samples(ws: Workspace, rows: int, hot: int, rng: random.Random) -> tuple[
        list[int], list[int], list[tuple[str, str]]]:
    """Accounts to open and edit, the hot set among them, and the search texts."""
    from custadmin.domain.register import RegisterQuery
    from custadmin.services.register import search_register

    every = search_register(ws, RegisterQuery())
    if len(every) != rows:
        raise BenchError(f"the register lists {len(every):,} accounts, expected {rows:,}")
    open_ids = rng.sample(list(every), min(OPEN_SAMPLE, len(every)))
    hot_ids = open_ids[:hot]
    texts = _search_texts(ws, open_ids[:TEXT_SOURCE_ROWS])
    return open_ids, hot_ids, texts


def _import_file(folder: Path, rows: int, seed: int) -> Path:
    """A CSV of ``rows`` new demo accounts, exported from a temporary SQLite register."""
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.exporter import export_register
    from custadmin.services.workspace import open_workspace

    source = open_workspace(str(folder / "import-source.sqlite3"))
    try:
        bulk_create_accounts(source, generate_demo_accounts(rows, seed=seed))
        exported = export_register(source, folder / "import.csv")
    finally:
        source.dispose()
    say(f"import file: {exported.rows:,} rows of {exported.accounts:,} new accounts "
         f"(demo seed {seed})")
    return Path(exported.path)


@dataclass
class Operators:
    """The benchmark's operators (PostgreSQL), or the computer's user (SQLite)."""

    agents: list[SignIn]
    importer: SignIn
    created: list[str]


def _operators(ws: Workspace, target: Target, agents: int) -> Operators:
    from custadmin.domain.operators import OperatorRole, Permission
    from custadmin.services.operators import computer_operator, create_operator

    if target.backend == "sqlite":
        actor = computer_operator(ws)
        for permission in (Permission.EDIT_ACCOUNTS, Permission.IMPORT,
                           Permission.DELETE_ACCOUNTS):
            if not actor.may(permission):
                raise Refused(f"{target.where}: this computer's operator {actor.name!r} is "
                              f"{actor.role.value}: may not {permission.value} (the agents, "
                              "the import and the clean-up need an administrator)")
        return Operators([SignIn()] * agents, SignIn(), [])
    run = secrets.token_hex(4)
    created: list[str] = []

    def new(suffix: str, role: OperatorRole) -> SignIn:
        name, password = f"agent-bench-{run}-{suffix}", secrets.token_urlsafe(24)
        create_operator(ws, name, f"Benchmark agent {suffix}", role, password)
        created.append(name)
        return SignIn(name, password)

    signed = [new(str(k), OperatorRole.SUPPORT_AGENT) for k in range(1, agents + 1)]
    # Only administrators may import.
    importer = new("import", OperatorRole.ADMINISTRATOR)
    say(f"operators: {created[0]} … {created[-1]} (random passwords, handed to the "
         "processes only)")
    return Operators(signed, importer, created)


def _disable_operators(ws: Workspace, names: Sequence[str]) -> dict[str, Any]:
    """Disable the benchmark's operators (there is no service that deletes one).

    The importer, an administrator, may be the database's only one (a new
    database): the service refuses to disable the last administrator, so it
    then stays enabled, with a password nobody knows.
    """
    from custadmin.domain.errors import RuleViolation
    from custadmin.services.operators import list_operators, set_operator_role

    wanted = set(names)
    disabled = 0
    left: list[str] = []
    for info in list_operators(ws):
        if info.name in wanted and info.enabled:
            try:
                set_operator_role(ws, info.token, info.role, enabled=False)
            except RuleViolation as exc:
                left.append(f"{info.name} ({exc.message})")
            else:
                disabled += 1
    return {"operators_disabled": disabled, "operators_left_enabled": left}


# --- the run -------------------------------------------------------------------------------


@dataclass
class Gathered:
    agents: list[dict[str, Any]]
    importer: dict[str, Any]
    started: float
    ended: float


def _run(target: Target, operators: Operators, args: argparse.Namespace,
         open_ids: list[int], hot_ids: list[int], texts: list[tuple[str, str]],
         csv_path: Path) -> Gathered:
    context = multiprocessing.get_context("spawn")
    results: Queue[Any] = context.Queue()
    run_tag = secrets.token_hex(3)
    barrier = context.Barrier(args.agents + 2)  # the agents, the importer and this process
    processes: dict[str, SpawnProcess] = {}
    for k, sign_in in enumerate(operators.agents, start=1):
        plan = AgentPlan(k, target.url, sign_in, args.seconds, args.seed, tuple(texts),
                         tuple(open_ids), tuple(hot_ids), run_tag)
        processes[f"agent {k}"] = context.Process(
            target=_agent_main, args=(plan, barrier, results), name=f"custadmin-agent-{k}")
    importer = ImporterPlan(target.url, operators.importer, str(csv_path),
                            args.seconds * IMPORT_AT, args.import_workers)
    processes["importer"] = context.Process(
        target=_importer_main, args=(importer, barrier, results), name="custadmin-importer")
    ready: set[str] = set()
    reports: dict[str, Any] = {}
    failures: list[str] = []

    def receive(until: float, done: Callable[[], bool]) -> None:
        gone: dict[str, float] = {}
        while not done() and not failures:
            now = time.monotonic()
            if now > until:
                waiting = set(processes) - (set(reports) if ready >= set(processes) else ready)
                failures.append("timed out waiting for " + ", ".join(sorted(waiting)))
                return
            try:
                kind, who, payload = results.get(timeout=0.5)
            except queue.Empty:
                for who, process in processes.items():
                    # Gone: what it sent on its way out is given a moment to arrive.
                    if (process.exitcode is not None and who not in reports
                            and now - gone.setdefault(who, now) > 10):
                        failures.append(f"{who} ended (exit code {process.exitcode}) "
                                        "without reporting")
                continue
            if kind == "ready":
                ready.add(who)
            elif kind == "result":
                reports[who] = payload
            else:
                failures.append(f"{who}: {payload}")

    try:
        for process in processes.values():
            process.start()
        say(f"starting {args.agents} agents and the importer (opening, signing in) …")
        receive(time.monotonic() + SETUP_TIMEOUT_S, lambda: ready >= set(processes))
        if failures:
            barrier.abort()
            raise BenchError("; ".join(failures))
        try:
            barrier.wait(60)
        except threading.BrokenBarrierError:
            raise BenchError("the start barrier broke (a process failed before the start)") \
                from None
        started = time.monotonic()
        say(f"running for {args.seconds:g} s; the import starts after "
             f"{args.seconds * IMPORT_AT:g} s")
        agent_names = {who for who in processes if who != "importer"}
        receive(started + args.seconds + FINISH_GRACE_S,
                lambda: agent_names <= set(reports))
        ended = time.monotonic()
        if not failures and "importer" not in reports:
            say("the agents are done; waiting for the import to finish …")
            receive(float("inf"), lambda: "importer" in reports)
        if failures:
            raise BenchError("; ".join(failures))
        for process in processes.values():
            process.join(30)
    finally:
        for process in processes.values():
            if process.is_alive():
                process.terminate()
                process.join(10)
    agents = [reports[f"agent {k}"] for k in range(1, args.agents + 1)]
    return Gathered(agents, reports["importer"], started, ended)


# --- after the run --------------------------------------------------------------------------


def _check_saves(ws: Workspace, saves: Sequence[Save]) -> dict[str, Any]:
    """Lost updates: two saves from one loaded version, or a stored city not the last save's."""
    from custadmin.domain.errors import NotFoundError
    from custadmin.services.accounts import load_account

    by_account: dict[int, list[Save]] = defaultdict(list)
    for save in saves:
        by_account[save[0]].append(save)
    lost: list[str] = []
    unverified = 0
    for account_id, made in sorted(by_account.items()):
        twice = Counter(loaded for _, loaded, _, _ in made)
        for loaded, times in twice.items():
            if times > 1:
                lost.extend([f"account {account_id}: {times} saves from version {loaded}"]
                            * (times - 1))
        _, _, newest, city = max(made, key=lambda save: save[2])
        try:
            stored = load_account(ws, account_id)
        except NotFoundError:
            lost.append(f"account {account_id}: gone")
            continue
        if stored.version < newest:
            lost.append(f"account {account_id}: stored version {stored.version} is older "
                        f"than a successful save's {newest}")
        elif stored.version == newest and stored.main_contact.city != city:
            lost.append(f"account {account_id}: version {newest} holds "
                        f"{stored.main_contact.city!r}, saved {city!r}")
        elif stored.version > newest:
            unverified += 1  # written after the last recorded save (by nobody known)
    return {"saves_checked": len(saves), "accounts_edited": len(by_account),
            "lost_updates": len(lost), "lost_update_samples": lost[:ERROR_SAMPLES],
            "accounts_unverified": unverified}


def _remove_imported(ws: Workspace, first: int | None, last: int | None) -> dict[str, Any]:
    """Delete the accounts the import added (one ``delete_account`` each, audited as
    the app deletes), so that the register holds R accounts again for the next run."""
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import select

    from custadmin.domain.versions import VersionToken
    from custadmin.services.accounts import delete_account
    from custadmin.storage.schema import Account

    if first is None or last is None:
        return {"imported_deleted": 0, "cleanup_s": 0.0}
    began = time.perf_counter()
    # (Which accounts have those customer numbers: no service answers that.)
    with ws.engine.connect() as conn:
        tokens = [VersionToken(int(i), int(v)) for i, v in conn.execute(
            select(Account.id, Account.version)
            .where(Account.customer_number.between(first, last)))]
    step = max(len(tokens) // 5, 1000)
    # A few at once on PostgreSQL (the commits wait for the disk, not the CPU);
    # SQLite has one writer anyway.
    threads = 1 if ws.dialect == "sqlite" else CLEANUP_THREADS
    with ThreadPoolExecutor(threads) as pool:
        for done, _ in enumerate(pool.map(lambda token: delete_account(ws, token), tokens), 1):
            if done % step == 0:
                say(f"  {done:,} / {len(tokens):,} deleted, "
                     f"{time.perf_counter() - began:.0f} s")
    return {"imported_deleted": len(tokens),
            "cleanup_s": round(time.perf_counter() - began, 2)}


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of sorted seconds, in ms."""
    rank = max(math.ceil(q / 100 * len(ordered)), 1)
    return round(ordered[rank - 1] * 1000, 1)


def _stats(samples: Sequence[Sample], seconds: float | None = None) -> dict[str, Any]:
    ok = sorted(took for *_, took, outcome in samples if outcome == "ok")
    figures: dict[str, Any] = {"count": len(samples), "ok": len(ok)}
    outcomes = Counter(outcome for *_, outcome in samples if outcome != "ok")
    figures.update(outcomes)
    if ok:
        figures.update(p50_ms=_percentile(ok, 50), p95_ms=_percentile(ok, 95),
                       p99_ms=_percentile(ok, 99), max_ms=round(ok[-1] * 1000, 1))
    if seconds:
        figures["per_s"] = round(len(ok) / seconds, 1)
    return figures


def _overlapping(samples: Iterable[Sample], start: float | None,
                 end: float | None) -> list[Sample]:
    if start is None or end is None:
        return []
    return [s for s in samples if s[2] < end and s[2] + s[3] > start]


def _report(args: argparse.Namespace, target: Target, gathered: Gathered,
            checked: dict[str, Any]) -> dict[str, Any]:
    samples = [s for agent in gathered.agents for s in agent["samples"]]
    seconds = gathered.ended - gathered.started
    actions = ("search", "open", "save", "edit_load")
    by_action = {a: [s for s in samples if s[0] == a] for a in actions}
    stats = {a: _stats(by_action[a], seconds) for a in actions}
    outcomes = Counter(s[4] for s in samples if s[0] in actions)
    errors = [e for agent in gathered.agents for e in agent["errors"]]
    error_count = sum(agent["error_count"] for agent in gathered.agents)
    imported = dict(gathered.importer)
    if imported.get("outcome") == "error" or (imported.get("error") and not imported.get(
            "outcome")):
        error_count += 1
        errors.append(f"import: {imported['error']}")
    elif imported.get("outcome") in ("deadlock", "locked"):
        outcomes[imported["outcome"]] += 1
    started_import, planned = imported.pop("started", None), imported.pop("planned", None)
    finished = imported.pop("finished", None)
    if started_import is not None and finished is not None:
        duration = finished - started_import
        imported["started_after_s"] = round(started_import - gathered.started, 2)
        imported["duration_s"] = round(duration, 2)
        imported["rows_per_s"] = round(imported.get("rows", 0) / duration, 1) if duration else 0
        imported["ended_before_agents"] = finished <= gathered.ended
    if planned is not None and started_import is not None:
        imported["plan_s"] = round(planned - started_import, 2)
        if finished is not None and imported.get("committed"):
            imported["commit_s"] = round(finished - planned, 2)
    timed = [s for s in samples if s[0] in actions]
    during = {
        "import": _overlapping(timed, started_import, finished),
        "import_commit": _overlapping(timed, planned, finished),
    }
    report: dict[str, Any] = {
        "backend": target.backend,
        "rows": args.rows,
        "agents": args.agents,
        "seconds": round(seconds, 1),
        "seed": args.seed,
        "hot_accounts": args.hot_accounts,
        "actions": stats,
        "search_by_kind": {
            kind: {k: v for k, v in _stats([s for s in by_action["search"] if s[1] == kind])
                   .items() if k in ("count", "ok", "p50_ms", "p95_ms")}
            for kind in SEARCH_KINDS},
        "open_parts_ms": {
            part: {k: v for k, v in _stats([s for s in samples if s[0] == f"open.{part}"])
                   .items() if k in ("p50_ms", "p95_ms")}
            for part in OPEN_PARTS},
        "throughput_per_s": round(sum(1 for s in timed if s[0] != "edit_load") / seconds, 1),
        "conflicts": outcomes["conflict"],
        "hot_saves": sum(1 for s in by_action["save"] if s[1] == "hot"),
        **checked,
        "deadlocks": outcomes["deadlock"],
        "locked": outcomes["locked"],
        "unhandled_errors": error_count,
        "error_samples": errors[:ERROR_SAMPLES],
        "during_import": {
            name: {a: {k: v for k, v in _stats([s for s in part if s[0] == a]).items()
                       if k in ("count", "ok", "p50_ms", "p95_ms", "locked", "deadlock")}
                   for a in ("search", "open", "save")}
            for name, part in during.items()},
        "import": imported,
        "agent_peak_rss_mb": max(agent["peak_rss_mb"] for agent in gathered.agents),
        "targets": {
            f"{action}_p95_ms": {
                "limit": limit, "value": stats[action].get("p95_ms"),
                "holds": stats[action].get("p95_ms") is not None
                and stats[action]["p95_ms"] <= limit}
            for action, limit in TARGETS_MS.items()},
    }
    return report


def _print_report(report: dict[str, Any]) -> None:
    say("")
    say(f"{report['agents']} agents on {report['backend']}, {report['rows']:,} accounts, "
         f"{report['seconds']:.1f} s")
    say(f"{'action':<10} {'count':>7} {'ok':>7} {'conflict':>8} {'locked':>6} "
         f"{'error':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'ok/s':>7}")
    for action, s in report["actions"].items():
        def cell(key: str, s: dict[str, Any] = s) -> str:
            value = s.get(key)
            return "-" if value is None else f"{value:,.1f}"

        say(f"{action:<10} {s['count']:>7,} {s['ok']:>7,} {s.get('conflict', 0):>8,} "
             f"{s.get('locked', 0):>6,} {s.get('error', 0):>6,} {cell('p50_ms'):>8} "
             f"{cell('p95_ms'):>8} {cell('p99_ms'):>8} {cell('max_ms'):>8} "
             f"{s.get('per_s', 0):>7,.1f}")
    say("(edit_load: loading the account before an edit; not one of the targets)")
    say("search p95 by kind: " + ", ".join(
        f"{kind} {v.get('p95_ms', '-')}" for kind, v in report["search_by_kind"].items()))
    say("open p95 by part: " + ", ".join(
        f"{part} {v.get('p95_ms', '-')}" for part, v in report["open_parts_ms"].items()))
    say(f"throughput: {report['throughput_per_s']:,.1f} actions/s; conflicts "
         f"{report['conflicts']} ({report['hot_saves']} saves to the hot set); lost updates "
         f"{report['lost_updates']} of {report['saves_checked']} saves checked "
         f"({report['accounts_unverified']} accounts unverifiable); deadlocks "
         f"{report['deadlocks']}; locked {report['locked']}; unhandled errors "
         f"{report['unhandled_errors']}")
    say(f"peak memory of one agent process: {report['agent_peak_rss_mb']:.0f} MB")
    for sample in report["error_samples"]:
        say(f"  error: {sample}")
    for sample in report["lost_update_samples"]:
        say(f"  lost update: {sample}")
    for name, part in report["during_import"].items():
        say(f"while the {name.replace('_', ' ')} ran: " + "; ".join(
            f"{action} {s['count']} (p95 {s.get('p95_ms', '-')} ms"
            + (f", locked {s['locked']}" if s.get("locked") else "") + ")"
            for action, s in part.items()))
    imp = report["import"]
    if "duration_s" in imp:
        say(f"import: {imp.get('rows', 0):,} rows, committed {imp['committed']} "
             f"({imp.get('accounts', 0):,} accounts, {imp.get('refused_lines', 0)} lines "
             f"refused) in {imp['duration_s']:.1f} s = {imp['rows_per_s']:,.0f} rows/s "
             f"(check {imp.get('plan_s', '-')} s, write {imp.get('commit_s', '-')} s, "
             f"{imp.get('workers')} worker(s)); started {imp['started_after_s']:.1f} s in"
             + ("" if imp["ended_before_agents"] else ", ended after the agents stopped"))
    if imp.get("error"):
        say(f"import failed: {imp['error']}")
    for key, target in report["targets"].items():
        value = target["value"]
        shown = "-" if value is None else f"{value:,.1f} ms"
        say(f"target {key} ≤ {target['limit']:g} ms: {shown} → "
             + ("holds" if target["holds"] else "MISSED"))


# --- command line ---------------------------------------------------------------------------


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Many support agents at once: search, open, edit and save while one "
        "import runs.")
    parser.add_argument("--agents", type=int, required=True, metavar="N",
                        help="agent processes, each with its own connection pool")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--database", metavar="URL",
                       help="PostgreSQL database: empty, or holding exactly R accounts")
    where.add_argument("--sqlite", metavar="PATH", type=Path,
                       help="SQLite file: missing or empty, or holding exactly R accounts")
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, metavar="R",
                        help=f"accounts in the register (default {DEFAULT_ROWS:,})")
    parser.add_argument("--seconds", type=float, default=DEFAULT_SECONDS, metavar="S",
                        help=f"how long the agents work (default {DEFAULT_SECONDS:g})")
    parser.add_argument("--import-rows", type=int, default=DEFAULT_IMPORT_ROWS, metavar="M",
                        help=f"new accounts the import adds (default {DEFAULT_IMPORT_ROWS:,})")
    parser.add_argument("--import-workers", type=int, default=None, metavar="W",
                        help="validating processes of the import (default: as the app "
                        "chooses)")
    parser.add_argument("--hot-accounts", type=int, default=HOT_ACCOUNTS, metavar="H",
                        help=f"accounts that {HOT_SHARE:.0%} of the edits go to, so that "
                        f"agents conflict (default {HOT_ACCOUNTS})")
    parser.add_argument("--keep-imported", action="store_true",
                        help="leave the imported accounts in the database (by default they "
                        "are deleted after the run, so that it can be reused)")
    parser.add_argument("--seed", type=int, default=1, metavar="K",
                        help="seed of the agents' choices and of the import's demo data")
    parser.add_argument("--json", action="store_true",
                        help="print the results as one JSON object on the last line")
    args = parser.parse_args(argv)
    if args.agents < 1:
        parser.error("--agents must be at least 1")
    if args.rows < 2 * HOT_ACCOUNTS:
        parser.error(f"--rows must be at least {2 * HOT_ACCOUNTS}")
    if not 1 <= args.hot_accounts <= min(args.rows, OPEN_SAMPLE):
        parser.error(f"--hot-accounts must be 1 … {min(args.rows, OPEN_SAMPLE)}")
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    if args.import_rows < 1:
        parser.error("--import-rows must be at least 1")
    if args.import_workers is not None and args.import_workers < 1:
        parser.error("--import-workers must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    ensure_importable()
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database

    folder = Path(tempfile.mkdtemp(prefix="custadmin-agents-"))
    ws: Workspace | None = None
    operators: Operators | None = None
    gathered: Gathered | None = None
    cleanup: dict[str, Any] = {}
    try:
        target = _target(args)
        say(f"custadmin agents benchmark: {args.agents} agents, {target.backend} "
             f"({target.where}), {args.rows:,} accounts, {args.seconds:g} s")
        database = _prepare_database(target, args.rows)
        ws = Workspace(open_database(target.url, create=False))
        operators = _operators(ws, target, args.agents)
        rng = random.Random(args.seed)
        open_ids, hot_ids, texts = _samples(ws, args.rows, args.hot_accounts, rng)
        say(f"{len(open_ids):,} accounts to open, {len(hot_ids)} of them hot; "
             f"{len(texts)} search texts")
        import_seed = args.seed + IMPORT_SEED_OFFSET
        csv_path = _import_file(folder, args.import_rows, import_seed)
        gathered = _run(target, operators, args, open_ids, hot_ids, texts, csv_path)
        checked = _check_saves(ws, [save for agent in gathered.agents
                                    for save in agent["saves"]])
        report = _report(args, target, gathered, checked)
        report["import"]["seed"] = import_seed
        report["database"] = database
    except Refused as exc:
        print(f"agents benchmark: {exc}", file=sys.stderr, flush=True)
        return EXIT_REFUSED
    except BenchError as exc:
        print(f"agents benchmark: FAILED: {exc}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    finally:
        if ws is not None:
            try:
                imported = gathered.importer if gathered is not None else {}
                if not args.keep_imported and imported.get("committed"):
                    say("deleting the imported accounts (delete_account) …")
                    cleanup.update(_remove_imported(ws, imported.get("first_customer_number"),
                                                    imported.get("last_customer_number")))
                if operators is not None and operators.created:
                    cleanup.update(_disable_operators(ws, operators.created))
            except Exception as exc:  # reported; the figures are still worth having
                cleanup["error"] = _describe(exc)
                print(f"agents benchmark: clean-up failed: {cleanup['error']}",
                      file=sys.stderr, flush=True)
            finally:
                ws.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    report["cleanup"] = cleanup
    _print_report(report)
    if "imported_deleted" in cleanup:
        say(f"clean-up: {cleanup['imported_deleted']:,} imported accounts deleted in "
             f"{cleanup['cleanup_s']:.1f} s")
    if cleanup.get("operators_disabled") or cleanup.get("operators_left_enabled"):
        say(f"the benchmark's operators stay in the database (no service deletes one): "
             f"{cleanup['operators_disabled']} disabled"
             + "".join(f"; left enabled: {name}" for name in cleanup["operators_left_enabled"]))
    if args.json:
        print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":  # required: the agents are spawned processes that import this
    sys.exit(main())
