from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from .admin_views import INVITE_CO_TRAINER_PERMISSION, invite_co_trainer_view
from .models import Council, EmailDomain, Membership


class CouncilViewSet(ModelViewSet):
    model = Council
    icon = "site"
    menu_label = _("Councils")
    list_display = ["name", "gss_code", "region_name", "is_active"]
    list_filter = ["is_active", "region_name"]
    search_fields = ["name", "gss_code"]
    list_export = ["name", "gss_code", "dfe_code", "region_name", "is_active"]
    form_fields = ["name", "gss_code", "dfe_code", "region_code", "region_name", "is_active"]
    ordering = ["name"]


class EmailDomainViewSet(ModelViewSet):
    model = EmailDomain
    icon = "mail"
    menu_label = _("Work email domains")
    list_display = ["domain", "council"]
    search_fields = ["domain"]
    form_fields = ["council", "domain"]


class MembershipViewSet(ModelViewSet):
    """Platform admins make training leads and record leavers here. Changes are audited."""

    model = Membership
    icon = "group"
    menu_label = _("Memberships")
    list_display = ["user", "council", "team", "job_role", "is_training_lead", "is_active"]
    list_filter = ["is_training_lead", "is_active", "job_role"]
    search_fields = ["user__email", "user__full_name", "council__name"]
    list_export = ["user", "council", "team", "job_role", "is_training_lead", "is_active"]
    form_fields = ["user", "council", "team", "job_role", "is_training_lead", "is_active"]


class CouncilsGroup(ModelViewSetGroup):
    menu_label = _("Councils")
    menu_icon = "site"
    items = (
        CouncilViewSet("councils"),
        EmailDomainViewSet("email_domains"),
        MembershipViewSet("memberships"),
    )


class NoAddPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AuthenticatorViewSet(ModelViewSet):
    """Platform admins remove the authenticator of someone who lost their phone; the person
    then sets up a new one at their next sign-in."""

    model = TOTPDevice
    icon = "key"
    menu_label = _("Authenticator apps")
    add_to_settings_menu = True
    list_display = ["user", "name", "confirmed"]
    list_filter = ["confirmed"]
    search_fields = ["user__email", "user__full_name"]
    form_fields = ["name", "confirmed"]
    # A device is only made by its owner scanning a code; admins may only remove one.
    permission_policy = NoAddPermissionPolicy(TOTPDevice)


@hooks.register("register_admin_viewset")
def register_council_viewsets():
    return CouncilsGroup()


@hooks.register("register_admin_viewset")
def register_authenticator_viewset():
    return AuthenticatorViewSet("authenticators")


@hooks.register("register_admin_urls")
def register_invite_url():
    return [path("invite-co-trainer/", invite_co_trainer_view, name="invite_co_trainer")]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    """Editors and admins find their recovery codes and a new phone from Wagtail's Account page."""
    if not request.user.is_verified():
        return None
    return {
        "url": reverse("people:two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Get new recovery codes, or set up a new authenticator app."),
    }


class InviteCoTrainerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(INVITE_CO_TRAINER_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_invite_menu_item():
    return InviteCoTrainerMenuItem(
        _("Invite a co-trainer"), reverse("invite_co_trainer"), icon_name="user", order=900
    )
