from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from training.people.models import User
from training.people.two_factor import confirmed_device


class Command(BaseCommand):
    help = "Print the current two-factor code of a demo account (development only)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not getattr(settings, "ALLOW_DEMO_DATA", False):
            raise CommandError("Only for demo data: refused under these settings.")
        user = User.objects.filter(email=email.strip().lower()).first()
        device = confirmed_device(user) if user else None
        if device is None:
            raise CommandError(f"{email} has no authenticator set up.")
        from django_otp.oath import TOTP

        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        self.stdout.write(f"{totp.token():0{device.digits}d}")
