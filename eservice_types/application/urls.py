"""A draft's pages behind its link, under /e/application/."""

from django.urls import path

from . import views

urlpatterns = [
    path("draft/<int:draft_id>/", views.continue_draft, name="continue_draft"),
    path("draft/<int:draft_id>/delete/", views.delete_draft, name="delete_draft"),
    path("<str:token>/", views.resume, name="resume"),
    path("<str:token>/step/<int:number>/", views.step, name="step"),
    path("<str:token>/review/", views.review, name="review"),
    path("<str:token>/saved/", views.saved, name="saved"),
]
