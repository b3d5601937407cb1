from django.urls import path

from . import views

app_name = "case_studies"

urlpatterns = [path("my-stories/", views.my_stories, name="my_stories")]
