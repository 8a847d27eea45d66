import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from departments.models import Department
from feedback.models import Feedback
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db


def test_departments_are_managed_as_snippets_under_settings(admin_client):
    department = DepartmentFactory(name="Kommunledningsförvaltningen")

    response = admin_client.get(reverse("wagtailsnippets_departments_department:list"))

    assert response.status_code == 200
    assert department.name in response.content.decode()


def test_a_user_works_for_the_departments_of_their_groups():
    social, school = DepartmentFactory(name="Förvaltning för test A"), DepartmentFactory(name="Förvaltning för test B")
    user = User.objects.create_user("handler")
    user.groups.add(social.staff_groups.first())

    assert list(Department.objects.for_user(user)) == [social]
    assert school not in Department.objects.for_user(user)


def test_handlers_see_only_what_their_departments_handle_and_superusers_everything():
    social, school = DepartmentFactory(name="Förvaltning för test A"), DepartmentFactory(name="Förvaltning för test B")
    Feedback.objects.create(department=social, helpful=False, comment="Svårt att hitta")
    Feedback.objects.create(department=school, helpful=True)
    handler = User.objects.create_user("handler")
    handler.groups.add(social.staff_groups.first())
    outsider = User.objects.create_user("outsider")
    outsider.groups.add(Group.objects.create(name="Utan förvaltning"))
    superuser = User.objects.create_superuser("admin")

    assert [item.department for item in Feedback.objects.for_handler(handler)] == [social]
    assert not Feedback.objects.for_handler(outsider).exists()
    assert Feedback.objects.for_handler(superuser).count() == Feedback.objects.count()
