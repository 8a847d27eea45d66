import factory
import wagtail_factories
from django.contrib.auth.models import Group

from cms_pages.models import AudiencePage, Department, HomePage, InformationPage


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


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Sjöviks kommun"
    slug = factory.Sequence(lambda n: f"home-{n}")
    owning_department = factory.SubFactory(DepartmentFactory)


class AudiencePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AudiencePage

    title = factory.Sequence(lambda n: f"Målgrupp {n}")
    slug = factory.Sequence(lambda n: f"malgrupp-{n}")
    intro = "För dig som bor här."
    show_in_menus = True


class InformationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InformationPage

    title = factory.Sequence(lambda n: f"Information {n}")
    slug = factory.Sequence(lambda n: f"information-{n}")
    intro = "Så här gör du."
