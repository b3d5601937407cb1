from django.urls import path

from . import review_views, views

app_name = "courses"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("find-a-course/", views.find_a_course, name="catalogue"),
    path("review/", review_views.review_list, name="review_list"),
    path("review/<id:task_state_id>/", review_views.review_detail, name="review_detail"),
]
