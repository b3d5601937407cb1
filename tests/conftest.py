import sqlite3
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests import factories

# The kept test database ---------------------------------------------------------------
#
# On SQLite the test database is a file kept between runs (`--reuse-db`, see
# training/settings/test.py). A transactional test (the browser tests, which use
# live_server) empties every table when it ends, and it runs last, so the kept file would
# start the next run without the rows that migrations load (the 153 councils, Wagtail's
# pages and groups). So after setting the database up, each run keeps a copy of it as
# migrated, and the next run puts that copy back before Django looks at the file. Django
# then applies any new migrations as usual, and the copy is taken again. `--create-db`
# builds both afresh. PostgreSQL (CI) is untouched.


def _kept_sqlite_databases():
    """(working file, snapshot file) for each SQLite test database kept on disk."""
    for db in settings.DATABASES.values():
        name = db.get("TEST", {}).get("NAME")
        if db["ENGINE"] == "django.db.backends.sqlite3" and name and "memory" not in name:
            yield Path(name), Path(f"{name}.migrated")


def _copy_sqlite(source: Path, target: Path):
    # SQLite's backup API copies a consistent database, whatever its WAL file holds.
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix, django_db_keepdb, django_db_createdb
):
    """Before Django sets the test database up: put back the kept copy as migrated."""
    for working, snapshot in _kept_sqlite_databases():
        if django_db_createdb:
            # Django deletes the old file but would leave a stale WAL beside the new one.
            for leftover in (Path(f"{working}-wal"), Path(f"{working}-shm"), snapshot):
                leftover.unlink(missing_ok=True)
        elif django_db_keepdb and working.exists() and snapshot.exists():
            _copy_sqlite(snapshot, working)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_keepdb):
    """After Django sets the test database up (and migrates it): keep a copy as migrated."""
    if django_db_keepdb:
        for working, snapshot in _kept_sqlite_databases():
            snapshot.unlink(missing_ok=True)
            _copy_sqlite(working, snapshot)
    yield


@pytest.fixture(autouse=True)
def _english_to_start():
    # A request to a /cy/ page leaves Welsh active in the thread; reverse() would follow it.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits and lockouts live in the cache; each test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def council(db):
    return factories.CouncilFactory()


@pytest.fixture
def other_council(db):
    return factories.CouncilFactory()


def sign_in_verified(client, user):
    """Sign a person in with their second factor already passed, as after a real 2FA step."""
    from django.test import RequestFactory
    from django_otp import login as otp_login

    client.force_login(user)
    device = user.totpdevice_set.filter(confirmed=True).first() or factories.with_authenticator(
        user
    )
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    otp_login(request, device)
    request.session.save()
    return client


@pytest.fixture
def signed_in(client):
    """signed_in(user) signs the test client in, passing 2FA where the role needs it."""

    def _sign_in(user):
        return sign_in_verified(client, user)

    return _sign_in
