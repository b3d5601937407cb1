from django.shortcuts import render


def my_learning(request):
    """A learner's home. Courses in progress, completed and assigned arrive with the courses issue."""
    return render(request, "courses/my_learning.html")
