"""The municipality's identity, edited under Settings: name, organisation number, contact centre,
opening hours, social media, logo, icon and brand colours. One per site; the texts citizens read
(name, address, hours) have a row per language."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from municipality import contrast
from municipality.validation import (
    LOGO_EXTENSIONS,
    validate_colour,
    validate_logo,
    validate_organisation_number,
)
from places.models import validate_phone

DEFAULT_PRIMARY = "#0b4f8a"
DEFAULT_ON_PRIMARY = "#ffffff"


@register_setting(icon="home")
class MunicipalitySettings(BaseSiteSetting, ClusterableModel):
    """Who runs the site and how citizens reach them; shown in every page's header and footer."""

    organisation_number = models.CharField(
        _("organisation number"),
        max_length=11,
        blank=True,
        validators=[validate_organisation_number],
        help_text=_("As in the business register, for example 212000-0142."),
    )
    contact_phone = models.CharField(_("contact centre phone"), max_length=40, blank=True, validators=[validate_phone])
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours_place = models.ForeignKey(
        "places.PlacePage",
        verbose_name=_("opening hours from a place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The contact centre's or town hall's place page: its ordinary week is shown in the footer, "
            "with a link to its exceptions. Leave empty to write the opening hours as text below."
        ),
    )
    logo = models.FileField(
        _("logo"),
        upload_to="municipality/",
        blank=True,
        validators=[FileExtensionValidator(list(LOGO_EXTENSIONS)), validate_logo],
        help_text=_("SVG or PNG, shown beside the name in the header. The coat of arms works well."),
    )
    icon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("site icon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square PNG of at least 180 by 180 pixels: the browser tab and the phone's home screen."),
    )
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        default=DEFAULT_PRIMARY,
        validators=[validate_colour],
        help_text=_("The header's background and the colour of links, for example #0b4f8a."),
    )
    on_primary_colour = models.CharField(
        _("text colour on the primary colour"),
        max_length=7,
        default=DEFAULT_ON_PRIMARY,
        validators=[validate_colour],
        help_text=_("The header's text, usually white (#ffffff)."),
    )

    select_related = ["icon", "opening_hours_place"]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    InlinePanel("texts", heading=_("Name, address and opening hours per language"), min_num=1),
                    FieldPanel("organisation_number"),
                    MultiFieldPanel(
                        [FieldPanel("contact_phone"), FieldPanel("email"), FieldPanel("opening_hours_place")],
                        heading=_("Contact centre"),
                    ),
                    InlinePanel("social_links", heading=_("Social media"), max_num=8),
                ],
                heading=_("Identity and contact"),
            ),
            ObjectList(
                [
                    FieldPanel("logo"),
                    FieldPanel("icon"),
                    MultiFieldPanel(
                        [FieldPanel("primary_colour"), FieldPanel("on_primary_colour")], heading=_("Brand colours")
                    ),
                ],
                heading=_("Logo and colours"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("municipality")

    def clean(self):
        super().clean()
        errors = {}
        primary, on_primary = self.primary_colour or "", self.on_primary_colour or ""
        if contrast.HEX_COLOUR.match(primary) and contrast.HEX_COLOUR.match(on_primary):
            text_ratio = contrast.ratio(primary, on_primary)
            if text_ratio < contrast.AA_NORMAL_TEXT:
                errors["on_primary_colour"] = gettext(
                    "The text colour has a contrast of %(ratio).1f:1 against the primary colour; at least "
                    "4.5:1 is needed (WCAG AA). Choose a lighter or a darker text colour."
                ) % {"ratio": text_ratio}
            link_ratio = contrast.ratio(primary, contrast.WHITE)
            if link_ratio < contrast.AA_NORMAL_TEXT:
                errors["primary_colour"] = gettext(
                    "Links in the primary colour have a contrast of %(ratio).1f:1 against the white page; at "
                    "least 4.5:1 is needed (WCAG AA). Choose a darker primary colour."
                ) % {"ratio": link_ratio}
        if errors:
            raise ValidationError(errors)

    @property
    def has_own_colours(self) -> bool:
        return (self.primary_colour.lower(), self.on_primary_colour.lower()) != (DEFAULT_PRIMARY, DEFAULT_ON_PRIMARY)

    def text_for(self, language: str):
        """The texts in `language`, else in the site's default language, else the first given."""
        texts = {row.language: row for row in self.texts.all()}
        return texts.get(language) or texts.get(settings.LANGUAGE_CODE) or next(iter(texts.values()), None)


class MunicipalityText(Orderable):
    """The name, visiting address and opening hours in one language."""

    setting = ParentalKey(MunicipalitySettings, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=120, help_text=_("For example Sjöviks kommun."))
    visiting_address = models.TextField(_("visiting address"), max_length=300, blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        max_length=300,
        blank=True,
        help_text=_("Used when no place is chosen for the opening hours, for example: Weekdays 8-17."),
    )

    panels = [FieldPanel("language"), FieldPanel("name"), FieldPanel("visiting_address"), FieldPanel("opening_hours")]

    class Meta(Orderable.Meta):
        verbose_name = _("text in one language")
        constraints = [
            models.UniqueConstraint(fields=["setting", "language"], name="municipality_text_one_per_language")
        ]

    def __str__(self):
        return self.name


class SocialLink(Orderable):
    """One of the municipality's accounts in social media."""

    setting = ParentalKey(MunicipalitySettings, on_delete=models.CASCADE, related_name="social_links")
    name = models.CharField(_("name"), max_length=60, help_text=_("The service's name, for example Facebook."))
    url = models.URLField(_("address"))

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")

    def __str__(self):
        return self.name
