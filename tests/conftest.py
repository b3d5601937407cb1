import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests import factories


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
