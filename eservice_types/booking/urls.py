"""Booking pages behind the citizen's case link, under /e/booking/."""

from django.urls import path

from . import views

urlpatterns = [
    path("<str:token>/calendar.ics", views.ics, name="ics"),
    path("<str:token>/cancel/", views.cancel, name="cancel"),
    path("<str:token>/change/", views.reschedule, name="reschedule"),
    path("<str:token>/confirm/<str:code>/", views.confirm, name="confirm"),
]
