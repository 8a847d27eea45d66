from django.urls import path

from . import views

urlpatterns = [
    path("navigation/", views.NavigationView.as_view(), name="navigation"),
    path("pages/", views.PageListView.as_view(), name="page-list"),
    path("pages/find/", views.PageFindView.as_view(), name="page-find"),
    path("pages/<int:pk>/", views.PageDetailView.as_view(), name="page-detail"),
]
