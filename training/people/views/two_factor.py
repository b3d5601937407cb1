"""The second step of signing in: authenticator codes, recovery codes, and a new phone."""

from urllib.parse import quote

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from training.core.forms import submitted

from .. import recovery_codes, two_factor
from ..forms import RecoveryCodeForm, TwoFactorCodeForm


def _safe_next(request, default="people:home"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse(default) if default else ""


def _with_next(url_name, request):
    return f"{reverse(url_name)}?{urlencode({'next': _safe_next(request)})}"


def _second_step_page(user):
    has_app = two_factor.confirmed_device(user) is not None
    return "people:two_factor_verify" if has_app else "people:two_factor_setup"


def _may_try(form, device, *, recovery=False) -> bool:
    """Refuse, with the wait in plain words, while django-otp is throttling this device."""
    wait = two_factor.seconds_to_wait(device)
    if not wait:
        return True
    if recovery:
        message = ngettext(
            "Too many wrong recovery codes. Wait %(count)d second, then try again.",
            "Too many wrong recovery codes. Wait %(count)d seconds, then try again.",
            wait,
        )
    else:
        message = ngettext(
            "Too many wrong security codes. Wait %(count)d second, then enter a new code.",
            "Too many wrong security codes. Wait %(count)d seconds, then enter a new code.",
            wait,
        )
    form.add_error("code", message % {"count": wait})
    return False


def _show_codes(request, codes, heading):
    """The only page that ever shows these codes. It is the answer to the POST that made
    them (never stored to show later), and signed-in pages are never cached."""
    text = "\n".join(
        [
            _("Cotrain recovery codes for %(email)s") % {"email": request.user.email},
            _("Each code works once."),
            "",
            *codes,
            "",
        ]
    )
    return render(
        request,
        "people/recovery_codes.html",
        {
            "codes": codes,
            "heading": heading,
            "download": "data:text/plain;charset=utf-8," + quote(text),
            "next": _safe_next(request),
        },
    )


def _set_up_authenticator(request, *, replacing):
    device = two_factor.pending_device(request.user)
    form = TwoFactorCodeForm(**submitted(request))
    if form.is_valid() and _may_try(form, device):
        codes = two_factor.confirm_setup(request, device, form.cleaned_data["code"])
        if codes is not None:
            if replacing:
                messages.success(request, _("Your new authenticator app is set up."))
            else:
                messages.success(request, _("Two-factor authentication is set up."))
            return _show_codes(request, codes, _("Save your recovery codes"))
        form.add_error(
            "code",
            _(
                "The security code is not right. Check the time on your phone, then enter a new code."
            ),
        )
    return render(
        request,
        "people/two_factor_setup.html",
        {
            "form": form,
            "replacing": replacing,
            "qr_code": two_factor.qr_code_data_uri(device),
            "secret": two_factor.secret_for_people(device),
            "next": _safe_next(request),
        },
    )


def two_factor_setup(request):
    """The first authenticator, set up at the first sign-in that needs one."""
    if two_factor.confirmed_device(request.user) is not None:
        # Set up already (or this set-up form was sent again).
        done = "people:two_factor_manage" if request.user.is_verified() else None
        return redirect(_with_next(done or "people:two_factor_verify", request))
    return _set_up_authenticator(request, replacing=False)


def two_factor_replace(request):
    """A new authenticator in place of a lost or changed phone, after the second step."""
    if not request.user.is_verified():
        return redirect(_with_next(_second_step_page(request.user), request))
    return _set_up_authenticator(request, replacing=True)


def two_factor_verify(request):
    device = two_factor.confirmed_device(request.user)
    if device is None:
        return redirect("people:two_factor_setup")
    form = TwoFactorCodeForm(**submitted(request))
    if form.is_valid() and _may_try(form, device):
        if two_factor.check_code(request, device, form.cleaned_data["code"]):
            if not recovery_codes.left(request.user):
                messages.info(
                    request,
                    _(
                        "You have no recovery codes. Get some under Two-factor authentication, "
                        "so you can still sign in if you lose your phone."
                    ),
                )
            return redirect(_safe_next(request))
        form.add_error(
            "code",
            _(
                "The security code is not right, or was used already. Enter the next code your app shows."
            ),
        )
    return render(
        request, "people/two_factor_verify.html", {"form": form, "next": _safe_next(request)}
    )


def two_factor_recovery(request):
    """The second step with a recovery code, for someone without their phone."""
    device = recovery_codes.device_of(request.user)
    form = RecoveryCodeForm(**submitted(request))
    if form.is_valid() and (device is None or _may_try(form, device, recovery=True)):
        if device is not None and recovery_codes.sign_in_with(
            request, device, form.cleaned_data["code"]
        ):
            left = recovery_codes.left(request.user)
            if left:
                used = ngettext(
                    "You signed in with a recovery code. You have %(count)d recovery code left.",
                    "You signed in with a recovery code. You have %(count)d recovery codes left.",
                    left,
                ) % {"count": left}
            else:
                used = _(
                    "You signed in with your last recovery code. Get new recovery codes now, "
                    "and if you have lost your phone, set up a new authenticator app."
                )
            messages.success(request, used)
            return redirect(_with_next("people:two_factor_manage", request))
        form.add_error(
            "code",
            _(
                "The recovery code is not right, or was used already. Check it, or use "
                "another of your codes."
            ),
        )
    return render(
        request, "people/two_factor_recovery.html", {"form": form, "next": _safe_next(request)}
    )


def two_factor_manage(request):
    """A person's own two-factor page: recovery codes left, new codes, and a new phone."""
    if not request.user.is_verified():
        return redirect(_with_next(_second_step_page(request.user), request))
    if request.method == "POST":
        codes = recovery_codes.make_new(request.user)
        return _show_codes(request, codes, _("Your new recovery codes"))
    return render(
        request,
        "people/two_factor_manage.html",
        {"left": recovery_codes.left(request.user), "next": _safe_next(request, default=None)},
    )
