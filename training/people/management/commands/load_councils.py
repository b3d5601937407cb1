from django.core.management.base import BaseCommand

from training.people.councils_data import load_councils
from training.people.models import Council


class Command(BaseCommand):
    help = "Load or refresh the English councils from training/people/data/english_councils.csv."

    def handle(self, *args, **options):
        created, updated = load_councils(Council)
        self.stdout.write(f"Councils: {created} added, {updated} refreshed.")
