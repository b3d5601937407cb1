"""Recovery codes: ten one-use codes for signing in when the authenticator app is lost.

They live in django-otp's static device plugin: one StaticDevice per person, one
StaticToken per code. The plugin stores a token exactly as it is given, so we give it a
keyed digest of each code (HMAC-SHA256 with SECRET_KEY, cut to the plugin's 16
characters), never the code: the codes exist in full only on the page that shows them
once. The plugin's throttling slows down wrong codes as it does for authenticator codes.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.crypto import salted_hmac
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

DEVICE_NAME = "Recovery codes"
HOW_MANY = 10
LENGTH = 10
# Letters and digits that cannot be mistaken for each other (no 0/o, 1/l/i).
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
_KEY_SALT = "training.people.recovery_codes"
_DIGEST_LENGTH = StaticToken._meta.get_field("token").max_length


def normalise(typed: str) -> str:
    """What a person typed, as stored: lower case, no spaces or hyphens."""
    return "".join(typed.split()).replace("-", "").lower()


def looks_like_a_code(typed: str) -> bool:
    code = normalise(typed)
    return len(code) == LENGTH and all(character in ALPHABET for character in code)


def digests_of(typed: str) -> list[str]:
    """The stored form of a code under SECRET_KEY, then under each old key still allowed."""
    code = normalise(typed)
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return [
        salted_hmac(_KEY_SALT, code, secret=key, algorithm="sha256").hexdigest()[:_DIGEST_LENGTH]
        for key in keys
    ]


def device_of(user):
    return StaticDevice.objects.filter(user=user).first()


def left(user) -> int:
    """How many unused recovery codes the person has."""
    return StaticToken.objects.filter(device__user=user).count()


def make_new(user) -> list[str]:
    """Ten new codes, for showing once; any old ones stop working."""
    codes = ["".join(secrets.choice(ALPHABET) for _ in range(LENGTH)) for _ in range(HOW_MANY)]
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()  # one at a time
        device = device_of(user) or StaticDevice.objects.create(
            user=user, name=DEVICE_NAME, confirmed=True
        )
        device.token_set.all().delete()
        StaticToken.objects.bulk_create(
            StaticToken(device=device, token=digests_of(code)[0]) for code in codes
        )
    return [f"{code[:5]}-{code[5:]}" for code in codes]


def spend(device, typed: str) -> bool:
    """Use a code up. The plugin's verify_token reads, then deletes: two requests at once
    could both pass with one code. One DELETE cannot: only one of them deletes the row."""
    deleted, _ = device.token_set.filter(token__in=digests_of(typed)).delete()
    if deleted:
        device.throttle_reset(commit=False)
        device.set_last_used_timestamp(commit=False)
        device.save()
        return True
    device.throttle_increment()
    return False


def sign_in_with(request, device, typed: str) -> bool:
    """Pass the second step of signing in with a recovery code."""
    if spend(device, typed):
        otp_login(request, device)
        return True
    return False
