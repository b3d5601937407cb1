"""Time-based one-time codes (TOTP) through django-otp: set up once, then asked at sign-in.

Recovery codes, for a lost phone, are in recovery_codes.py.
"""

import base64
import io
import math

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import recovery_codes

DEVICE_NAME = "Authenticator app"


def pending_device(user) -> TOTPDevice:
    """The unconfirmed device being set up, created the first time it is needed."""
    device = user.totpdevice_set.filter(confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def confirmed_device(user):
    return user.totpdevice_set.filter(confirmed=True).first()


def secret_for_people(device) -> str:
    """The key as authenticator apps want it typed: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_data_uri(device) -> str:
    """An SVG QR code as a data: URI, so the strict CSP needs no exception for it."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def seconds_to_wait(device) -> int:
    """After wrong codes django-otp makes people wait (1, 2, 4... seconds) before the next."""
    allowed, data = device.verify_is_allowed()
    if allowed:
        return 0
    locked_until = (data or {}).get("locked_until")
    if locked_until is None:
        return 1
    return max(1, math.ceil((locked_until - timezone.now()).total_seconds()))


def check_code(request, device, code) -> bool:
    """Verify a code and mark the session as having passed two-factor."""
    if device.verify_token(code):
        otp_login(request, device)
        return True
    return False


def confirm_setup(request, device, code) -> list[str] | None:
    """Confirm an authenticator with its first code. It replaces any other (a lost phone's),
    and the person gets new recovery codes, returned to be shown once. None if the code is
    wrong."""
    if not check_code(request, device, code):
        return None
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        # Other half-finished set-ups, and the authenticator this one replaces, stop working.
        request.user.totpdevice_set.exclude(pk=device.pk).delete()
        return recovery_codes.make_new(request.user)
