"""The citizen's report: a category, what is wrong, photos and where."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from eservice_blocks.forms import CoordinateField, EServiceForm
from eservice_blocks.uploads import PHOTO_TYPES, UploadField

MAX_PHOTOS = 5


class ProblemReportForm(EServiceForm):
    category = forms.ChoiceField(label=_("What kind of problem?"), widget=forms.RadioSelect)
    description = forms.CharField(
        label=_("Describe the problem"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What is wrong, and since when? Do not write sensitive personal data here."),
    )
    photos = UploadField(
        label=_("Photos"),
        required=False,
        allowed_types=PHOTO_TYPES,
        max_files=MAX_PHOTOS,
        help_text=_("Up to 5 photos (JPEG, PNG, WebP or HEIC). We remove the photos' hidden data before storing them."),
    )
    address = forms.CharField(
        label=_("Address or place"),
        required=False,
        max_length=255,
        help_text=_("For example: Storgatan 12, or the playground in Norrparken."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    latitude = CoordinateField(label=_("Latitude"), required=False, min_value=-90, max_value=90)
    longitude = CoordinateField(label=_("Longitude"), required=False, min_value=-180, max_value=180)
    name = forms.CharField(label=_("Name"), required=False, max_length=200)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("If you want a receipt and to hear when the problem is fixed."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    #: The field under which the token of photos kept from an earlier try is sent.
    HELD_PHOTOS_FIELD = "held_photos"

    def __init__(self, *args, categories=(), held_photos=None, held_token="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [(item["key"], item["label"]) for item in categories]
        #: Photos that passed their checks in an earlier try of this form (their answers had
        #: errors elsewhere): used unless the citizen chooses photos again, which replace them.
        self.held_photos = list(held_photos or [])
        self.held_token = held_token

    @property
    def held_photos_name(self) -> str:
        return self.add_prefix(self.HELD_PHOTOS_FIELD)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("photos") and "photos" not in self.errors and self.held_photos:
            cleaned["photos"] = self.held_photos
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (latitude is None) != (longitude is None) and not {"latitude", "longitude"} & set(self.errors):
            self.add_error("longitude" if longitude is None else "latitude", _("Give both latitude and longitude."))
        has_photo_position = any(photo.gps for photo in cleaned.get("photos") or [])
        if not cleaned.get("address") and latitude is None and not has_photo_position and "address" not in self.errors:
            self.add_error(
                "address",
                ValidationError(_("Tell us where the problem is: an address or place, or coordinates."), code="where"),
            )
        return cleaned


def form_for(block_value) -> type[ProblemReportForm]:
    categories = [dict(item) for item in block_value.get("categories") or []]

    class ConfiguredProblemReportForm(ProblemReportForm):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("categories", categories)
            super().__init__(*args, **kwargs)

    return ConfiguredProblemReportForm
