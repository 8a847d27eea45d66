"""Public report pages, under /e/problem_report/."""

from django.urls import path

from . import views

urlpatterns = [
    path("<int:page_id>/<str:block_id>/", views.public_list, name="open_reports"),
    path("follow/<int:report_id>/", views.follow, name="follow"),
    path("follow/confirm/<str:token>/", views.follow_confirm, name="follow_confirm"),
]
