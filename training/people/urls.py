from django.urls import path

from .views import auth, council, credit, joining, two_factor

app_name = "people"

urlpatterns = [
    path("sign-in/", auth.SignInView.as_view(), name="sign_in"),
    path("sign-out/", auth.SignOutView.as_view(), name="sign_out"),
    path("home/", auth.home, name="home"),
    path("password-reset/", auth.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", auth.PasswordResetSentView.as_view(), name="password_reset_sent"),
    path(
        "password-reset/<uidb64>/<token>/",
        auth.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("two-factor/set-up/", two_factor.two_factor_setup, name="two_factor_setup"),
    path("two-factor/", two_factor.two_factor_verify, name="two_factor_verify"),
    path("two-factor/recovery-code/", two_factor.two_factor_recovery, name="two_factor_recovery"),
    path("two-factor/manage/", two_factor.two_factor_manage, name="two_factor_manage"),
    path(
        "two-factor/new-authenticator/",
        two_factor.two_factor_replace,
        name="two_factor_replace",
    ),
    path("register/", joining.register, name="register"),
    path("register/sent/", joining.registration_sent, name="registration_sent"),
    path("invitation/<str:token>/", joining.accept_invitation, name="accept_invitation"),
    path("my-council/", council.my_council, name="my_council"),
    path("your-credit/", credit.credit, name="credit"),
    path("councils/<str:gss_code>/", council.council_detail, name="council"),
    path("councils/<str:gss_code>/people/", council.people_list, name="people"),
    path(
        "councils/<str:gss_code>/people/<id:membership_id>/",
        council.person_detail,
        name="person",
    ),
    path(
        "councils/<str:gss_code>/people/<id:membership_id>/resend/",
        council.resend_invitation,
        name="resend_invitation",
    ),
    path("councils/<str:gss_code>/invite/", council.invite_staff, name="invite_staff"),
    path(
        "councils/<str:gss_code>/invite/template.csv",
        council.staff_csv_template,
        name="staff_csv_template",
    ),
]
