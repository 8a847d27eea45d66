from django.urls import path

from .views import brand_stylesheet

urlpatterns = [path("brand.css", brand_stylesheet, name="municipality_brand_css")]
