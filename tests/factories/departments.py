import factory
from django.contrib.auth.models import Group

from departments.models import Department


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Förvaltning {n}")
    contact_email = factory.Sequence(lambda n: f"forvaltning{n}@sjovik.example")

    @factory.post_generation
    def staff_group(self, create, extracted, **kwargs):
        if create:
            group, _ = Group.objects.get_or_create(name=f"Staff of {self.name}")
            self.staff_groups.add(group)
            self.save()
