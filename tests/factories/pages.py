import factory
import wagtail_factories

from cms_pages.models import AudiencePage, HomePage, InformationPage

from .departments import DepartmentFactory


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
