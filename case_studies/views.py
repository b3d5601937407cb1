from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from training.people.roles import Role, has_role


def my_stories(request):
    """A parent co-trainer's home: their case studies and testimonies, and consent for each."""
    if not has_role(request.user, Role.CO_TRAINER):
        raise PermissionDenied
    return render(request, "case_studies/my_stories.html")
